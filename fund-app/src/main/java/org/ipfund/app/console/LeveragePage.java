package org.ipfund.app.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.money.Ratio;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.FundView;
import org.ipfund.projections.leverage.FindLeverage;
import org.ipfund.projections.leverage.LeverageView;
import org.ipfund.projections.portfolio.PortfolioProjection;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Leverage as of the date picked (by source, per deal, per sub-fund and for the family) and as a chart over time:
 * the same figures at every month end since launch, and today.
 */
@Controller
@ConsolePage
public class LeveragePage {

    private final QueryGateway queries;
    private final ViewReads reads;
    private final ConsoleFunds funds;
    private final MessageSource messages;
    private final ObjectMapper json;

    public LeveragePage(QueryGateway queries, ViewReads reads, ConsoleFunds funds, MessageSource messages, ObjectMapper json) {
        this.queries = queries;
        this.reads = reads;
        this.funds = funds;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/console/funds/{fundId}/leverage")
    public String leverage(@PathVariable String fundId,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                           Model model, Locale locale) throws JsonProcessingException {
        reads.awaitAll(null, PortfolioProjection.NAME, CapitalPositionProjection.NAME);
        LocalDate today = reads.asOf(null);
        LocalDate date = reads.asOf(asOf);
        FundView fund = funds.one(fundId, today);
        LeverageView leverage = leverageOn(fundId, date);
        if (leverage == null) {
            throw new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(fundId));
        }
        model.addAttribute("fund", fund);
        model.addAttribute("asOf", date);
        model.addAttribute("leverage", leverage);
        model.addAttribute("series", json.writeValueAsString(overTime(fund, today, locale)));
        return "console/leverage";
    }

    private ChartSeries overTime(FundView fund, LocalDate today, Locale locale) {
        List<LocalDate> dates = MonthEnds.since(fund.launchDate(), today);
        List<LeverageView> views = dates.stream().map(date -> leverageOn(fund.fundId(), date)).toList();
        ChartSeries.Builder series = new ChartSeries.Builder();
        series.line("family", messages.getMessage("leverage.family", null, locale));
        for (CapitalSource source : CapitalSource.values()) {
            if (views.stream().anyMatch(view -> view.bySource().containsKey(source))) {
                series.line(source.name(), messages.getMessage("leverage.deal", null, locale) + " · "
                        + messages.getMessage("source." + source.name(), null, locale));
            }
        }
        // each sub-fund by its name, as its row below names it (the name it has today)
        views.stream().flatMap(view -> view.subFunds().stream())
                .collect(Collectors.toMap(LeverageView.SubFundAmplification::fundId,
                        LeverageView.SubFundAmplification::name, (earlier, later) -> later, LinkedHashMap::new))
                .forEach((subFund, name) -> series.line("sub:" + subFund,
                        messages.getMessage("leverage.amplification", null, locale) + " · " + name));
        for (int i = 0; i < dates.size(); i++) {
            LeverageView view = views.get(i);
            series.point(dates.get(i), key -> valueOf(view, key));
        }
        return series.build();
    }

    private static BigDecimal valueOf(LeverageView view, String key) {
        if (key.equals("family")) {
            return value(view.family().ratio());
        }
        if (key.startsWith("sub:")) {
            return view.subFunds().stream().filter(sub -> sub.fundId().equals(key.substring(4))).findFirst()
                    .map(sub -> value(sub.amplification())).orElse(null);
        }
        LeverageView.SourceLeverage source = view.bySource().get(CapitalSource.valueOf(key));
        return source == null ? null : value(source.ratio());
    }

    private static BigDecimal value(Ratio ratio) {
        return ratio == null ? null : ratio.value();
    }

    private LeverageView leverageOn(String fundId, LocalDate date) {
        return queries.query(new FindLeverage(fundId, date), LeverageView.class).join();
    }
}
