package uk.org.eelga.platform.api;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import uk.org.eelga.tenancy.api.TenancyApi;

/**
 * Serves the OpenAPI document the build generates from the controllers: the platform's, with tenant administration's
 * (generated in tenant-admin, {@link TenancyApi}) merged in, so there is one document for the whole API.
 */
@Controller("/api/openapi.yml")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class OpenApiController {

    static final String DOCUMENT = "classpath:META-INF/swagger/eelga-member-platform-api-v1.yml";
    static final List<String> MERGED = List.of("classpath:" + TenancyApi.DOCUMENT);

    private final String document;

    OpenApiController(ResourceResolver resources) {
        List<String> others = new ArrayList<>();
        for (String other : MERGED) {
            others.add(read(resources, other));
        }
        document = merge(read(resources, DOCUMENT), others);
    }

    @Get(produces = "application/yaml")
    HttpResponse<String> document() {
        return HttpResponse.ok(document);
    }

    /**
     * The base document with the others' paths, schemas and tags added (paths in order; the base's own schemas and
     * tags win over a same-named one); an operation id already taken gets a number, as the generator does.
     */
    @SuppressWarnings("unchecked")
    static String merge(String base, List<String> others) {
        Yaml yaml = new Yaml();
        Map<String, Object> merged = (Map<String, Object>) yaml.load(base);
        Map<String, Object> paths = new TreeMap<>(map(merged, "paths"));
        Map<String, Object> schemas = map(map(merged, "components"), "schemas");
        List<Object> tags = (List<Object>) merged.computeIfAbsent("tags", key -> new ArrayList<>());
        Set<String> operationIds = new HashSet<>();
        paths.values()
                .forEach(path -> operations(path).forEach(op -> operationIds.add((String) op.get("operationId"))));
        for (String other : others) {
            Map<String, Object> document = (Map<String, Object>) yaml.load(other);
            map(document, "paths").forEach((name, path) -> {
                for (Map<String, Object> operation : operations(path)) {
                    String id = (String) operation.get("operationId");
                    if (id != null) {
                        String unique = id;
                        for (int n = 1; operationIds.contains(unique); n++) {
                            unique = id + "_" + n;
                        }
                        operation.put("operationId", unique);
                        operationIds.add(unique);
                    }
                }
                paths.putIfAbsent(name, path);
            });
            map(map(document, "components"), "schemas").forEach(schemas::putIfAbsent);
            for (Object tag : (List<Object>) document.getOrDefault("tags", List.of())) {
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
        }
        merged.put("paths", new LinkedHashMap<>(paths));
        if (tags.isEmpty()) {
            merged.remove("tags");
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        return new Yaml(options).dump(merged);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> operations(Object path) {
        List<Map<String, Object>> operations = new ArrayList<>();
        for (Object operation : ((Map<String, Object>) path).values()) {
            if (operation instanceof Map<?, ?> map && map.containsKey("responses")) {
                operations.add((Map<String, Object>) operation);
            }
        }
        return operations;
    }

    private static String read(ResourceResolver resources, String location) {
        try (InputStream in = resources
                .getResourceAsStream(location)
                .orElseThrow(() -> new IllegalStateException("OpenAPI document missing: " + location))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
