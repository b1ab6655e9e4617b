package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the subset of Kustomize that deploy/k8s uses:
 * {@code resources} (files and directories), {@code namespace}, {@code labels} (without selectors or templates),
 * {@code images}, and {@code patches} (strategic merge on custom resources, JSON 6902 on anything), with targets by
 * group/version/kind/name and equality label selectors; a strategic-merge patch that is only {@code $patch: delete}
 * removes the object it names. Anything else fails loudly: a field, an option, a patch
 * directive or a list merge it does not implement is an error, never a silent difference from Kustomize.
 * The transformers run in Kustomize's order: patches, namespace, labels, images.
 */
public final class KustomizeRenderer {
    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "labels", "images",
            "patches");
    private static final Set<String> LABEL_FIELDS = Set.of("pairs", "includeSelectors", "includeTemplates");
    private static final Set<String> IMAGE_FIELDS = Set.of("name", "newName", "newTag", "digest");
    private static final Set<String> PATCH_FIELDS = Set.of("path", "patch", "target");
    private static final Set<String> TARGET_FIELDS = Set.of("group", "version", "kind", "name", "labelSelector");

    public List<ObjectNode> render(Path dir) {
        Path file = kustomizationFile(dir);
        List<ObjectNode> docs = Yaml.readAll(file);
        if (docs.size() != 1) {
            throw new RenderException(file + ": expected one document");
        }
        ObjectNode k = docs.get(0);
        k.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                throw new RenderException(file + ": field `" + f + "` is not supported by this renderer");
            }
        });
        if (!k.path("kind").asText("Kustomization").equals("Kustomization")) {
            throw new RenderException(file + ": kind must be Kustomization");
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                objects.addAll(render(p));
            } else if (Files.isRegularFile(p)) {
                objects.addAll(Yaml.readAll(p));
            } else {
                throw new RenderException(file + ": resource " + r.asText() + " does not exist");
            }
        }
        checkUnique(objects, file);
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, file, patch, objects);
        }
        if (k.has("namespace")) {
            String ns = k.get("namespace").asText();
            for (ObjectNode o : objects) {
                if (!Resources.CLUSTER_SCOPED.contains(Resources.kind(o))) {
                    Resources.objectAt(o, "metadata").put("namespace", ns);
                }
            }
        }
        for (JsonNode l : k.path("labels")) {
            l.fieldNames().forEachRemaining(f -> {
                if (!LABEL_FIELDS.contains(f)) {
                    throw new RenderException(file + ": labels." + f + " is not supported");
                }
            });
            if (l.path("includeSelectors").asBoolean(false) || l.path("includeTemplates").asBoolean(false)) {
                throw new RenderException(file + ": labels with includeSelectors/includeTemplates are not supported");
            }
            for (ObjectNode o : objects) {
                ObjectNode labels = Resources.objectAt(o, "metadata", "labels");
                l.path("pairs").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            }
        }
        for (JsonNode image : k.path("images")) {
            image.fieldNames().forEachRemaining(f -> {
                if (!IMAGE_FIELDS.contains(f)) {
                    throw new RenderException(file + ": images." + f + " is not supported");
                }
            });
            int hits = 0;
            for (ObjectNode o : objects) {
                hits += setImages(o, image);
            }
            if (hits == 0) {
                throw new RenderException(file + ": image " + image.path("name").asText() + " matches no container");
            }
        }
        return objects;
    }

    private static Path kustomizationFile(Path dir) {
        for (String n : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            if (Files.isRegularFile(dir.resolve(n))) {
                return dir.resolve(n);
            }
        }
        throw new RenderException(dir + ": no kustomization.yaml");
    }

    private static void checkUnique(List<ObjectNode> objects, Path file) {
        Set<String> seen = new java.util.HashSet<>();
        for (ObjectNode o : objects) {
            String id = Resources.group(o) + ":" + Resources.id(o);
            if (!seen.add(id)) {
                throw new RenderException(file + ": resource " + id + " is defined twice");
            }
        }
    }

    // ---- patches

    private void applyPatch(Path dir, Path file, JsonNode entry, List<ObjectNode> objects) {
        entry.fieldNames().forEachRemaining(f -> {
            if (!PATCH_FIELDS.contains(f)) {
                throw new RenderException(file + ": patches[]." + f + " is not supported");
            }
        });
        String text = entry.has("path") ? Yaml.read(dir.resolve(entry.get("path").asText()))
                : entry.path("patch").asText(null);
        if (text == null) {
            throw new RenderException(file + ": a patch needs path or patch");
        }
        JsonNode target = entry.get("target");
        if (target != null) {
            target.fieldNames().forEachRemaining(f -> {
                if (!TARGET_FIELDS.contains(f)) {
                    throw new RenderException(file + ": patches[].target." + f + " is not supported");
                }
            });
        }
        JsonNode parsed = Yaml.readTree(text, file + " patch");
        if (parsed.isArray()) {
            if (target == null) {
                throw new RenderException(file + ": a JSON 6902 patch needs a target");
            }
            List<ObjectNode> matched = select(objects, target, file);
            for (ObjectNode o : matched) {
                Json6902.apply(o, (ArrayNode) parsed, file + " -> " + Resources.id(o));
            }
            return;
        }
        List<ObjectNode> patches = Yaml.readAll(text, file + " patch");
        for (ObjectNode p : patches) {
            List<ObjectNode> matched = target != null ? select(objects, target, file) : select(objects, idOf(p), file);
            if (p.has("$patch")) {
                // the one directive implemented: a whole-object `$patch: delete` removes what it matches
                if (!"delete".equals(p.path("$patch").asText()) || p.size() != 4 || !p.has("metadata")
                        || p.path("metadata").size() != 1) {
                    throw new RenderException(file + ": only a `$patch: delete` of a whole object (apiVersion, kind, "
                            + "metadata.name) is supported");
                }
                objects.removeIf(o -> matched.stream().anyMatch(m -> m == o));
                continue;
            }
            for (ObjectNode o : matched) {
                if (KubernetesSchemas.isBuiltIn(Resources.apiVersion(o), Resources.kind(o))) {
                    // Kustomize merges lists of built-in kinds by their patch merge keys: not implemented here
                    StrategicMerge.requireNoLists(p, file + " -> " + Resources.id(o));
                }
                ObjectNode body = p.deepCopy();
                body.remove("apiVersion");
                body.remove("kind");
                ObjectNode meta = (ObjectNode) body.path("metadata");
                if (meta != null && meta.isObject()) {
                    meta.remove("name");
                    meta.remove("namespace");
                }
                StrategicMerge.merge(o, body, file + " -> " + Resources.id(o));
            }
        }
    }

    private static ObjectNode idOf(ObjectNode patch) {
        ObjectNode t = Yaml.JSON.createObjectNode();
        t.put("kind", Resources.kind(patch));
        t.put("name", Resources.name(patch));
        t.put("group", Resources.group(patch));
        return t;
    }

    private static List<ObjectNode> select(List<ObjectNode> objects, JsonNode target, Path file) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode o : objects) {
            if (matches(target, "group", Resources.group(o)) && matches(target, "version", Resources.version(o))
                    && matches(target, "kind", Resources.kind(o)) && matches(target, "name", Resources.name(o))
                    && labelsMatch(target.path("labelSelector").asText(""), Resources.labels(o), file)) {
                out.add(o);
            }
        }
        if (out.isEmpty()) {
            throw new RenderException(file + ": patch target " + target + " matches nothing");
        }
        return out;
    }

    private static boolean matches(JsonNode target, String field, String value) {
        JsonNode want = target.get(field);
        return want == null || Pattern.matches(want.asText(), value);
    }

    private static boolean labelsMatch(String selector, Map<String, String> labels, Path file) {
        if (selector.isBlank()) {
            return true;
        }
        for (String term : selector.split(",")) {
            String[] kv = term.trim().split("=", -1);
            if (kv.length != 2 || kv[0].endsWith("!") || kv[1].startsWith("=")) {
                throw new RenderException(file + ": only key=value label selectors are supported: " + selector);
            }
            if (!kv[1].equals(labels.get(kv[0]))) {
                return false;
            }
        }
        return true;
    }

    // ---- images

    private static int setImages(JsonNode node, JsonNode image) {
        int hits = 0;
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if ((e.getKey().equals("containers") || e.getKey().equals("initContainers")) && e.getValue().isArray()) {
                    for (JsonNode c : e.getValue()) {
                        if (c.isObject() && c.has("image") && imageName(c.get("image").asText())
                                .equals(image.path("name").asText())) {
                            ((ObjectNode) c).set("image", TextNode.valueOf(newImage(c.get("image").asText(), image)));
                            hits++;
                        }
                    }
                } else {
                    hits += setImages(e.getValue(), image);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode n : node) {
                hits += setImages(n, image);
            }
        }
        return hits;
    }

    static String imageName(String ref) {
        String s = ref.contains("@") ? ref.substring(0, ref.indexOf('@')) : ref;
        int slash = s.lastIndexOf('/');
        int colon = s.lastIndexOf(':');
        return colon > slash ? s.substring(0, colon) : s;
    }

    private static String newImage(String old, JsonNode image) {
        String name = image.has("newName") ? image.get("newName").asText() : imageName(old);
        if (image.has("digest")) {
            return name + "@" + image.get("digest").asText();
        }
        String rest = old.substring(imageName(old).length());
        if (image.has("newTag")) {
            return name + ":" + image.get("newTag").asText();
        }
        return name + rest;
    }
}
