package org.ipfund.app.apidoc;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Iterator;
import org.springframework.stereotype.Component;

/**
 * A list field that Jackson also reads from a single value ({@code @JsonFormat(with = ACCEPT_SINGLE_VALUE_AS_ARRAY)},
 * as a fund's {@code policy}: one version or a list of them) is described as either, not as an array alone.
 */
@Component
class SingleValueOrList implements ModelConverter {

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (resolved == null || resolved.getItems() == null || !acceptsSingleValue(type.getCtxAnnotations())) {
            return resolved;
        }
        return new ComposedSchema().addOneOfItem(resolved.getItems()).addOneOfItem(resolved)
                .description("One, or a list.");
    }

    private static boolean acceptsSingleValue(Annotation[] annotations) {
        return annotations != null && Arrays.stream(annotations)
                .filter(JsonFormat.class::isInstance)
                .map(JsonFormat.class::cast)
                .anyMatch(format -> Arrays.asList(format.with())
                        .contains(JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY));
    }
}
