package org.ipfund.app.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's JSON: money as {@code {"amount": "5000000.00", "currency": "CNY"}} with the amount a decimal
 * string (a decimal string or an exact JSON number is accepted), ratios as decimal strings, and strict input:
 * unknown fields and mistyped values are refused, never guessed at.
 */
@Configuration
public class HttpJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer fundApiJson() {
        SimpleModule money = new SimpleModule("fund-money");
        money.addSerializer(Money.class, new MoneySerializer());
        money.addSerializer(Ratio.class, new RatioSerializer());
        return builder -> builder
                .modulesToInstall(money)
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
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
}
