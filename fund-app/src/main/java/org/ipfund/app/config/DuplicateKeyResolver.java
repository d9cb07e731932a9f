package org.ipfund.app.config;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.stereotype.Component;

/**
 * Tells Axon when an append broke a unique key, so that a second fund with the same id or two
 * concurrent writes to one fund are reported as such (and answered 409), not as a storage failure.
 * PostgreSQL names the violation by SQL state 23505, which Axon's error-code resolver does not read,
 * and the driver hides it in a batch exception's chain.
 */
@Component
public class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && violatesUniqueKey(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean violatesUniqueKey(SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
