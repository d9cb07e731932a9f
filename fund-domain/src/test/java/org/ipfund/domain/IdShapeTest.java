package org.ipfund.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {".", "..", "...", "", "has space", "a/b", "%2e"})
    void refusesAnIdThatCannotBeAPathSegment(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> IdShape.requireWellFormed(id, "fundId"))
                .withMessageContaining("fundId");
        assertThat(id).doesNotMatch(IdShape.PATTERN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", ".a", "a.", "..a", "a..b", "_", "-", "fund-2017.v1",
            "3f2b8c1e-6a3d-4a8e-9c0f-1d2e3f4a5b6c"})
    void acceptsAnIdOfUpTo64LettersDigitsDotsUnderscoresAndHyphensThatIsNotAllDots(String id) {
        assertThat(IdShape.requireWellFormed(id, "fundId")).isEqualTo(id);
        assertThat(id).matches(IdShape.PATTERN);
    }
}
