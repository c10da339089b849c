package uk.org.eelga.platform.support;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.ui.AccessibilityStatementView;
import uk.org.eelga.platform.ui.AccessibilityStatementView.KnownProblem;

/**
 * Deque's axe-core in the page, checking WCAG 2.2 A and AA. Only the problems the accessibility statement lists
 * ({@link AccessibilityStatementView#KNOWN_AXE_EXCEPTIONS}: a rule inside a named Vaadin component) are let
 * through; the statement and the test cannot drift apart.
 */
public final class Axe {

    private static final String SOURCE = load();
    private static final String RUN = "async () => { const r = await axe.run(document, {runOnly: {type: 'tag',"
            + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}, resultTypes: ['violations']});"
            + " return r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n =>"
            + " JSON.stringify(n.target) + ' ' + n.html.substring(0, 200))})); }";

    private Axe() {}

    /** Every violation on the page now, one line per element, minus the documented ones. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
        }
        List<String> found = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) page.evaluate(RUN)) {
            String rule = (String) violation.get("id");
            for (String node : (List<String>) violation.get("nodes")) {
                if (!documented(rule, node)) {
                    found.add(page.url() + " [" + rule + "] " + violation.get("help") + ": " + node);
                }
            }
        }
        return found;
    }

    static boolean documented(String rule, String node) {
        for (KnownProblem known : AccessibilityStatementView.KNOWN_AXE_EXCEPTIONS) {
            if (known.axeRule().equals(rule)) {
                for (String component : known.where().split(",\\s*")) {
                    if (node.contains("\"" + component + "\"")
                            || node.contains("\"" + component + " ")
                            || node.contains("\"" + component + "[")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
