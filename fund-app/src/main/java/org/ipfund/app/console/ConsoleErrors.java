package org.ipfund.app.console;

import org.ipfund.app.web.UnknownResource;
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
 * and answer problem details as the API does.
 */
@ControllerAdvice(annotations = ConsolePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleErrors {

    @ExceptionHandler(UnknownResource.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound(UnknownResource unknown, Model model) {
        model.addAttribute("code", unknown.code());
        model.addAttribute("detail", unknown.getMessage());
        return "console/not-found";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public String badParameter(MethodArgumentTypeMismatchException mismatch, Model model) {
        model.addAttribute("code", "INVALID_INPUT");
        model.addAttribute("detail", mismatch.getName() + ": " + mismatch.getValue());
        return "console/not-found";
    }
}
