package org.ipfund.audit.history;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipfund.domain.investor.UnifiedSocialCreditCode;
import org.ipfund.domain.money.Money;

/**
 * An example of any recorded fact, made from its record components alone, so that the catalogue test needs no list
 * of events kept by hand: every component gets a well-formed value of its type (ids and names a short string, money
 * CNY 1,000.00, a date in 2017, the first constant of an enum, a record built the same way, a list of one).
 */
final class ExampleFacts {

    static final LocalDate DATE = LocalDate.parse("2017-05-01");

    private ExampleFacts() {
    }

    static <T> T of(Class<T> type) {
        return type.cast(value(type, type));
    }

    private static Object value(Class<?> type, Type generic) {
        if (type == String.class) {
            return "example-1";
        }
        if (type == LocalDate.class) {
            return DATE;
        }
        if (type == Instant.class) {
            return Instant.parse("2017-05-01T08:00:00Z");
        }
        if (type == Currency.class) {
            return Currency.getInstance("CNY");
        }
        if (type == UnifiedSocialCreditCode.class) {
            return new UnifiedSocialCreditCode("91350200MA31ABCDEQ");
        }
        if (type == Money.class) {
            return Money.of("1000.00", "CNY");
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("0.50");
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == int.class || type == Integer.class) {
            return 365;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class || type == Set.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Object one = value(raw(element), element);
            return type == List.class ? List.of(one) : Set.of(one);
        }
        if (type == Map.class) {
            Type[] kv = ((ParameterizedType) generic).getActualTypeArguments();
            return Map.of(value(raw(kv[0]), kv[0]), value(raw(kv[1]), kv[1]));
        }
        if (type.isRecord()) {
            return record(type);
        }
        throw new IllegalArgumentException("ExampleFacts cannot make a " + type.getName()
                + ": teach it that type (a value of the domain used in an event)");
    }

    private static Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(components).map(c -> value(c.getType(), c.getGenericType())).toArray();
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException refused) {
            throw new IllegalArgumentException("ExampleFacts made an invalid " + type.getName() + ": "
                    + refused.getCause().getMessage(), refused.getCause());
        } catch (ReflectiveOperationException unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }
}
