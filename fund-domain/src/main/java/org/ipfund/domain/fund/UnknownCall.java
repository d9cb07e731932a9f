package org.ipfund.domain.fund;

import org.ipfund.domain.UnknownFact;
import org.ipfund.domain.FundId;

public class UnknownCall extends UnknownFact {

    public UnknownCall(FundId fundId, CallId callId) {
        super("fund '%s' has no capital call '%s'".formatted(fundId, callId));
    }

    @Override
    public String code() {
        return "CALL_NOT_FOUND";
    }

    @Override
    public String field() {
        return "callId";
    }
}
