package org.ipfund.domain.fund;

import java.util.Currency;
import org.ipfund.domain.money.AmountNotPositive;
import org.ipfund.domain.money.CurrencyMismatch;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.ExchangeRateNotApplicable;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * The currency a fund keeps its books in. Capital (commitments, calls, contributions) is always in it; a deal
 * abroad may be in another currency with the exchange rate of its date, and every rule judges its cost.
 */
record FundCurrency(Currency currency) {

    /** Capital in the fund's own currency, above zero; {@code field} names the command's field for the refusal. */
    Money require(Money amount, String field) {
        if (!amount.hasCurrency(currency)) {
            throw new CurrencyMismatch(currency, amount.currency(), field);
        }
        if (!amount.exceedsZero()) {
            throw new AmountNotPositive(amount, field);
        }
        return amount;
    }

    /** A policy's absolute caps are amounts of the fund's own currency; {@code field} names the caps in the command. */
    void requireCapsIn(FundPolicy policy, String field) {
        for (PolicyTerms terms : policy.terms()) {
            if (terms.shareCapAmount() != null) {
                require(terms.shareCapAmount(), field);
            }
        }
    }

    /**
     * What a holding's value or proceeds are in the fund's currency: zero is a value here (a write-off, a holding
     * valued at nothing); otherwise as {@link #costOf}. {@code field} names the amount in the command.
     */
    Money valueOf(Money amount, ExchangeRate rate, String field) {
        Money.requireMoney(amount.currency(), field);
        if (amount.hasCurrency(currency)) {
            if (rate != null) {
                throw new ExchangeRateNotApplicable(currency);
            }
            return amount;
        }
        if (rate == null) {
            throw CurrencyMismatch.withoutRate(currency, amount.currency());
        }
        return rate.convert(amount, currency);
    }

    /** What a deal's amount is in the fund's currency: itself, or converted at the rate it carries. */
    Money costOf(Money amount, ExchangeRate rate) {
        Money.requireMoney(amount.currency(), "amount");
        if (!amount.exceedsZero()) {
            throw new AmountNotPositive(amount);
        }
        if (amount.hasCurrency(currency)) {
            if (rate != null) {
                throw new ExchangeRateNotApplicable(currency);
            }
            return amount;
        }
        if (rate == null) {
            throw CurrencyMismatch.withoutRate(currency, amount.currency());
        }
        Money converted = rate.convert(amount, currency);
        if (!converted.exceedsZero()) {
            throw new AmountNotPositive(converted);
        }
        return converted;
    }
}
