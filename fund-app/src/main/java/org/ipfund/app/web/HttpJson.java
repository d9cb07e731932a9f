package org.ipfund.app.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Rate;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.CededExitTerms;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's JSON: money as {@code {"amount": "5000000.00", "currency": "CNY"}} with the amount a decimal
 * string (a decimal string or an exact JSON number is accepted), ratios, rates (an IRR) and a ceded exit's annual
 * rate as decimal strings, dates as ISO {@code yyyy-MM-dd} strings, and strict input: unknown fields, fields named
 * twice, trailing content and mistyped values are refused, never guessed at, and so is text that cannot be stored as
 * sent (a NUL, half a surrogate pair).
 */
@Configuration
public class HttpJson {

    /**
     * The most digits a decimal may have before or after its point, the same bound Jackson puts on the
     * length of a JSON number: past it, {@code 1e-999999999} would be written out (and scaled) in full.
     */
    static final int MAX_DECIMAL_DIGITS = 1000;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer fundApiJson() {
        SimpleModule fund = new SimpleModule("fund-api");
        fund.addSerializer(Money.class, new MoneySerializer());
        fund.addSerializer(Ratio.class, new RatioSerializer());
        fund.addSerializer(Rate.class, new RateSerializer());
        fund.addSerializer(CededExitTerms.class, new CededExitTermsSerializer());
        fund.addDeserializer(LocalDate.class, new IsoDateDeserializer());
        fund.addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
        fund.addDeserializer(String.class, new StorableTextDeserializer());
        return builder -> builder
                .modulesToInstall(fund)
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .postConfigurer(mapper -> {
                    // a number or a boolean where text is expected is a mistake, not a name
                    mapper.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Boolean)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                });
    }

    private static final class MoneySerializer extends JsonSerializer<Money> {
        @Override
        public void serialize(Money money, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            json.writeStringField("amount", money.amount().toPlainString());
            json.writeStringField("currency", money.currency().getCurrencyCode());
            json.writeEndObject();
        }
    }

    private static final class RatioSerializer extends JsonSerializer<Ratio> {
        @Override
        public void serialize(Ratio ratio, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(ratio.value().toPlainString());
        }
    }

    private static final class RateSerializer extends JsonSerializer<Rate> {
        @Override
        public void serialize(Rate rate, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(rate.value().toPlainString());
        }
    }

    /** A ceded exit's terms as a request gives them: the rate a decimal string, as a policy's ratios are. */
    private static final class CededExitTermsSerializer extends JsonSerializer<CededExitTerms> {
        @Override
        public void serialize(CededExitTerms terms, JsonGenerator json, SerializerProvider provider)
                throws IOException {
            json.writeStartObject();
            json.writeNumberField("freeYears", terms.freeYears());
            json.writeStringField("annualRate", terms.annualRate().toPlainString());
            json.writeStringField("pricing", terms.pricing().name());
            json.writeEndObject();
        }
    }

    /**
     * A date is the string {@code yyyy-MM-dd} and nothing else. The JSR-310 module would also take a day
     * count since 1970, an array {@code [2017, 3, 2]}, a date-time, padding or an empty string; its
     * non-lenient mode still takes the array, so the API reads dates itself.
     */
    private static final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {

        private IsoDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (!json.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, json);
            }
            String text = json.getText();
            try {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException notADate) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
                        "not an ISO yyyy-MM-dd date");
            }
        }
    }

    /**
     * Text as JSON gives it, but only text that PostgreSQL and UTF-8 can hold: a NUL (U+0000) would be recorded
     * as an event that no view can store, stalling that view, and half a surrogate pair (U+D800 alone, sent as a
     * JSON escape) would be stored as a '?', not as sent.
     */
    private static final class StorableTextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser json, DeserializationContext context) throws IOException {
            String text = super.deserialize(json, context);
            if (text == null) {
                return null;
            }
            if (text.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("must not contain the NUL character (U+0000)");
            }
            if (hasLoneSurrogate(text)) {
                throw new IllegalArgumentException("must be Unicode text: half a surrogate pair (U+D800 to U+DFFF)"
                        + " stands for no character");
            }
            return text;
        }

        private static boolean hasLoneSurrogate(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Decimals as Jackson reads them, but none with more than {@value #MAX_DECIMAL_DIGITS} digits before or
     * after the point: the exponent of {@code 1e-999999999} costs nothing to read and a gigabyte to print.
     */
    private static final class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser json, DeserializationContext context) throws IOException {
            BigDecimal value = super.deserialize(json, context);
            if (value == null || withinBounds(value)) {
                return value;
            }
            String message = "more than " + MAX_DECIMAL_DIGITS + " digits before or after the decimal point";
            return json.hasToken(JsonToken.VALUE_STRING)
                    ? (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, json.getText(), message)
                    : (BigDecimal) context.handleWeirdNumberValue(BigDecimal.class, value, message);
        }

        private static boolean withinBounds(BigDecimal value) {
            return value.scale() <= MAX_DECIMAL_DIGITS && (long) value.precision() - value.scale() <= MAX_DECIMAL_DIGITS;
        }
    }
}
