package io.numguard.support.problem;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A bad query, path or header parameter as one kind of problem in every service: 400 {@code invalid-value} naming
 * the {@code parameter} and, where there is a closed set, the {@code allowed} values; never the Java type behind it.
 */
public final class Parameters {
    private Parameters() {
    }

    /** An enum parameter, case-insensitive; null or blank gives null (the parameter was not given). */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String raw, String parameter) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String wanted = raw.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw invalid(parameter, raw, names(type));
    }

    /** A true/false parameter; null or blank gives null. {@code Boolean.valueOf} would read "maybe" as false. */
    public static Boolean bool(String raw, String parameter) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid(parameter, raw, List.of("true", "false"));
        };
    }

    public static ProblemException invalid(String parameter, String raw, List<String> allowed) {
        return new ProblemException(400, "invalid-value", "Invalid parameter",
                "'" + raw + "' is not a valid " + parameter + ": one of " + String.join(", ", allowed))
                .with("parameter", parameter).with("allowed", allowed);
    }

    /**
     * The problem for a parameter the framework could not convert to the resource method's type (it answers 404
     * for a query or path parameter, as JAX-RS says): which parameter, and what it accepts. Empty when no declared
     * parameter of {@code method} is to blame.
     */
    static Optional<Problem> conversionFailure(Method method, UriInfo uri, HttpHeaders headers) {
        for (Parameter p : method.getParameters()) {
            String name;
            List<String> values;
            if (p.isAnnotationPresent(QueryParam.class)) {
                name = p.getAnnotation(QueryParam.class).value();
                values = uri.getQueryParameters().get(name);
            } else if (p.isAnnotationPresent(PathParam.class)) {
                name = p.getAnnotation(PathParam.class).value();
                values = uri.getPathParameters().get(name);
            } else if (p.isAnnotationPresent(HeaderParam.class)) {
                name = p.getAnnotation(HeaderParam.class).value();
                values = headers == null ? null : headers.getRequestHeader(name);
            } else {
                continue;
            }
            if (values == null) {
                continue;
            }
            for (String value : values) {
                if (!converts(p.getType(), value)) {
                    return Optional.of(describe(p, name, value));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean converts(Class<?> type, String value) {
        try {
            if (type.isEnum()) {
                return Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(value));
            }
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value.strip());
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value.strip());
            } else if (type == boolean.class || type == Boolean.class) {
                return value.strip().equalsIgnoreCase("true") || value.strip().equalsIgnoreCase("false");
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Problem describe(Parameter p, String name, String value) {
        Class<?> type = p.getType();
        if (type.isEnum()) {
            List<String> allowed = names((Class) type);
            return invalid(name, value, allowed).toProblem();
        }
        if (type == boolean.class || type == Boolean.class) {
            return invalid(name, value, List.of("true", "false")).toProblem();
        }
        String range = "";
        if (p.isAnnotationPresent(Min.class) && p.isAnnotationPresent(Max.class)) {
            range = " from " + p.getAnnotation(Min.class).value() + " to " + p.getAnnotation(Max.class).value();
        } else if (p.isAnnotationPresent(Min.class)) {
            range = " of at least " + p.getAnnotation(Min.class).value();
        }
        return Problem.of("invalid-value", 400, "Invalid parameter",
                        "'" + value + "' is not a valid " + name + ": an integer" + range)
                .with("parameter", name).with("expected", "integer" + range);
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
