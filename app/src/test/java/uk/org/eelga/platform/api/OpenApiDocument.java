package uk.org.eelga.platform.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The platform's OpenAPI document as the API serves it: its write operations and their body schemas. */
final class OpenApiDocument {

    /** One POST or PUT operation: its path template, path parameters and body schema (null: no body). */
    record Operation(String method, String path, List<String> pathParameters, Map<String, Object> body) {
        String name() {
            return method + " " + path;
        }
    }

    private final Map<String, Object> document;

    @SuppressWarnings("unchecked")
    OpenApiDocument(String yaml) {
        this.document = (Map<String, Object>) new Yaml().load(yaml);
    }

    @SuppressWarnings("unchecked")
    List<Operation> writes() {
        List<Operation> found = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!op.getKey().equals("post") && !op.getKey().equals("put")) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                List<String> parameters = new ArrayList<>();
                for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                    Map<String, Object> parameter = (Map<String, Object>) p;
                    if ("path".equals(parameter.get("in"))) {
                        parameters.add((String) parameter.get("name"));
                    }
                }
                Map<String, Object> body = null;
                Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
                if (requestBody != null) {
                    Map<String, Object> content = (Map<String, Object>) requestBody.get("content");
                    Map<String, Object> media =
                            (Map<String, Object>) content.values().iterator().next();
                    body = resolve((Map<String, Object>) media.get("schema"));
                }
                found.add(new Operation(op.getKey().toUpperCase(), path.getKey(), parameters, body));
            }
        }
        return found;
    }

    /** One GET operation: its path template and its path and query parameters with their schemas. */
    record Read(String path, Map<String, Map<String, Object>> pathParameters, Map<String, Map<String, Object>> query) {}

    @SuppressWarnings("unchecked")
    List<Read> reads() {
        List<Read> found = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) path.getValue()).get("get");
            if (operation == null) {
                continue;
            }
            Map<String, Map<String, Object>> inPath = new LinkedHashMap<>();
            Map<String, Map<String, Object>> inQuery = new LinkedHashMap<>();
            for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                Map<String, Object> parameter = (Map<String, Object>) p;
                Map<String, Object> schema = resolve((Map<String, Object>) parameter.get("schema"));
                if ("path".equals(parameter.get("in"))) {
                    inPath.put((String) parameter.get("name"), schema);
                } else if ("query".equals(parameter.get("in"))) {
                    inQuery.put((String) parameter.get("name"), schema);
                }
            }
            found.add(new Read(path.getKey(), inPath, inQuery));
        }
        return found;
    }

    /** The schema with its {@code $ref} followed (and {@code allOf} of one reference, as nullable refs come). */
    @SuppressWarnings("unchecked")
    Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema == null) {
            return null;
        }
        Map<String, Object> resolved = schema;
        int depth = 0;
        while (depth++ < 10) {
            if (resolved.containsKey("$ref")) {
                String name = ((String) resolved.get("$ref")).substring("#/components/schemas/".length());
                Map<String, Object> schemas =
                        (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
                Map<String, Object> target = new LinkedHashMap<>((Map<String, Object>) schemas.get(name));
                if (resolved.containsKey("nullable")) {
                    target.put("nullable", resolved.get("nullable"));
                }
                resolved = target;
            } else if (resolved.containsKey("allOf")) {
                List<Object> all = (List<Object>) resolved.get("allOf");
                Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) all.get(0));
                merged.putAll(resolved);
                merged.remove("allOf");
                resolved = merged;
            } else {
                return resolved;
            }
        }
        return resolved;
    }

    /** The schema of a property of an object schema, resolved; null when the schema does not name it. */
    @SuppressWarnings("unchecked")
    Map<String, Object> property(Map<String, Object> objectSchema, String name) {
        if (objectSchema == null) {
            return null;
        }
        Map<String, Object> properties = (Map<String, Object>) objectSchema.get("properties");
        if (properties == null || !properties.containsKey(name)) {
            return null;
        }
        return resolve((Map<String, Object>) properties.get(name));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> items(Map<String, Object> arraySchema) {
        return arraySchema == null ? null : resolve((Map<String, Object>) arraySchema.get("items"));
    }

    @SuppressWarnings("unchecked")
    static List<String> propertyNames(Map<String, Object> objectSchema) {
        Map<String, Object> properties =
                objectSchema == null ? null : (Map<String, Object>) objectSchema.get("properties");
        return properties == null ? List.of() : List.copyOf(properties.keySet());
    }
}
