package org.ipfund.app.console.record;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.holding.ExitKind;
import org.ipfund.domain.holding.ValuationMethod;
import org.ipfund.domain.investment.InvestmentKind;
import org.ipfund.domain.investor.InvestorKind;
import org.ipfund.domain.policy.CededExitPricing;
import org.springframework.stereotype.Component;

/**
 * What the forms' selects offer: the values the API accepts for each of its enums, and the currencies a fund of the
 * Belt and Road keeps or deals in (a code not listed here is still accepted by the API, but no form offers it).
 * Templates reach it as {@code @choices}; the words for each value are in the message bundles.
 */
@Component("choices")
public class FormChoices {

    /** The fund's own currency first, then the partner countries' and the usual trade currencies. */
    private static final List<String> CURRENCIES = List.of("CNY", "USD", "EUR", "HKD", "GBP", "JPY", "SGD", "CHF",
            "RUB", "KZT", "UZS", "PKR", "INR", "THB", "MYR", "IDR", "VND", "PHP", "AED", "SAR", "TRY", "EGP", "PLN",
            "HUF", "CZK", "NZD", "AUD", "KRW");

    /** A currency as a select shows it: its code and its name in the page's language ("USD 美元"). */
    public record CurrencyChoice(String code, String name) {
    }

    public List<CurrencyChoice> currencies(Locale locale) {
        return CURRENCIES.stream()
                .map(code -> new CurrencyChoice(code, Currency.getInstance(code).getDisplayName(locale)))
                .toList();
    }

    public CapitalSource[] sources() {
        return CapitalSource.values();
    }

    public FundType[] fundTypes() {
        return FundType.values();
    }

    public InvestorKind[] investorKinds() {
        return InvestorKind.values();
    }

    public InvestmentKind[] investmentKinds() {
        return InvestmentKind.values();
    }

    public ExitKind[] exitKinds() {
        return ExitKind.values();
    }

    public ValuationMethod[] valuationMethods() {
        return ValuationMethod.values();
    }

    public CededExitPricing[] cededExitPricings() {
        return CededExitPricing.values();
    }
}
