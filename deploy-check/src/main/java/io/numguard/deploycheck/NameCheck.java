package io.numguard.deploycheck;

import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Object names: DNS labels for Services and Namespaces, DNS subdomains for the rest. */
final class NameCheck implements Check {
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

    @Override
    public void check(Index idx, Consumer<String> p) {
        idx.all.forEach(o -> name(o, p));
    }

    private static void name(ObjectNode o, Consumer<String> p) {
        String name = Resources.name(o);
        String kind = Resources.kind(o);
        Pattern rule = Set.of("Service", "Namespace").contains(kind) ? DNS_LABEL : DNS_SUBDOMAIN;
        if (name.isEmpty() || name.length() > (rule == DNS_LABEL ? 63 : 253) || !rule.matcher(name).matches()) {
            p.accept(Resources.id(o) + ": invalid name `" + name + "`");
        }
    }
}
