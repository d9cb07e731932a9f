package org.ipfund.app.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What no other advice of a console page handled (an area's own, such as the audit pages', come first): a request
 * Spring MVC refused keeps its status, anything else is a failure of the service, logged, and a page saying so rather
 * than the API's problem details.
 */
@ControllerAdvice(annotations = ConsolePage.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class ConsolePageFailures {

    private static final Logger log = LoggerFactory.getLogger(ConsolePageFailures.class);

    @ExceptionHandler(Exception.class)
    public ModelAndView failed(Exception failure) {
        HttpStatusCode status = failure instanceof ErrorResponse refused ? refused.getStatusCode()
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            log.error("a console page failed", failure);
        }
        ModelAndView page = new ModelAndView("console/problem", status);
        page.addObject("titleKey", status.is4xxClientError() ? "badRequest.title" : "failed.title");
        page.addObject("code", status.is4xxClientError() ? "INVALID_INPUT" : "INTERNAL_ERROR");
        page.addObject("detail", status.is4xxClientError() ? failure.getMessage() : "");
        return page;
    }
}
