package org.ipfund.app.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipfund.domain.money.Ratio;
import org.ipfund.projections.capital.FundView;

/**
 * The "1+N" family as a tree: each fund without a parent at the root, each sub-fund under the fund that created
 * it, with the amplification of the parent's commitment read from the parent's leverage.
 */
public record FamilyTree(List<Node> roots) {

    /** One fund, its amplification when it is a sub-fund (null otherwise), and the sub-funds it created. */
    public record Node(FundView fund, Ratio amplification, List<Node> subFunds) {

        public boolean shareCapBreached() {
            return fund.parent() != null && fund.parent().shareCapBreached();
        }

        public boolean governmentShareCapBreached() {
            return fund.parent() != null && fund.parent().governmentShareCapBreached();
        }
    }

    static FamilyTree of(List<FundView> funds, Map<String, Ratio> amplificationBySubFund) {
        Map<String, List<FundView>> children = new LinkedHashMap<>();
        List<FundView> roots = new ArrayList<>();
        for (FundView fund : funds.stream().sorted(Comparator.comparing(FundView::launchDate)
                .thenComparing(FundView::fundId)).toList()) {
            if (fund.parent() == null) {
                roots.add(fund);
            } else {
                children.computeIfAbsent(fund.parent().fundId(), parent -> new ArrayList<>()).add(fund);
            }
        }
        return new FamilyTree(roots.stream().map(root -> node(root, children, amplificationBySubFund)).toList());
    }

    private static Node node(FundView fund, Map<String, List<FundView>> children, Map<String, Ratio> amplification) {
        List<Node> subFunds = children.getOrDefault(fund.fundId(), List.of()).stream()
                .map(child -> node(child, children, amplification)).toList();
        return new Node(fund, amplification.get(fund.fundId()), subFunds);
    }
}
