package org.ipfund.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.ipfund.projections.store.StoredEventRow;
import org.junit.jupiter.api.Test;

/**
 * Known vectors, computed apart from this code (Python's hashlib over the same length-prefixed encoding), so a
 * verifier that agrees with itself but hashes the wrong thing, or nothing at all, fails here.
 */
class ChainLinkTest {

    private static final String GENESIS = "0000000000000000000000000000000000000000000000000000000000000000";

    @Test
    void theGenesisLinkIsTheSha256OfSixtyFourZeros() {
        assertThat(ChainLink.GENESIS).isEqualTo(GENESIS);
        assertThat(ChainLink.next(GENESIS)).isEqualTo("60e05bd1b195af2f94112fa7197a5c88289058840ce7c6df9693756bc6250f55");
    }

    @Test
    void hashesKnownFields() {
        assertThat(ChainLink.next(GENESIS, "abc"))
                .isEqualTo("e8616a7454d8ba17d12871ad60a6e1bc64aeb1a4df83f7b2bd8f3daf7d2d858e");
        assertThat(ChainLink.next(GENESIS, "厦门"))
                .isEqualTo("1c81f644ce41dc32cca280c806423c56ee214c743411170e7d7ad8f81f14b9f0");
    }

    @Test
    void tellsNullApartFromEmpty() {
        assertThat(ChainLink.next(GENESIS, (Object) null))
                .isEqualTo("89902190fca9430c3d01b61e10f40ac7f0e70adfb2cb75332d1ab77818dffc84");
        assertThat(ChainLink.next(GENESIS, ""))
                .isEqualTo("f5c93600c2d21f117800bc81878bdc683f43290cfd48567ea8c3855ad1074344");
    }

    @Test
    void fieldBoundariesCount() {
        assertThat(ChainLink.next(GENESIS, "ab", "c"))
                .isEqualTo("06d560470ff12931cfcf16722cd94c1534b19982755bda83e4fbee6e07e0a387");
        assertThat(ChainLink.next(GENESIS, "a", "bc"))
                .isEqualTo("5f1b75eee7684f3d0cd559ee74c2add44060e66096dbeec6a115cbf9f22dceb0");
    }

    @Test
    void chainsTwoStoredEventsAsTheEventChainLinksThem() {
        String first = EventChain.link(GENESIS, new StoredEventRow(1, "e-1", "fund-1", 0, "Fund",
                "org.x.FundLaunched", null, bytes("{\"a\":1}"), bytes("{}"), "2017-03-01T00:00:00Z"));
        assertThat(first).isEqualTo("d5752bcc6aa791096fc6adc210f1198d2110d4274c2e3ffbd5cbff7b960138b7");
        String second = EventChain.link(first, new StoredEventRow(2, "e-2", "fund-1", 1, "Fund",
                "org.x.CommitmentRecorded", null, bytes("{\"amount\":10.00}"), null, "2017-03-02T00:00:00Z"));
        assertThat(second).isEqualTo("92b95b3f72111d733116b47f7ab5db6f3ef36d9b2aa1e3f491f7d73ec1dd0c43");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
