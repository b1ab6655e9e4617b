package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** RFC 6902 JSON Patch: add, remove, replace (the operations deploy/k8s uses; others fail). */
final class Json6902 {
    private static final Set<String> OPS = Set.of("add", "remove", "replace");

    private Json6902() {
    }

    static void apply(ObjectNode doc, ArrayNode ops, String where) {
        for (JsonNode op : ops) {
            String kind = op.path("op").asText();
            if (!OPS.contains(kind)) {
                throw new RenderException(where + ": JSON patch op `" + kind + "` is not supported");
            }
            List<String> path = pointer(op.path("path").asText(), where);
            String last = path.get(path.size() - 1);
            JsonNode parent = doc;
            for (String p : path.subList(0, path.size() - 1)) {
                parent = child(parent, p);
                if (parent == null) {
                    throw new RenderException(where + ": path " + op.path("path").asText() + " does not exist");
                }
            }
            JsonNode value = op.get("value");
            if (parent.isObject()) {
                ObjectNode o = (ObjectNode) parent;
                if (!kind.equals("add") && !o.has(last)) {
                    throw new RenderException(where + ": path " + op.path("path").asText() + " does not exist");
                }
                if (kind.equals("remove")) {
                    o.remove(last);
                } else {
                    o.set(last, value.deepCopy());
                }
            } else if (parent.isArray()) {
                ArrayNode a = (ArrayNode) parent;
                if (kind.equals("add") && last.equals("-")) {
                    a.add(value.deepCopy());
                    continue;
                }
                int i = index(last, where);
                if (kind.equals("add")) {
                    a.insert(i, value.deepCopy());
                } else if (i >= a.size()) {
                    throw new RenderException(where + ": index " + i + " out of range");
                } else if (kind.equals("remove")) {
                    a.remove(i);
                } else {
                    a.set(i, value.deepCopy());
                }
            } else {
                throw new RenderException(where + ": cannot patch into a scalar at " + op.path("path").asText());
            }
        }
    }

    private static JsonNode child(JsonNode node, String p) {
        if (node.isObject()) {
            return node.get(p);
        }
        if (node.isArray()) {
            int i = Integer.parseInt(p);
            return i < node.size() ? node.get(i) : null;
        }
        return null;
    }

    private static int index(String s, String where) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new RenderException(where + ": not an array index: " + s);
        }
    }

    private static List<String> pointer(String path, String where) {
        if (!path.startsWith("/")) {
            throw new RenderException(where + ": not a JSON pointer: " + path);
        }
        List<String> parts = new ArrayList<>();
        for (String p : path.substring(1).split("/", -1)) {
            parts.add(p.replace("~1", "/").replace("~0", "~"));
        }
        return parts;
    }
}
