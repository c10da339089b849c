package uk.org.eelga.platform.framework;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A measure's live-kind parameters as stored: one "name=value" per line. */
final class LiveParameters {

    private LiveParameters() {}

    static Map<String, String> parse(String stored) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (stored != null) {
            for (String line : stored.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    parameters.put(
                            line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
        }
        return parameters;
    }

    static String format(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace('\n', ' '))
                .collect(Collectors.joining("\n"));
    }
}
