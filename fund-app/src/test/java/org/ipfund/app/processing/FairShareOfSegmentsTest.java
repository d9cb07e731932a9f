package org.ipfund.app.processing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FairShareOfSegmentsTest {

    @ParameterizedTest(name = "{0} segments among {1} instances: at most {2} each")
    @CsvSource({
            "2, 1, 2",
            "2, 2, 1",
            "3, 2, 2",
            "4, 2, 2",
            "4, 3, 2",
            "2, 3, 1",
            "8, 3, 3",
            "2, 0, 2"})
    void sharesTheSegmentsEquallyRoundedUp(int segments, int liveNodes, int share) {
        assertThat(FairShareOfSegments.share(segments, liveNodes)).isEqualTo(share);
    }
}
