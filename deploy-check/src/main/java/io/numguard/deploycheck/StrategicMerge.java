package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Strategic merge as Kustomize does it for kinds it has no schema for (custom resources): maps merge key by key,
 * null deletes, lists and scalars replace. Patch directives ($patch, $retainKeys, ...) are not supported.
 */
final class StrategicMerge {
    private StrategicMerge() {
    }

    static void merge(ObjectNode target, JsonNode patch, String where) {
        Iterator<Map.Entry<String, JsonNode>> it = patch.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("$")) {
                throw new RenderException(where + ": patch directive " + e.getKey() + " is not supported");
            }
            JsonNode cur = target.get(e.getKey());
            if (e.getValue().isNull()) {
                target.remove(e.getKey());
            } else if (e.getValue().isObject() && cur != null && cur.isObject()) {
                merge((ObjectNode) cur, e.getValue(), where);
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    static void requireNoLists(JsonNode patch, String where) {
        if (patch.isArray()) {
            throw new RenderException(where + ": strategic merge of lists of built-in kinds is not supported; "
                    + "use a JSON 6902 patch");
        }
        patch.elements().forEachRemaining(n -> requireNoLists(n, where));
    }
}
