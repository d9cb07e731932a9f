package org.ipfund.domain.investor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91110000802100433B", "91350200MA31ABCDEQ", "913502006120000170"})
    void acceptsACodeWhoseCheckCharacterMatches(String code) {
        assertThat(new UnifiedSocialCreditCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91110000802100433A",   // the check character of another code
            "91110000802100433",    // 17 characters
            "91110000802100433BB",  // 19 characters
            "9111000080210O433B",   // the letter O, never used
            "91110000802100433b",   // lower case
            "91350200MA31ABCDEI",   // I is no check character either
            "913502006120000171"})  // the check that counts 31 as 0
    void refusesAMalformedCode(String code) {
        assertThatThrownBy(() -> new UnifiedSocialCreditCode(code)).isInstanceOf(IllegalArgumentException.class);
    }
}
