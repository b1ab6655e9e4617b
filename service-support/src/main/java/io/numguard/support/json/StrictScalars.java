package io.numguard.support.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The one Jackson setting every service shares: a JSON number or boolean where a string is expected is refused, not
 * turned into a string. Otherwise {@code {"uscc":123}} became the USCC "123" and a typo'd client went unnoticed; the
 * failure is a 400 {@code invalid-value} naming the field ({@code ProblemMappers}). Applies to request bodies and to
 * consumed events alike (both are read with the CDI {@link ObjectMapper}).
 *
 * <p>Only the textual target is tightened: {@code MapperFeature.ALLOW_COERCION_OF_SCALARS} would also refuse
 * {@code "10"} for a number, which no refusal in the issue asks for and which would change more than the hole.
 */
@Singleton
public class StrictScalars implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
}
