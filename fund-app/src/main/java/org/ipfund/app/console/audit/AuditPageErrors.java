package org.ipfund.app.console.audit;

import org.ipfund.app.web.InvalidInput;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A filter an audit page cannot apply (a limit out of range, a period that ends before it starts, a time that is no
 * time) is a page saying which, not the API's problem details: the console's own errors ({@code ConsoleErrors}) cover
 * unknown funds and unreadable parameters, and come first.
 */
@ControllerAdvice(basePackageClasses = AuditPageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class AuditPageErrors {

    @ExceptionHandler(InvalidInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public String invalid(InvalidInput invalid, Model model) {
        model.addAttribute("field", invalid.field());
        model.addAttribute("detail", invalid.getMessage());
        return "console/audit/invalid";
    }
}
