package org.ipfund.app.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The console's writes and downloads: {@code /console/api/…} is the API itself, reached with the console's session
 * (and its CSRF token) instead of Basic or a bearer token. The request is forwarded to the API's own handler, so a
 * form records through the same validation, rules, idempotency keys and problem details as a client of the API,
 * and the access rules checked before the forward are the API's ({@code security/ApiAccess}).
 */
@Controller
public class ConsoleApi {

    static final String PREFIX = "/console";

    @RequestMapping("/console/api/**")
    public String forward(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
        return "forward:" + path;
    }
}
