package org.ipfund.app.console;

import org.ipfund.app.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The way in: the login form, and each role's first page once signed in. */
@Controller
@ConsolePage
public class ConsoleEntry {

    @GetMapping("/login")
    public String login() {
        return "console/login";
    }

    @GetMapping({"/", "/console"})
    public String home(Authentication user) {
        if (ConsoleRoles.readsFunds(user)) {
            return "redirect:/console/funds";
        }
        if (ConsoleRoles.has(user, Role.ADMIN)) {
            return "redirect:/console/admin";
        }
        return "redirect:/console/denied";
    }

    /** Shown, with 403, in place of a page (or a form sent) the user's role may not reach. */
    @RequestMapping("/console/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    public String denied() {
        return "console/denied";
    }
}
