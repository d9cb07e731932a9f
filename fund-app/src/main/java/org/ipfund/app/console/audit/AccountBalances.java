package org.ipfund.app.console.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.ledger.LedgerAccount;
import org.ipfund.projections.ledger.LedgerEntry;

/**
 * The audit ledger's lines summed per account (and currency), in the order of the chart of accounts: each account's
 * debits, credits and balance (debits less credits, so a credit balance is negative). In balanced books the balances
 * of each currency add up to zero, which {@link #net()} shows per currency.
 */
public record AccountBalances(List<Balance> accounts, List<Balance> net) {

    /** One account's lines in one currency; {@code account} is null for a currency's net of every account. */
    public record Balance(LedgerAccount account, String currency, Money debit, Money credit) {

        public Money balance() {
            return debit.minus(credit);
        }

        public boolean onDebitSide() {
            return balance().amount().signum() > 0;
        }

        public boolean onCreditSide() {
            return balance().amount().signum() < 0;
        }

        /** The balance without its sign, for a column that says debit or credit beside it. */
        public Money size() {
            return new Money(balance().amount().abs(), balance().currency());
        }

        Balance plus(LedgerEntry line) {
            return new Balance(account, currency, debit.plus(money(line.debit(), line)),
                    credit.plus(money(line.credit(), line)));
        }
    }

    static AccountBalances of(List<LedgerEntry> lines) {
        Map<String, Balance> byAccount = new TreeMap<>();
        Map<String, Balance> byCurrency = new TreeMap<>();
        for (LedgerEntry line : lines) {
            String currency = line.currency().getCurrencyCode();
            byAccount.merge(line.account().ordinal() + ":" + currency,
                    empty(line.account(), line).plus(line), AccountBalances::sum);
            byCurrency.merge(currency, empty(null, line).plus(line), AccountBalances::sum);
        }
        List<Balance> accounts = new ArrayList<>(byAccount.values());
        accounts.sort(Comparator.comparing((Balance balance) -> balance.account().ordinal())
                .thenComparing(Balance::currency));
        return new AccountBalances(List.copyOf(accounts), List.copyOf(byCurrency.values()));
    }

    private static Balance empty(LedgerAccount account, LedgerEntry line) {
        Money zero = Money.zero(line.currency());
        return new Balance(account, line.currency().getCurrencyCode(), zero, zero);
    }

    private static Balance sum(Balance one, Balance other) {
        return new Balance(one.account(), one.currency(), one.debit().plus(other.debit()),
                one.credit().plus(other.credit()));
    }

    private static Money money(BigDecimal amount, LedgerEntry line) {
        return new Money(amount, line.currency());
    }
}
