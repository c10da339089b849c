package uk.org.eelga.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small Kustomize renderer for the features our kustomizations use, so the overlay can be validated where
 * neither {@code kustomize} nor {@code kubectl} is installed: {@code resources} (files and folders),
 * {@code patches} (strategic merge, by the patch's kind and name), {@code namespace}, {@code labels} (without
 * selectors), {@code replicas} and {@code images}. Anything else in a kustomization fails loudly rather than being
 * ignored. {@code ManifestsTest} checks that its output equals {@code kubectl kustomize}'s where that exists.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> SUPPORTED =
            Set.of("apiVersion", "kind", "resources", "patches", "namespace", "labels", "replicas", "images");

    /** Lists whose items strategic merge patches merge by a key (the built-in kinds' patchMergeKey). */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath",
            "imagePullSecrets", "name");

    /** Kinds without a namespace (Kustomize leaves them alone). */
    private static final Set<String> CLUSTER_SCOPED =
            Set.of("Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition");

    private Kustomize() {}

    static List<ObjectNode> build(Path dir) {
        ObjectNode k = (ObjectNode) readAll(dir.resolve("kustomization.yaml")).get(0);
        k.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(dir + ": the test renderer does not support '" + field + "'");
            }
        });
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : k.path("resources")) {
            Path path = dir.resolve(entry.asText()).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(build(path));
            } else {
                for (JsonNode doc : readAll(path)) {
                    resources.add((ObjectNode) doc);
                }
            }
        }
        for (JsonNode patch : k.path("patches")) {
            if (patch.has("target") || !patch.has("path")) {
                throw new IllegalArgumentException(dir + ": only patches by file, matched by kind and name");
            }
            for (JsonNode doc : readAll(dir.resolve(patch.path("path").asText()))) {
                ObjectNode target = find(resources, doc.path("kind").asText(), name(doc));
                boolean builtin = !doc.path("apiVersion").asText().contains(".")
                        || doc.path("apiVersion").asText().contains("k8s.io/");
                merge(target, (ObjectNode) doc, builtin);
            }
        }
        if (k.has("namespace")) {
            for (ObjectNode r : resources) {
                if (!CLUSTER_SCOPED.contains(r.path("kind").asText())) {
                    ((ObjectNode) r.get("metadata"))
                            .put("namespace", k.get("namespace").asText());
                }
            }
        }
        for (JsonNode label : k.path("labels")) {
            if (label.path("includeSelectors").asBoolean(false)
                    || label.path("includeTemplates").asBoolean(false)) {
                throw new IllegalArgumentException(dir + ": labels only without selectors and templates");
            }
            for (ObjectNode r : resources) {
                ObjectNode metadata = (ObjectNode) r.get("metadata");
                ObjectNode labels =
                        metadata.has("labels") ? (ObjectNode) metadata.get("labels") : metadata.putObject("labels");
                label.path("pairs").fields().forEachRemaining(e -> labels.set(e.getKey(), e.getValue()));
            }
        }
        for (JsonNode replicas : k.path("replicas")) {
            ObjectNode target =
                    find(resources, "Deployment", replicas.path("name").asText());
            ((ObjectNode) target.get("spec"))
                    .put("replicas", replicas.path("count").asInt());
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode r : resources) {
                JsonNode pod = r.path("spec").path("template").path("spec");
                for (String list : List.of("containers", "initContainers")) {
                    for (JsonNode c : pod.path(list)) {
                        String current = c.path("image").asText();
                        if (imageName(current).equals(image.path("name").asText())) {
                            String name = image.path("newName").asText(imageName(current));
                            String tag = image.has("digest")
                                    ? "@" + image.get("digest").asText()
                                    : image.has("newTag")
                                            ? ":" + image.get("newTag").asText()
                                            : "";
                            ((ObjectNode) c).put("image", name + tag);
                        }
                    }
                }
            }
        }
        return resources;
    }

    static List<JsonNode> readAll(Path file) {
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(file.toFile())) {
            List<JsonNode> docs = new ArrayList<>();
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    static ObjectNode find(List<ObjectNode> resources, String kind, String name) {
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind) && name(r).equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + kind + " " + name));
    }

    private static String imageName(String image) {
        String withoutDigest = image.split("@")[0];
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    /** Strategic merge: maps merge, null deletes, lists merge by key where the kind defines one, else replace. */
    private static void merge(ObjectNode target, ObjectNode patch, boolean builtin) {
        patch.fields().forEachRemaining(e -> {
            String field = e.getKey();
            JsonNode value = e.getValue();
            JsonNode current = target.get(field);
            if (value.isNull()) {
                target.remove(field);
            } else if (value.isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, (ObjectNode) value, builtin);
            } else if (value.isArray()
                    && current != null
                    && current.isArray()
                    && builtin
                    && MERGE_KEYS.containsKey(field)) {
                mergeList((ArrayNode) current, (ArrayNode) value, MERGE_KEYS.get(field), builtin);
            } else {
                target.set(field, value.deepCopy());
            }
        });
    }

    private static void mergeList(ArrayNode target, ArrayNode patch, String key, boolean builtin) {
        for (JsonNode item : patch) {
            JsonNode match = null;
            for (JsonNode existing : target) {
                if (existing.path(key).equals(item.path(key))) {
                    match = existing;
                }
            }
            if (match == null) {
                target.add(item.deepCopy());
            } else {
                merge((ObjectNode) match, (ObjectNode) item, builtin);
            }
        }
    }
}
