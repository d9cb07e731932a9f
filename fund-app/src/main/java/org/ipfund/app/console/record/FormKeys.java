package org.ipfund.app.console.record;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The idempotency key each form carries, made anew every time a page is rendered: sending the same form twice (a
 * double click, a retry after a lost answer) records once, and a page loaded again starts a new fact. Templates reach
 * it as {@code @formKeys}.
 */
@Component("formKeys")
public class FormKeys {

    public String fresh() {
        return UUID.randomUUID().toString();
    }
}
