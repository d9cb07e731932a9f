package org.ipfund.app.console;

import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewBehind;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A console page that cannot be shown is a page saying why, in the console's language, not the API's problem
 * details: a fund or a fact that does not exist, or a date that is not a date. The console's writes are the API's
 * and answer problem details as the API does. Anything else a page meets is {@link ConsolePageFailures}'.
 */
@ControllerAdvice(annotations = ConsolePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleErrors {

    @ExceptionHandler(UnknownResource.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound(UnknownResource unknown, Model model) {
        return page(model, "notFound.title", unknown.code(), unknown.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public String badParameter(MethodArgumentTypeMismatchException mismatch, Model model) {
        return page(model, "badRequest.title", "INVALID_INPUT", mismatch.getName() + ": " + mismatch.getValue());
    }

    /** A view still catching up with a write already acknowledged: the page would not show it yet. */
    @ExceptionHandler(ViewBehind.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    public String behind(ViewBehind behind, Model model) {
        return page(model, "unavailable.title", "VIEW_NOT_CAUGHT_UP", behind.getMessage());
    }

    static String page(Model model, String titleKey, String code, String detail) {
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("code", code);
        model.addAttribute("detail", detail);
        return "console/problem";
    }
}
