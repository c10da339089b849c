package uk.org.eelga.platform.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import uk.org.eelga.platform.framework.FrameworkDraft.ActionDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.MeasureDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.OutcomeDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.ThemeDraft;

/**
 * Reads a framework data file (see src/main/resources/framework/*.yaml for the format). Numbers left out are
 * given in document order (theme "3", outcome "3.2", action "3.2.1").
 */
public final class FrameworkYaml {

    private FrameworkYaml() {}

    public static FrameworkDraft read(InputStream in, String source) {
        try (in) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<ThemeDraft> themes = new ArrayList<>();
            int t = 0;
            for (Map<String, Object> theme : list(root, "themes")) {
                t++;
                String themeNumber = text(theme, "number", String.valueOf(t));
                List<OutcomeDraft> outcomes = new ArrayList<>();
                int o = 0;
                for (Map<String, Object> outcome : list(theme, "outcomes")) {
                    o++;
                    String outcomeNumber = text(outcome, "number", themeNumber + "." + o);
                    List<ActionDraft> actions = new ArrayList<>();
                    int a = 0;
                    for (Map<String, Object> action : list(outcome, "actions")) {
                        a++;
                        actions.add(new ActionDraft(
                                text(action, "number", outcomeNumber + "." + a),
                                required(action, "text"),
                                text(action, "mechanism", null),
                                ServiceArea.valueOf(required(action, "serviceArea")),
                                text(action, "commentary", null),
                                list(action, "measures").stream()
                                        .map(FrameworkYaml::measure)
                                        .toList()));
                    }
                    outcomes.add(new OutcomeDraft(outcomeNumber, required(outcome, "text"), actions));
                }
                themes.add(new ThemeDraft(themeNumber, required(theme, "title"), outcomes));
            }
            return new FrameworkDraft(required(root, "year"), required(root, "title"), source, themes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static MeasureDraft measure(Map<String, Object> m) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String kind = null;
        Object live = m.get("live");
        if (live instanceof Map) {
            Map<String, Object> liveMap = (Map<String, Object>) live;
            kind = String.valueOf(liveMap.get("kind"));
            liveMap.forEach((k, v) -> {
                if (!"kind".equals(k)) {
                    parameters.put(k, String.valueOf(v));
                }
            });
        }
        String targetDate = text(m, "targetDate", null);
        return new MeasureDraft(
                required(m, "description"),
                TargetType.valueOf(required(m, "type")),
                decimal(m, "target"),
                targetDate == null ? null : LocalDate.parse(targetDate),
                decimal(m, "baseline"),
                text(m, "baselineNote", null),
                required(m, "frequency"),
                text(m, "source", null),
                text(m, "owner", null),
                Direction.valueOf(text(m, "direction", Direction.HIGHER_IS_BETTER.name())),
                decimal(m, "tolerance") == null ? BigDecimal.ZERO : decimal(m, "tolerance"),
                kind,
                parameters,
                text(m, "manual", null));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static String required(Map<String, Object> map, String key) {
        String value = text(map, key, null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + key + " in " + map);
        }
        return value;
    }

    private static String text(Map<String, Object> map, String key, String fallback) {
        Object value = map.get(key);
        return value == null ? fallback : String.valueOf(value).trim();
    }

    private static BigDecimal decimal(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : new BigDecimal(String.valueOf(value));
    }
}
