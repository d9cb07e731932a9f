package org.ipfund.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {".", "..", "...", "has space", ""})
    void refusesAFundIdInThePathThatNamesNoFundNamingThePathVariable(String fundId) {
        assertThatThrownBy(() -> PathIds.fund(fundId))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("fundId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void refusesADealIdInThePathThatNamesNoDealNamingThePathVariable(String investmentId) {
        assertThatThrownBy(() -> PathIds.investment(investmentId))
                .isInstanceOfSatisfying(InvalidInput.class,
                        refused -> assertThat(refused.field()).isEqualTo("investmentId"));
    }
}
