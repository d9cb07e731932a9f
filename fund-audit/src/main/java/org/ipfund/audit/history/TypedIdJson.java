package org.ipfund.audit.history;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import org.ipfund.domain.FundId;

/**
 * Writes the domain's typed ids ({@code record FundId(String value)}) as plain JSON strings, so that
 * a stored event reads {@code "fundId": "xm-guidance"}, and reads them back through their constructor
 * (which checks their shape). Any record named {@code …Id} with a single {@code String value} qualifies.
 */
final class TypedIdJson extends SimpleModule {

    TypedIdJson() {
        super("typed-ids");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean,
                                                      JsonSerializer<?> serializer) {
                return isTypedId(bean.getBeanClass()) ? new AsString() : serializer;
            }
        });
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                          JsonDeserializer<?> deserializer) {
                return isTypedId(bean.getBeanClass()) ? new FromString(bean.getBeanClass()) : deserializer;
            }
        });
    }

    static boolean isTypedId(Class<?> type) {
        if (!type.isRecord() || !type.getSimpleName().endsWith("Id")) {
            return false;
        }
        RecordComponent[] components = type.getRecordComponents();
        return components.length == 1 && components[0].getName().equals("value")
                && components[0].getType() == String.class;
    }

    private static final class AsString extends JsonSerializer<Object> {
        @Override
        public void serialize(Object id, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(id.toString());
        }
    }

    private static final class FromString extends JsonDeserializer<Object> {
        private final Constructor<?> constructor;

        private FromString(Class<?> type) {
            try {
                this.constructor = type.getDeclaredConstructor(String.class);
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        @Override
        public Object deserialize(JsonParser json, DeserializationContext context) throws IOException {
            String value = json.getValueAsString();
            try {
                return constructor.newInstance(value);
            } catch (InvocationTargetException refused) {
                return context.handleInstantiationProblem(constructor.getDeclaringClass(), value, refused.getCause());
            } catch (ReflectiveOperationException unexpected) {
                throw new IllegalStateException(unexpected);
            }
        }
    }
}
