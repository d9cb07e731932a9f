package org.ipfund.app.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Rate;
import org.ipfund.domain.money.Ratio;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the console writes figures, as the office writes them: amounts with thousands separators, both decimals and
 * the currency ({@code ¥5,000,000.00} in Chinese, {@code CNY 5,000,000.00} in English); ratios to four decimals as
 * the API answers them; dates as 2017年3月1日 or 1 Mar 2017. Templates reach it as {@code @fmt}.
 */
@Component("fmt")
public class ConsoleFormat {

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINESE);
    private static final DateTimeFormatter ENGLISH_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss",
            Locale.ENGLISH);
    private static final DateTimeFormatter CHINESE_DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss",
            Locale.CHINESE);

    public String money(Money money) {
        if (money == null) {
            return "—";
        }
        // a loss is written -¥1,000.00, its sign before the currency, as the office writes it
        String sign = money.amount().signum() < 0 ? "-" : "";
        String amount = grouped(money.amount().abs(), money.currency().getDefaultFractionDigits());
        if (chinese() && "CNY".equals(money.currency().getCurrencyCode())) {
            return sign + "¥" + amount;
        }
        return sign + money.currency().getCurrencyCode() + " " + amount;
    }

    public String ratio(Ratio ratio) {
        return ratio == null ? "—" : ratio.value().setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    public String rate(Rate rate) {
        return rate == null ? "—" : rate.value().setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A share (a ratio of one) as a percentage with two decimals: 0.3 → 30.00%. */
    public String percent(Ratio ratio) {
        return ratio == null ? "—"
                : ratio.value().movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "—";
        }
        return (chinese() ? CHINESE_DATE : ENGLISH_DATE).format(date);
    }

    /** A moment in the given zone, its date written as {@link #date} writes dates, then the 24-hour time. */
    public String dateTime(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "—";
        }
        return (chinese() ? CHINESE_DATE_TIME : ENGLISH_DATE_TIME).format(instant.atZone(zone));
    }

    static String grouped(BigDecimal amount, int decimals) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(decimals, 0));
        format.setMaximumFractionDigits(Math.max(decimals, 0));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(amount);
    }

    private static boolean chinese() {
        return Locale.CHINESE.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
