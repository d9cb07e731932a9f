package org.ipfund.domain.money;

import java.util.Currency;
import org.ipfund.domain.UnacceptableValue;

/** An ISO 4217 code that names no money (a metal, a unit of account, a fund or testing code): see {@link Money#isMoney}. */
public class CurrencyNotMoney extends UnacceptableValue {

    public CurrencyNotMoney(Currency currency, String field) {
        super("%s (%s) is an ISO 4217 code but no currency that money is kept in"
                .formatted(currency.getCurrencyCode(), currency.getDisplayName(java.util.Locale.ENGLISH)), field);
    }

    @Override
    public String code() {
        return "CURRENCY_NOT_MONEY";
    }
}
