package uk.org.eelga.platform.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.ConstantPool;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.change.NodeChange;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform's NodeChange (app/src/main/java/com/vaadin/flow/internal/change) is the one Vaadin uses, and every
 * change it writes is the node Flow's own route gives: print the older JSON value, parse the text with Jackson
 * ({@link JacksonUtils#mapElemental(JsonObject)}, still in Flow).
 */
@ExtendWith(MockUi.class)
class NodeChangePatchTest {

    @Test
    void vaadin_loads_the_platforms_node_change() {
        assertThat(NodeChange.class.getProtectionDomain().getCodeSource().getLocation())
                .isEqualTo(ElementalToJackson.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation());
    }

    @Test
    void the_changes_of_a_real_page_are_the_nodes_flow_would_write() throws Exception {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().collectChanges(change -> {});
        Span text = new Span("Café \"quoted\" \\ back-slash, tab\t, line\n, emoji \uD83D\uDE00, <b>not bold</b>");
        text.getElement().setProperty("whole", 3).setProperty("fraction", 1.5).setProperty("negative", -42.25);
        text.getElement()
                .setProperty("big", 12_345_678.0)
                .setProperty("huge", 1e21)
                .setProperty("tiny", 0.0001);
        text.getElement().setProperty("flag", true).setAttribute("aria-label", "Bulletins for 1 April 2027");
        JsonObject nested = Json.createObject();
        nested.put("list", arrayOf(1, 2.5, -0.0, 1e7));
        nested.put("none", Json.createNull());
        text.getElement().setPropertyJson("nested", nested);
        Element list = new Element("ul");
        for (int i = 0; i < 30; i++) {
            list.appendChild(new Element("li").setText("Row " + i).setProperty("index", i));
        }
        ui.add(text, new Anchor("councils/42", "Norwich City Council"));
        ui.getElement().appendChild(list);

        assertThat(sameAsFlow(ui)).as("changes that attach the page").isGreaterThan(40);

        list.removeChild(list.getChild(0), list.getChild(1), list.getChild(2));
        list.getChild(3).setText("Renamed").removeProperty("index");
        text.getElement().removeAttribute("aria-label");
        ui.remove(text);
        assertThat(sameAsFlow(ui)).as("changes that detach, remove and rename").isGreaterThan(4);
    }

    /** Compares each pending change with Flow's own route; returns how many there were. */
    private static int sameAsFlow(UI ui) throws Exception {
        List<NodeChange> changes = new ArrayList<>();
        ui.getInternals().getStateTree().collectChanges(changes::add);
        ConstantPool pool = ui.getInternals().getConstantPool();
        for (NodeChange change : changes) {
            assertThat(change.toJson(pool))
                    .as(change.getClass().getSimpleName())
                    .isEqualTo(flowsRoute(change, pool));
        }
        return changes.size();
    }

    @Test
    void numbers_convert_as_printing_and_parsing_them_does() {
        Random random = new Random(20261202L);
        List<Double> numbers = new ArrayList<>(List.of(
                0.0,
                -0.0,
                1.0,
                -1.0,
                9_999_999.0,
                10_000_000.0,
                -10_000_000.0,
                2_147_483_647.0,
                1e21,
                1e-7,
                0.001,
                0.1 + 0.2,
                Double.MAX_VALUE,
                Double.MIN_VALUE,
                Double.NaN,
                Double.POSITIVE_INFINITY));
        for (int i = 0; i < 2_000; i++) {
            numbers.add((double) (random.nextInt() >> random.nextInt(31)));
            numbers.add(random.nextGaussian() * Math.pow(10, random.nextInt(30) - 10));
        }
        for (double number : numbers) {
            JsonObject value = Json.createObject();
            value.put("v", number);
            assertThat(ElementalToJackson.object(value)).as("%s", number).isEqualTo(JacksonUtils.mapElemental(value));
        }
    }

    @Test
    void strings_keep_every_character() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            if (!Character.isSurrogate(c)) {
                all.append(c);
            }
        }
        JsonObject value = Json.createObject();
        value.put("text", all.toString());
        value.put("empty", "");
        value.put("emoji", "\uD83C\uDDEC\uD83C\uDDE7");
        assertThat(ElementalToJackson.object(value)).isEqualTo(JacksonUtils.mapElemental(value));
    }

    private static JsonArray arrayOf(double... numbers) {
        JsonArray array = Json.createArray();
        for (double number : numbers) {
            array.set(array.length(), number);
        }
        return array;
    }

    /** What Flow 24.9's own NodeChange.toJson returned: the same older JSON object, printed and parsed. */
    private static ObjectNode flowsRoute(NodeChange change, ConstantPool pool) throws Exception {
        JsonObject json = Json.createObject();
        json.put("node", change.getNode().getId());
        Method populate = NodeChange.class.getDeclaredMethod("populateJson", JsonObject.class, ConstantPool.class);
        populate.setAccessible(true);
        populate.invoke(change, json, pool);
        return JacksonUtils.mapElemental(json);
    }
}
