package uk.org.eelga.platform.vaadin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonValue;

/**
 * Turns Vaadin's older JSON values into Jackson nodes by walking them, giving the nodes Flow 24.9 gets by printing
 * the value and parsing the text again ({@code JacksonUtils.mapElemental}). Under load that print-and-parse was a
 * sixth of the platform's CPU and a third of what it allocated, on every change of every round trip; see
 * {@code com.vaadin.flow.internal.change.NodeChange} in this module and bench/README.md.
 */
public final class ElementalToJackson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Below this, a whole number prints without an exponent, so parsing the printed text gives an int node. */
    private static final double PLAIN_WHOLE_NUMBER_LIMIT = 1e7;

    private ElementalToJackson() {}

    public static ObjectNode object(JsonObject source) {
        ObjectNode target = NODES.objectNode();
        for (String key : source.keys()) {
            target.set(key, node(source.get(key)));
        }
        return target;
    }

    public static ArrayNode array(JsonArray source) {
        ArrayNode target = NODES.arrayNode(source.length());
        for (int i = 0; i < source.length(); i++) {
            target.add(node(source.get(i)));
        }
        return target;
    }

    public static JsonNode node(JsonValue value) {
        if (value == null) {
            return NODES.nullNode();
        }
        switch (value.getType()) {
            case OBJECT:
                return object((JsonObject) value);
            case ARRAY:
                return array((JsonArray) value);
            case STRING:
                return NODES.textNode(value.asString());
            case BOOLEAN:
                return NODES.booleanNode(value.asBoolean());
            case NUMBER:
                return number(value.asNumber());
            default:
                return NODES.nullNode();
        }
    }

    /**
     * The node parsing the printed number would give: elemental prints NaN and the infinities as null and a whole
     * number as an integer ({@code Double.toString} without its ".0"), which Jackson reads as an int; anything else
     * (fractions, exponents) it reads as a double.
     */
    private static JsonNode number(double number) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return NODES.nullNode();
        }
        if (number == Math.rint(number) && Math.abs(number) < PLAIN_WHOLE_NUMBER_LIMIT) {
            return NODES.numberNode((int) number);
        }
        return NODES.numberNode(number);
    }
}
