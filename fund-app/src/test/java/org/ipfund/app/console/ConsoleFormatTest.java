package org.ipfund.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Figures as the office writes them, in each of the console's languages, exactly as recorded (never rounded). */
class ConsoleFormatTest {

    private final ConsoleFormat format = new ConsoleFormat();

    @AfterEach
    void noLocaleLeftBehind() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void chineseWritesYuanWithTheSymbolAndOtherCurrenciesWithTheirCodes() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(format.money(cny("2348238.36"))).isEqualTo("¥2,348,238.36");
        assertThat(format.money(new Money(new BigDecimal("1000"), Currency.getInstance("USD"))))
                .isEqualTo("USD 1,000.00");
        assertThat(format.date(LocalDate.of(2017, 3, 1))).isEqualTo("2017年3月1日");
        assertThat(format.dateTime(Instant.parse("2026-12-03T17:48:35Z"), ZoneId.of("Asia/Shanghai")))
                .isEqualTo("2026年12月4日 01:48:35");
    }

    @Test
    void englishWritesTheCurrencyCodeAndDaysBeforeMonths() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(format.money(cny("31000000"))).isEqualTo("CNY 31,000,000.00");
        assertThat(format.money(cny("-600000"))).isEqualTo("-CNY 600,000.00");
        assertThat(format.date(LocalDate.of(2017, 3, 1))).isEqualTo("1 Mar 2017");
        assertThat(format.dateTime(Instant.parse("2026-12-03T17:48:35Z"), ZoneId.of("Asia/Shanghai")))
                .isEqualTo("4 Dec 2026 01:48:35");
    }

    @Test
    void aFenIsNeverLostAndNothingShowsAsADash() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(format.money(cny("0.01"))).isEqualTo("¥0.01");
        assertThat(format.money(cny("-1408943.02"))).isEqualTo("-¥1,408,943.02");
        assertThat(format.ratio(Ratio.of("6.2"))).isEqualTo("6.2000");
        assertThat(format.percent(Ratio.of("0.25"))).isEqualTo("25.00%");
        assertThat(format.money(null)).isEqualTo("—");
        assertThat(format.ratio(null)).isEqualTo("—");
    }

    private static Money cny(String amount) {
        return new Money(new BigDecimal(amount), Currency.getInstance("CNY"));
    }
}
