package org.ipfund.app.testing;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.ipfund.app.recording.Recorder;
import org.ipfund.audit.history.AuditMetadata;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.DistributeCapital;
import org.ipfund.domain.fund.DistributionId;
import org.ipfund.domain.holding.ExitId;
import org.ipfund.domain.holding.ExitKind;
import org.ipfund.domain.holding.RecordExit;
import org.ipfund.domain.holding.RecordValuation;
import org.ipfund.domain.holding.ValuationId;
import org.ipfund.domain.holding.ValuationMethod;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;

/**
 * Records valuations, exits and distributions for the end-to-end tests through the service's own {@link Recorder} (the
 * command bus, with an actor as every recorded fact has), until their HTTP endpoints exist; each answers the position
 * of its last event, and the reads that follow wait for it as they wait for any acknowledged write.
 */
public final class SecondHalf {

    private static final Map<String, Object> ORIGIN = Map.of(AuditMetadata.ACTOR, TestUsers.MANAGER);

    private final Recorder recorder;

    public SecondHalf(Recorder recorder) {
        this.recorder = recorder;
    }

    public long valuation(String fundId, String investmentId, String valuationId, String fairValue, String date) {
        return record(new RecordValuation(new FundId(fundId), new InvestmentId(investmentId),
                new ValuationId(valuationId), cny(fairValue), null, LocalDate.parse(date), ValuationMethod.MULTIPLES,
                "end-to-end"));
    }

    public long exit(String fundId, String investmentId, String exitId, String share, String proceeds, String date) {
        return record(new RecordExit(new FundId(fundId), new InvestmentId(investmentId), new ExitId(exitId),
                ExitKind.SALE, Ratio.of(share), cny(proceeds), null, "Fujian Investment Group", LocalDate.parse(date)));
    }

    public long distribution(String fundId, String distributionId, String amount, String date) {
        return record(new DistributeCapital(new FundId(fundId), new DistributionId(distributionId), cny(amount),
                LocalDate.parse(date)));
    }

    private long record(Object command) {
        return recorder.record(GenericCommandMessage.asCommandMessage(command).andMetaData(ORIGIN));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
