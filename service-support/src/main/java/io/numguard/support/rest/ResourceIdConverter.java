package io.numguard.support.rest;

import io.numguard.support.problem.ProblemException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Converts path and query parameters declared as {@link ResourceId}. A bad id is thrown as a
 * {@link BadRequestException} carrying the {@link ProblemException} (the framework passes a
 * {@code WebApplicationException} through as it is, where any other exception would become a bare 404); the
 * problem mapper answers with the problem it carries.
 */
@Provider
public class ResourceIdConverter implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != ResourceId.class) {
            return null;
        }
        String name = parameterName(annotations);
        return (ParamConverter<T>) new ParamConverter<ResourceId>() {
            @Override
            public ResourceId fromString(String value) {
                try {
                    return ResourceId.parse(name, value);
                } catch (ProblemException e) {
                    throw new BadRequestException(e);
                }
            }

            @Override
            public String toString(ResourceId value) {
                return value.value();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof PathParam p) {
                    return p.value();
                }
                if (a instanceof QueryParam q) {
                    return q.value();
                }
            }
        }
        return "id";
    }
}
