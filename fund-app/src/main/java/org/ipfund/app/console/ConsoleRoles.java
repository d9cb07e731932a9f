package org.ipfund.app.console;

import org.ipfund.app.security.Role;
import org.springframework.security.core.Authentication;

/** What a signed-in user's roles let the console offer (the security chain enforces it; this only shapes pages). */
final class ConsoleRoles {

    private ConsoleRoles() {
    }

    static boolean has(Authentication user, Role role) {
        return user != null && user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role.name()));
    }

    static boolean readsFunds(Authentication user) {
        return has(user, Role.FUND_MANAGER) || has(user, Role.FINANCE) || has(user, Role.AUDITOR);
    }
}
