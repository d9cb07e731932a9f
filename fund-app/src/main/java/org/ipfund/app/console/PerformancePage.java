package org.ipfund.app.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.domain.figures.PerformanceEvaluation;
import org.ipfund.projections.capital.FundView;
import org.ipfund.projections.performance.EvaluationView;
import org.ipfund.projections.performance.FindEvaluation;
import org.ipfund.projections.performance.FindPerformance;
import org.ipfund.projections.performance.PerformanceQueries;
import org.ipfund.projections.performance.PerformanceView;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What a fund returned, as of the date picked (NAV, DPI, RVPI, TVPI and IRR of the fund, each deal, each sub-fund and
 * the family), NAV and TVPI over time (at every month end since launch, and today), and the yearly performance
 * evaluation of the year picked: the same queries the API answers, after the same waits.
 */
@Controller
@ConsolePage
public class PerformancePage {

    private static final String[] VIEWS = PerformanceQueries.VIEWS.toArray(String[]::new);

    private final QueryGateway queries;
    private final ViewReads reads;
    private final ConsoleFunds funds;
    private final MessageSource messages;
    private final ObjectMapper json;

    public PerformancePage(QueryGateway queries, ViewReads reads, ConsoleFunds funds, MessageSource messages, ObjectMapper json) {
        this.queries = queries;
        this.reads = reads;
        this.funds = funds;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/console/funds/{fundId}/performance")
    public String performance(@PathVariable String fundId,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate asOf,
                              @RequestParam(required = false) Integer year, Model model, Locale locale)
            throws JsonProcessingException {
        reads.awaitAll(null, VIEWS);
        LocalDate today = reads.asOf(null);
        LocalDate date = reads.asOf(asOf);
        FundView fund = funds.one(fundId, today);
        PerformanceView performance = performanceOn(fundId, date);
        if (performance == null) {
            throw new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(fundId));
        }
        model.addAttribute("fund", fund);
        model.addAttribute("asOf", date);
        model.addAttribute("explicitAsOf", asOf);
        model.addAttribute("performance", performance);
        model.addAttribute("series", json.writeValueAsString(overTime(fund, today, locale)));
        evaluation(fund, year == null ? today.getYear() : year, today, model);
        return "console/performance";
    }

    /**
     * The evaluation of another year, alone (the page around it, chart and all, stays); the address bar is given the
     * page's own address for that year, so that reloading or sharing it shows the same.
     */
    @GetMapping("/console/funds/{fundId}/performance/evaluation")
    public String evaluationOf(@PathVariable String fundId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate asOf,
                               @RequestParam(required = false) Integer year, Model model,
                               HttpServletResponse response) {
        reads.awaitAll(null, VIEWS);
        LocalDate today = reads.asOf(null);
        FundView fund = funds.one(fundId, today);
        int picked = year == null ? today.getYear() : year;
        model.addAttribute("fund", fund);
        model.addAttribute("explicitAsOf", asOf);
        evaluation(fund, picked, today, model);
        response.setHeader("HX-Push-Url", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/console/funds/{fundId}/performance").queryParam("year", picked)
                .queryParamIfPresent("asOf", Optional.ofNullable(asOf)).buildAndExpand(fundId).toUriString());
        return "console/performance :: evaluation";
    }

    /** The year's evaluation, or why there is none: a year still to come (or before the Common Era) has nothing to judge. */
    private void evaluation(FundView fund, int year, LocalDate today, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("years", IntStream.iterate(today.getYear(), y -> y >= fund.launchDate().getYear(), y -> y - 1)
                .boxed().toList());
        if (year < 1 || year > today.getYear()) {
            model.addAttribute("evaluationRefused", true);
            return;
        }
        Year judged = Year.of(year);
        model.addAttribute("evaluation", queries.query(new FindEvaluation(fund.fundId(), judged,
                PerformanceEvaluation.judgedOn(judged, today)), EvaluationView.class).join());
    }

    private ChartSeries overTime(FundView fund, LocalDate today, Locale locale) {
        List<LocalDate> dates = MonthEnds.since(fund.launchDate(), today);
        ChartSeries.Builder series = new ChartSeries.Builder()
                .line("nav", messages.getMessage("performance.nav", null, locale) + " (" + fund.currency() + ")",
                        "money")
                .line("tvpi", "TVPI", "multiple");
        for (LocalDate date : dates) {
            PerformanceView view = performanceOn(fund.fundId(), date);
            series.point(date, key -> switch (key) {
                case "nav" -> view.nav().amount();
                case "tvpi" -> view.tvpi() == null ? null : view.tvpi().value();
                default -> throw new IllegalArgumentException(key);
            });
        }
        return series.build();
    }

    private PerformanceView performanceOn(String fundId, LocalDate date) {
        return queries.query(new FindPerformance(fundId, date), PerformanceView.class).join();
    }
}
