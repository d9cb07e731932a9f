package org.ipfund.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An answer's JSON written once for that very answer, never for another one equal to it or not. */
class WrittenJsonTest {

    private record Figures(String fundId, BigDecimal nav, List<String> deals) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final WrittenJson written = new WrittenJson(json);

    @Test
    void theSameAnswerSentAgainIsTheJsonWrittenForItTheFirstTime() throws Exception {
        Figures kept = new Figures("fund-1", new BigDecimal("11000000.00"), List.of("d1", "d2"));

        ResponseEntity<byte[]> first = written.ok(kept);
        ResponseEntity<byte[]> second = written.ok(kept);
        ResponseEntity<byte[]> third = written.ok(kept);

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(first.getBody()).isEqualTo(json.writeValueAsBytes(kept));
        assertThat(second.getBody()).isEqualTo(first.getBody());
        assertThat(third.getBody()).as("the JSON kept from the second read").isSameAs(second.getBody());
    }

    @Test
    void anAnswerComputedAgainIsWrittenAgainEvenWhenItEqualsTheOneBefore() {
        Figures before = new Figures("fund-1", new BigDecimal("11000000.00"), List.of("d1"));
        Figures equal = new Figures("fund-1", new BigDecimal("11000000.00"), List.of("d1"));
        Figures changed = new Figures("fund-1", new BigDecimal("9400000.00"), List.of("d1"));

        written.ok(before);
        byte[] first = written.ok(before).getBody();

        assertThat(written.ok(equal).getBody()).isNotSameAs(first).isEqualTo(first);
        assertThat(new String(written.ok(changed).getBody())).contains("9400000.00").doesNotContain("11000000.00");
    }
}
