package uk.org.eelga.platform.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The index the production jar carries gives Vaadin's initialisers exactly what the class scan gives them. */
class VaadinClassScanTest {

    @Test
    void a_start_from_the_index_hands_every_initialiser_the_classes_the_scan_finds() throws Exception {
        VaadinClassScan.Found scanned = VaadinClassScan.find(false);
        Map<String, Set<String>> index = VaadinClassScan.index();
        Map<String, Set<String>> read =
                VaadinClassScan.parseIndex(new BufferedReader(new StringReader(VaadinClassScan.indexText(index))));
        VaadinClassScan.Found fromIndex =
                VaadinClassScan.fromIndex(read, VaadinClassScan.class.getClassLoader(), System.nanoTime(), false);

        assertThat(read).isEqualTo(index);
        assertThat(byName(fromIndex)).isEqualTo(byName(scanned));
        assertThat(fromIndex.initializers())
                .extracting(each -> each.initializer().getClass().getName())
                .as("in the service files' order, as the scan calls them")
                .containsExactlyElementsOf(scanned.initializers().stream()
                        .map(each -> each.initializer().getClass().getName())
                        .toList());
        assertThat(index.get("com.vaadin.flow.server.startup.RouteRegistryInitializer"))
                .as("the platform's pages are among the routes")
                .contains("uk.org.eelga.platform.billing.ui.InvoicesPortalView");
    }

    @Test
    void an_initialiser_without_classes_and_blank_lines_survive_the_round_trip() throws Exception {
        Map<String, Set<String>> index = new TreeMap<>();
        index.put("com.vaadin.A", new TreeSet<>());
        index.put("com.vaadin.B", new TreeSet<>(Set.of("x.One", "x.Two")));
        String text = VaadinClassScan.indexText(index) + "\n\n";

        assertThat(VaadinClassScan.parseIndex(new BufferedReader(new StringReader(text))))
                .isEqualTo(index);
    }

    private static Map<String, Set<String>> byName(VaadinClassScan.Found found) {
        Map<String, Set<String>> names = new TreeMap<>();
        for (VaadinClassScan.Initializer each : found.initializers()) {
            Set<String> types = new TreeSet<>();
            each.handledTypes().forEach(type -> types.add(type.getName()));
            names.put(each.initializer().getClass().getName(), types);
        }
        return names;
    }
}
