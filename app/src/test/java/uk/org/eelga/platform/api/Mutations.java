package uk.org.eelga.platform.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bad requests made from one good one: every field of the body missing, null, of the wrong type, and given
 * odd values for its kind (huge and odd strings, extreme numbers, extreme and malformed dates, unknown choices);
 * then the whole body malformed, empty or of the wrong content type; then every path id of the wrong shape.
 */
final class Mutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * One request to send. {@code body} null: none; {@code contentType} null: no header. {@code mustRefuse}: no
     * answer but a 4xx is right (a 100,000-character text, a NUL byte, a date in the year 999,999,999).
     */
    record Variant(
            String description, byte[] body, String contentType, Map<String, String> pathValues, boolean mustRefuse) {}

    /** Odd values for a path parameter: wrong shapes and lengths, encodings, injections. */
    static final List<String> ODD_PATH_VALUES = List.of(
            "abc",
            "-1",
            "0",
            "9223372036854775807",
            "99999999999999999999999",
            "a".repeat(61),
            "x".repeat(2000),
            "NORWICH",
            "norwich%00",
            "%F0%9F%98%80",
            "..%2F..%2Fetc",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%27%20or%201%3D1--",
            "%20",
            "1.5",
            "1e3");

    private final OpenApiDocument document;

    Mutations(OpenApiDocument document) {
        this.document = document;
    }

    List<Variant> of(OpenApiDocument.Operation operation, String baseBody, Map<String, String> pathValues) {
        List<Variant> variants = new ArrayList<>();
        if (baseBody != null
                && (baseBody.startsWith("{") || baseBody.startsWith("[")) // a file body gets ofFile's variants
                && operation.body() != null
                && !"string".equals(operation.body().get("type"))) {
            JsonNode base = read(baseBody);
            fields(base, operation.body(), new ArrayList<>(), "", base, variants, pathValues);
            wholeBody(base, variants, pathValues);
        }
        String body = baseBody == null ? "{}" : baseBody;
        contentTypes(body, variants, pathValues);
        junkBodies(baseBody == null, variants, pathValues);
        for (String parameter : operation.pathParameters()) {
            for (String odd : ODD_PATH_VALUES) {
                Map<String, String> values = new java.util.HashMap<>(pathValues);
                values.put(parameter, odd);
                variants.add(new Variant(
                        "path " + parameter + "=" + shorten(odd), bytes(body), "application/json", values, false));
            }
        }
        return variants;
    }

    /**
     * A file body (CSV) made bad in the ways a file goes wrong, sent with the operation's own media type: empty,
     * header only, unknown or wrong columns, an unknown record, NUL bytes, 100,000 characters, the year 999,999,999,
     * invalid UTF-8, a huge file, and the bytes labelled as a spreadsheet or as bare octets.
     */
    static List<Variant> ofFile(String good, String contentType, Map<String, String> p) {
        List<Variant> out = new ArrayList<>();
        String[] lines = good.split("\n", -1);
        String header = lines[0];
        String row = lines[1];
        String[] cells = row.split(",", -1);
        out.add(new Variant("file: empty", new byte[0], contentType, p, false));
        out.add(new Variant("file: header only", bytes(header + "\n"), contentType, p, false));
        out.add(new Variant("file: no header", bytes(row + "\n"), contentType, p, false));
        out.add(new Variant("file: unknown columns", bytes("a,b\n1,2\n"), contentType, p, false));
        out.add(new Variant("file: a short row", bytes(header + "\n" + cells[0] + "\n"), contentType, p, false));
        out.add(new Variant("file: a second row broken", bytes(good + "x,,,\n"), contentType, p, false));
        for (int i = 0; i < cells.length; i++) {
            for (String[] m : new String[][] {
                {"", "empty", "false"},
                {"999999999", "999999999", "false"},
                {"-1", "-1", "false"},
                {"x", "x", "false"},
                {"\"unclosed", "an unclosed quote", "false"},
                {"a\u0000b", "a NUL byte", "true"},
                {"x".repeat(100_000), "100,000 characters", "true"},
                {"999999999-00 Q1", "the year 999,999,999", "period"},
                {"2017-18 Q9", "quarter 9", "false"},
                {"1e400", "1e400", "false"},
                {"' or 1=1 --", "an injection", "false"}
            }) {
                String[] changed = cells.clone();
                changed[i] = m[0];
                // a NUL byte and 100,000 characters are refused in any cell; a year only where a period goes
                boolean mustRefuse =
                        m[2].equals("period") ? header.split(",")[i].equals("period") : m[2].equals("true");
                out.add(new Variant(
                        "file: column " + (i + 1) + " " + m[1],
                        bytes(header + "\n" + String.join(",", changed) + "\n"),
                        contentType,
                        p,
                        mustRefuse));
            }
        }
        byte[] invalid = bytes(good);
        byte[] broken = java.util.Arrays.copyOf(invalid, invalid.length + 2);
        broken[invalid.length] = (byte) 0xC3;
        broken[invalid.length + 1] = (byte) 0x28;
        out.add(new Variant("file: invalid UTF-8", broken, contentType, p, false));
        out.add(new Variant(
                "file: 40,000 wrong rows", bytes(header + "\n" + "x,x,x,x\n".repeat(40_000)), contentType, p, false));
        out.add(new Variant(
                "file: labelled a spreadsheet",
                bytes(good),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                p,
                false));
        out.add(new Variant("file: bare octets", bytes("PK\u0003\u0004junk"), "application/octet-stream", p, false));
        return out;
    }

    private void fields(
            JsonNode node,
            java.util.Map<String, Object> schema,
            List<Object> location,
            String label,
            JsonNode root,
            List<Variant> out,
            Map<String, String> pathValues) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                List<Object> at = append(location, field.getKey());
                String name = label.isEmpty() ? field.getKey() : label + "." + field.getKey();
                Map<String, Object> fieldSchema = document.property(schema, field.getKey());
                out.add(variant(root, at, null, true, name + " missing", false, pathValues));
                values(field.getValue(), fieldSchema, root, at, name, out, pathValues);
                fields(field.getValue(), fieldSchema, at, name, root, out, pathValues);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> at = append(location, 0);
            String name = label + "[0]";
            Map<String, Object> itemSchema = document.items(schema);
            values(node.get(0), itemSchema, root, at, name, out, pathValues);
            fields(node.get(0), itemSchema, at, name, root, out, pathValues);
            secondItemBroken(node, location, label, root, out, pathValues);
        }
    }

    private void values(
            JsonNode base,
            Map<String, Object> schema,
            JsonNode root,
            List<Object> at,
            String name,
            List<Variant> out,
            Map<String, String> pathValues) {
        out.add(variant(root, at, NODES.nullNode(), false, name + " null", false, pathValues));
        String type = schema == null ? null : (String) schema.get("type");
        String format = schema == null ? null : (String) schema.get("format");
        boolean isEnum = schema != null && schema.containsKey("enum");
        if (type == null) {
            type = base.isTextual() ? "string" : base.isBoolean() ? "boolean" : base.isNumber() ? "number" : null;
            type = base.isArray() ? "array" : base.isObject() ? "object" : type;
        }
        if (isEnum) {
            for (JsonNode odd : List.<JsonNode>of(
                    NODES.textNode("NOPE"),
                    NODES.textNode(base.asText().toLowerCase(Locale.ROOT)),
                    NODES.textNode(""),
                    NODES.numberNode(0))) {
                out.add(variant(root, at, odd, false, name + " = " + shorten(odd.toString()), false, pathValues));
            }
            return;
        }
        if ("string".equals(type) && ("date".equals(format) || "date-time".equals(format))) {
            dates("date".equals(format), root, at, name, out, pathValues);
            return;
        }
        switch (type == null ? "" : type) {
            case "string" -> strings(root, at, name, out, pathValues);
            case "integer", "number" -> numbers(root, at, name, out, pathValues);
            case "boolean" -> {
                for (JsonNode odd : List.<JsonNode>of(NODES.textNode("yes"), NODES.numberNode(1), NODES.textNode(""))) {
                    out.add(variant(root, at, odd, false, name + " = " + odd, false, pathValues));
                }
            }
            case "array" -> {
                out.add(variant(root, at, NODES.arrayNode(), false, name + " = []", false, pathValues));
                out.add(variant(root, at, NODES.objectNode(), false, name + " = {}", false, pathValues));
                out.add(variant(root, at, NODES.textNode("x"), false, name + " = \"x\"", false, pathValues));
                out.add(variant(
                        root,
                        at,
                        NODES.arrayNode().add(NODES.nullNode()),
                        false,
                        name + " = [null]",
                        false,
                        pathValues));
                if (!base.isEmpty()) {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i < 2000; i++) {
                        many.add(base.get(0).deepCopy());
                    }
                    out.add(variant(root, at, many, false, name + " with 2000 items", false, pathValues));
                }
            }
            case "object" -> {
                out.add(variant(root, at, NODES.arrayNode(), false, name + " = []", false, pathValues));
                out.add(variant(root, at, NODES.textNode("x"), false, name + " = \"x\"", false, pathValues));
                out.add(variant(root, at, NODES.objectNode(), false, name + " = {}", false, pathValues));
            }
            default -> {}
        }
    }

    /**
     * A good first item followed by a broken second one: whatever the first item wrote must not stay when the
     * second is refused.
     */
    private static void secondItemBroken(
            JsonNode array,
            List<Object> location,
            String label,
            JsonNode root,
            List<Variant> out,
            Map<String, String> p) {
        JsonNode first = array.get(0);
        List<JsonNode> broken = new ArrayList<>(List.of(NODES.nullNode(), NODES.objectNode(), NODES.textNode("x")));
        if (first.isObject()) {
            Iterator<String> names = first.fieldNames();
            while (names.hasNext()) {
                String field = names.next();
                if (first.get(field).isTextual()) {
                    ObjectNode unknown = first.deepCopy();
                    unknown.put(field, "zz-unknown-" + field.toLowerCase(Locale.ROOT));
                    broken.add(unknown);
                    ObjectNode nul = first.deepCopy();
                    nul.put(field, "bad\u0000" + field);
                    broken.add(nul);
                }
            }
        }
        for (JsonNode second : broken) {
            ArrayNode pair = NODES.arrayNode().add(first.deepCopy()).add(second);
            byte[] body = location.isEmpty()
                    ? bytes(pair.toString())
                    : variant(root, location, pair, false, "", false, p).body();
            out.add(new Variant(
                    label + "[1] broken after a good [0]: " + shorten(second.toString()),
                    body,
                    "application/json",
                    p,
                    false));
        }
    }

    private static void strings(JsonNode root, List<Object> at, String name, List<Variant> out, Map<String, String> p) {
        Object[][] odd = {
            {"", false, "empty"},
            {"   ", false, "blank"},
            {"x".repeat(100_000), true, "100,000 characters"},
            {"before\u0000after", true, "a NUL byte"},
            {"bell\u0007escape\u001b", true, "control characters"},
            {"\u202Eevil\u202C and \u200Fmark", false, "RTL override and mark"},
            {"😀👨‍👩‍👧‍👦🏴󠁧󠁢󠁳󠁣󠁴󠁿", false, "emoji"},
            {"'; drop table council; --", false, "SQL"},
            {"<script>alert(1)</script><img src=x onerror=alert(2)>", false, "HTML"},
            {"\uD800", false, "a lone surrogate"},
            {"é".repeat(5000), false, "5,000 accented characters"},
        };
        for (Object[] o : odd) {
            out.add(variant(root, at, NODES.textNode((String) o[0]), false, name + " = " + o[2], (boolean) o[1], p));
        }
        out.add(variant(root, at, NODES.numberNode(12345), false, name + " = 12345", false, p));
        out.add(variant(root, at, NODES.booleanNode(true), false, name + " = true", false, p));
        out.add(variant(root, at, NODES.arrayNode().add("a"), false, name + " = [\"a\"]", false, p));
        out.add(variant(root, at, NODES.objectNode().put("a", 1), false, name + " = {\"a\":1}", false, p));
    }

    private static void numbers(JsonNode root, List<Object> at, String name, List<Variant> out, Map<String, String> p) {
        List<JsonNode> odd = List.of(
                NODES.numberNode(Long.MAX_VALUE),
                NODES.numberNode(Long.MIN_VALUE),
                NODES.numberNode(-1),
                NODES.numberNode(0),
                NODES.numberNode(1e308),
                NODES.numberNode(-1e308),
                NODES.numberNode(1.5),
                NODES.numberNode(new BigInteger("99999999999999999999999999")),
                NODES.textNode("NaN"),
                NODES.textNode("Infinity"),
                NODES.textNode("12"),
                NODES.textNode("abc"),
                NODES.booleanNode(true),
                NODES.arrayNode().add(1));
        for (JsonNode value : odd) {
            out.add(variant(root, at, value, false, name + " = " + shorten(value.toString()), false, p));
        }
    }

    private static void dates(
            boolean dateOnly, JsonNode root, List<Object> at, String name, List<Variant> out, Map<String, String> p) {
        String time = dateOnly ? "" : "T09:00:00Z";
        Object[][] odd = {
            {"+999999999-12-31" + time, true},
            {"-999999999-01-01" + time, true},
            {"0000-01-01" + time, true},
            {"1900-01-01" + time, false},
            {"2999-12-31" + time, false},
            {"2025-02-30" + time, false},
            {"2025-13-01" + time, false},
            {dateOnly ? "2025-01-01T09:00:00Z" : "2025-01-01", false},
            {"31/12/2025", false},
            {"tomorrow", false},
            {"", false},
        };
        for (Object[] o : odd) {
            out.add(variant(root, at, NODES.textNode((String) o[0]), false, name + " = " + o[0], (boolean) o[1], p));
        }
        out.add(variant(root, at, NODES.numberNode(1e308), false, name + " = 1e308", false, p));
        out.add(variant(root, at, NODES.numberNode(Long.MAX_VALUE), false, name + " = Long.MAX", false, p));
    }

    private static void wholeBody(JsonNode base, List<Variant> out, Map<String, String> p) {
        String good = base.toString();
        String[][] malformed = {
            {"{", "an unclosed object"},
            {"{\"a\":", "a value missing"},
            {"[", "an unclosed array"},
            {"{\"a\" 1}", "a colon missing"},
            {"nul", "a bad literal"},
            {good + "}}}", "trailing garbage"},
            {good.substring(0, good.length() / 2), "cut in the middle"},
            {"[".repeat(5000) + "]".repeat(5000), "5,000 nested arrays"},
            {"{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "3,000 nested objects"},
            {"null", "JSON null"},
            {"\"text\"", "a JSON string"},
            {"123", "a JSON number"},
            {base.isArray() ? "{}" : "[]", "the wrong kind of JSON value"},
            {"\uFEFF" + good, "a byte-order mark"},
        };
        for (String[] m : malformed) {
            out.add(new Variant("body: " + m[1], bytes(m[0]), "application/json", p, false));
        }
        byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        out.add(new Variant("body: invalid UTF-8", invalidUtf8, "application/json", p, false));
        if (base.isObject()) {
            ObjectNode extra = base.deepCopy();
            extra.put("unexpectedField", "x");
            out.add(new Variant("body: an unknown field", bytes(extra.toString()), "application/json", p, false));
        }
    }

    private static void contentTypes(String body, List<Variant> out, Map<String, String> p) {
        out.add(new Variant("no Content-Type", bytes(body), null, p, false));
        for (String type : List.of(
                "",
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/json; charset=nope",
                ";;;",
                "application/json, text/plain",
                "application/json; charset=utf-16")) {
            out.add(new Variant("Content-Type \"" + type + "\"", bytes(body), type, p, false));
        }
    }

    private static void junkBodies(boolean noBodyExpected, List<Variant> out, Map<String, String> p) {
        out.add(new Variant("empty body", new byte[0], "application/json", p, false));
        out.add(new Variant("empty body, no Content-Type", new byte[0], null, p, false));
        out.add(new Variant("no body at all", null, null, p, false));
        if (noBodyExpected) {
            out.add(new Variant("an unexpected body", bytes("{\"a\":1}"), "application/json", p, false));
            out.add(new Variant("an unexpected malformed body", bytes("{"), "application/json", p, false));
            out.add(new Variant(
                    "an unexpected 900 KB body",
                    bytes("\"" + "x".repeat(900_000) + "\""),
                    "application/json",
                    p,
                    false));
        }
    }

    private static Variant variant(
            JsonNode root,
            List<Object> at,
            JsonNode value,
            boolean remove,
            String description,
            boolean mustRefuse,
            Map<String, String> pathValues) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < at.size() - 1; i++) {
            Object step = at.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = at.get(at.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value == null ? NODES.nullNode() : value);
        } else if (remove) {
            ((ObjectNode) parent).remove((String) last);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return new Variant(description, bytes(copy.toString()), "application/json", pathValues, mustRefuse);
    }

    private static List<Object> append(List<Object> location, Object step) {
        List<Object> at = new ArrayList<>(location);
        at.add(step);
        return at;
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Base body is not JSON: " + json, e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
