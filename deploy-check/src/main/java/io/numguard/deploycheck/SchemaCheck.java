package io.numguard.deploycheck;

import java.util.function.Consumer;

/** Every object against its kind's schema (Kubernetes built-ins and the vendored operator CRDs). */
final class SchemaCheck implements Check {
    private final SchemaValidator schemas;

    SchemaCheck(SchemaValidator schemas) {
        this.schemas = schemas;
    }

    @Override
    public void check(Index idx, Consumer<String> p) {
        idx.all.forEach(o -> schemas.validate(o).forEach(p));
    }
}
