package org.ipfund.app.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The users every end-to-end test context knows; each one's password is its name. */
public final class TestUsers {

    /** Holds every role: the tests' default client, for tests about something other than access. */
    public static final String TESTER = "tester";
    public static final String MANAGER = "manager";
    public static final String FINANCE = "finance";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    private TestUsers() {
    }

    public static void register(DynamicPropertyRegistry properties) {
        user(properties, 0, TESTER, "FUND_MANAGER,FINANCE,AUDITOR,ADMIN");
        user(properties, 1, MANAGER, "FUND_MANAGER");
        user(properties, 2, FINANCE, "FINANCE");
        user(properties, 3, AUDITOR, "AUDITOR");
        user(properties, 4, ADMIN, "ADMIN");
    }

    private static void user(DynamicPropertyRegistry properties, int index, String name, String roles) {
        properties.add("fund.security.users[%d].username".formatted(index), () -> name);
        properties.add("fund.security.users[%d].password".formatted(index), () -> "{noop}" + name);
        properties.add("fund.security.users[%d].roles".formatted(index), () -> roles);
    }
}
