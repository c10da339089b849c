package uk.org.eelga.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The operators' CRD schemas vendored in {@code schemas/} (see its README), applied as the API server would: an
 * object with declared properties takes no others (the API server prunes them, {@code kubectl apply} with strict
 * field validation refuses them) unless it preserves unknown fields; int-or-string and nullable as in
 * Kubernetes. Validated with networknt's JSON-schema validator.
 */
final class CrdSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, JsonSchema> byType = new HashMap<>();
    private final Map<String, JsonNode> sources = new HashMap<>();

    CrdSchemas(Path dir) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode doc = JSON.readTree(file.toFile());
                String type =
                        doc.get("apiVersion").asText() + " " + doc.get("kind").asText();
                ObjectNode root = (ObjectNode) doc.get("openAPIV3Schema").deepCopy();
                // Every object has these, whether or not the CRD's generator wrote them down.
                ObjectNode properties = root.with("properties");
                properties.putIfAbsent("apiVersion", JSON.createObjectNode().put("type", "string"));
                properties.putIfAbsent("kind", JSON.createObjectNode().put("type", "string"));
                properties.putIfAbsent("metadata", JSON.createObjectNode().put("type", "object"));
                byType.put(type, factory.getSchema(kubernetesStyle(root)));
                sources.put(type, doc.get("source"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean knows(String apiVersion, String kind) {
        return byType.containsKey(apiVersion + " " + kind);
    }

    JsonNode source(String apiVersion, String kind) {
        return sources.get(apiVersion + " " + kind);
    }

    /** What is wrong with a custom resource (empty when nothing). */
    List<String> problems(JsonNode resource) {
        String type = resource.path("apiVersion").asText() + " "
                + resource.path("kind").asText();
        JsonSchema schema = byType.get(type);
        if (schema == null) {
            return List.of("no vendored schema for " + type);
        }
        return schema.validate(resource).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    private static JsonNode kubernetesStyle(JsonNode node) {
        if (node.isArray()) {
            node.forEach(CrdSchemas::kubernetesStyle);
        } else if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            // Formats such as int32 or date-time are not enforced by the API server's structural schema either.
            o.remove("format");
            if (o.path("x-kubernetes-int-or-string").asBoolean(false)) {
                o.remove("type");
                if (!o.has("anyOf")) {
                    ArrayNode any = o.putArray("anyOf");
                    any.addObject().put("type", "integer");
                    any.addObject().put("type", "string");
                }
            }
            if (o.path("nullable").asBoolean(false)
                    && o.has("type")
                    && o.get("type").isTextual()) {
                ArrayNode types =
                        JSON.createArrayNode().add(o.get("type").asText()).add("null");
                o.set("type", types);
            }
            if (o.has("properties")
                    && !o.has("additionalProperties")
                    && !o.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                o.put("additionalProperties", false);
            }
            o.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("enum")
                        && !e.getKey().equals("default")
                        && !e.getKey().equals("example")) {
                    kubernetesStyle(e.getValue());
                }
            });
        }
        return node;
    }
}
