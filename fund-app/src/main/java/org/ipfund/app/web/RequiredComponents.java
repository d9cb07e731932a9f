package org.ipfund.app.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * A record read from a request body whose every component must be given, such as an exported checkpoint: the first
 * one missing (null), nested records included, is invalid input naming its path, e.g. {@code events.hash}.
 */
public final class RequiredComponents {

    private RequiredComponents() {
    }

    public static <T extends Record> T requireAll(T given) {
        requireAll(given, "");
        return given;
    }

    private static void requireAll(Record given, String prefix) {
        for (RecordComponent component : given.getClass().getRecordComponents()) {
            String path = prefix + component.getName();
            Object value = valueOf(component, given);
            if (value == null) {
                throw new InvalidInput(path, "must not be null");
            }
            if (value instanceof Record nested) {
                requireAll(nested, path + ".");
            }
        }
    }

    private static Object valueOf(RecordComponent component, Record given) {
        try {
            return component.getAccessor().invoke(given);
        } catch (IllegalAccessException | InvocationTargetException unreadable) {
            throw new IllegalStateException("cannot read " + component, unreadable);
        }
    }
}
