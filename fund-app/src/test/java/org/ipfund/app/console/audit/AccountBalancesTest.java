package org.ipfund.app.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.ledger.LedgerAccount;
import org.ipfund.projections.ledger.LedgerEntry;
import org.junit.jupiter.api.Test;

class AccountBalancesTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void sumsEachAccountsLinesAndTheBalancesOfBalancedBooksNetToZero() {
        AccountBalances balances = AccountBalances.of(List.of(
                line(0, LedgerAccount.UNCALLED_COMMITMENTS, "30000000.00", "0"),
                line(1, LedgerAccount.COMMITTED_CAPITAL, "0", "30000000.00"),
                line(0, LedgerAccount.CAPITAL_RECEIVABLE, "30000000.00", "0"),
                line(1, LedgerAccount.UNCALLED_COMMITMENTS, "0", "30000000.00"),
                line(0, LedgerAccount.CASH, "30000000.00", "0"),
                line(1, LedgerAccount.CAPITAL_RECEIVABLE, "0", "30000000.00"),
                line(0, LedgerAccount.INVESTMENTS_AT_COST, "3000000.00", "0"),
                line(1, LedgerAccount.CASH, "0", "3000000.00")));

        assertThat(balances.accounts()).extracting(AccountBalances.Balance::account).containsExactly(
                LedgerAccount.UNCALLED_COMMITMENTS, LedgerAccount.COMMITTED_CAPITAL, LedgerAccount.CAPITAL_RECEIVABLE,
                LedgerAccount.CASH, LedgerAccount.INVESTMENTS_AT_COST);
        AccountBalances.Balance cash = balances.accounts().get(3);
        assertThat(cash.balance()).isEqualTo(Money.of("27000000.00", "CNY"));
        assertThat(cash.onDebitSide()).isTrue();
        AccountBalances.Balance committed = balances.accounts().get(1);
        assertThat(committed.onCreditSide()).isTrue();
        assertThat(committed.size()).isEqualTo(Money.of("30000000.00", "CNY"));
        AccountBalances.Balance uncalled = balances.accounts().get(0);
        assertThat(uncalled.onDebitSide() || uncalled.onCreditSide()).isFalse();

        assertThat(balances.net()).singleElement().satisfies(net -> {
            assertThat(net.debit()).isEqualTo(Money.of("93000000.00", "CNY"));
            assertThat(net.credit()).isEqualTo(net.debit());
            assertThat(net.balance()).isEqualTo(Money.zero(CNY));
        });
    }

    private static LedgerEntry line(int line, LedgerAccount account, String debit, String credit) {
        return new LedgerEntry("event", line, 1, "fund-a", LocalDate.of(2017, 3, 1), account, CapitalSource.LOCAL_FISCAL,
                "fact", new BigDecimal(debit).setScale(2), new BigDecimal(credit).setScale(2), CNY);
    }
}
