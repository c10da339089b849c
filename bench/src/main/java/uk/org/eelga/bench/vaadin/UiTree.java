package uk.org.eelga.bench.vaadin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client's copy of a UI's state tree, kept up to date from the {@code changes} of every UIDL response, as
 * Flow's client does. Node ids, tags, properties (feature 1), attributes (3), listeners (4), children (2) and text
 * (7) are enough to find what a person would click: a side-menu item by its label, a select by its label and an
 * option by its text, a button by its caption.
 */
public final class UiTree {

    /** Flow's node features (com.vaadin.flow.internal.nodefeature.NodeFeatures), as seen in recorded UIDL. */
    static final int ELEMENT_DATA = 0;

    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;
    static final int POLL_CONFIGURATION = 8;
    static final int VIRTUAL_CHILDREN = 24;

    public static final class Node {
        final int id;
        String tag;
        String text;
        int parent = -1;
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, String> listeners = new LinkedHashMap<>();

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            return tag;
        }

        public String attribute(String name) {
            return attributes.get(name);
        }

        public JsonNode property(String name) {
            return properties.get(name);
        }

        public String propertyText(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asText();
        }

        public Map<String, String> listeners() {
            return listeners;
        }

        @Override
        public String toString() {
            return "#" + id + "<" + tag + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<Integer, Integer> polling = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final Set<Integer> attachedInLastResponse = new LinkedHashSet<>();
    private final List<String> textsInLastResponse = new ArrayList<>();

    public void clear() {
        nodes.clear();
        polling.clear();
        constants.clear();
    }

    /** Applies one response's constants and changes; remembers which nodes were attached by it. */
    void apply(JsonNode response) {
        attachedInLastResponse.clear();
        textsInLastResponse.clear();
        JsonNode pool = response.get("constants");
        if (pool != null) {
            pool.fields().forEachRemaining(e -> constants.put(e.getKey(), e.getValue()));
        }
        JsonNode changes = response.get("changes");
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.path("node").asInt(-1);
            if (id < 0) {
                continue;
            }
            String type = change.path("type").asText();
            switch (type) {
                case "attach" -> {
                    nodes.computeIfAbsent(id, Node::new);
                    attachedInLastResponse.add(id);
                }
                case "detach" -> {
                    nodes.remove(id);
                    attachedInLastResponse.remove(id);
                }
                case "put" -> put(node(id), change);
                case "remove" -> remove(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> {
                    List<Integer> list = childList(node(id), change.path("feat").asInt());
                    if (list != null) {
                        list.clear();
                    }
                }
                default -> {}
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void put(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        String key = change.path("key").asText();
        JsonNode value = change.has("value") ? change.get("value") : change.get("nodeValue");
        switch (feature) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asText();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value == null ? null : value.asText());
            case LISTENERS -> node.listeners.put(key, value == null ? null : value.asText());
            case POLL_CONFIGURATION -> {
                if ("pollInterval".equals(key)) {
                    if (value == null || value.asInt(-1) <= 0) {
                        polling.remove(node.id);
                    } else {
                        polling.put(node.id, value.asInt());
                    }
                }
            }
            case TEXT -> {
                node.text = value == null ? null : value.asText();
                if (node.text != null) {
                    textsInLastResponse.add(node.text);
                }
            }
            default -> {}
        }
    }

    private void remove(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        String key = change.path("key").asText();
        switch (feature) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            case LISTENERS -> node.listeners.remove(key);
            default -> {}
        }
    }

    /**
     * The node that asks the browser to poll (the UI, after {@code UI.setPollInterval}) and its interval in
     * milliseconds, or empty when nothing polls.
     */
    public Optional<int[]> polling() {
        return polling.entrySet().stream()
                .filter(entry -> nodes.containsKey(entry.getKey()))
                .findFirst()
                .map(entry -> new int[] {entry.getKey(), entry.getValue()});
    }

    private static List<Integer> childList(Node node, int feature) {
        return feature == CHILDREN ? node.children : feature == VIRTUAL_CHILDREN ? node.virtualChildren : null;
    }

    private void splice(Node node, JsonNode change) {
        List<Integer> list = childList(node, change.path("feat").asInt());
        if (list == null) {
            return;
        }
        int index = change.path("index").asInt();
        int removeCount = change.path("remove").asInt(0);
        for (int i = 0; i < removeCount && index < list.size(); i++) {
            list.remove(index);
        }
        JsonNode add = change.get("addNodes");
        if (add != null) {
            int at = Math.min(index, list.size());
            for (JsonNode child : add) {
                int childId = child.asInt();
                list.add(at++, childId);
                node(childId).parent = node.id;
            }
        }
    }

    /** What the browser keeps locally after sending a property change (the server does not echo it). */
    void setProperty(int id, String name, JsonNode value) {
        Node node = nodes.get(id);
        if (node != null) {
            node.properties.put(name, value);
        }
    }

    public Optional<Node> get(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public int size() {
        return nodes.size();
    }

    JsonNode constant(String key) {
        return constants.get(key);
    }

    List<Node> attachedInLastResponse() {
        return attachedInLastResponse.stream()
                .map(nodes::get)
                .filter(n -> n != null)
                .collect(Collectors.toList());
    }

    List<String> textsInLastResponse() {
        return textsInLastResponse;
    }

    /** Every live node with this tag that hangs from the UI's root (node 1), in document order. */
    public List<Node> byTag(String tag) {
        List<Node> found = new ArrayList<>();
        walk(nodes.get(1), n -> {
            if (tag.equals(n.tag)) {
                found.add(n);
            }
        });
        return found;
    }

    /** The text a person reads in this node: its own text node and its descendants', in order. */
    public String text(Node node) {
        StringBuilder text = new StringBuilder();
        walk(node, n -> {
            if (n.text != null) {
                text.append(n.text);
            }
        });
        return text.toString().trim();
    }

    public List<Node> descendants(Node node, String tag) {
        List<Node> found = new ArrayList<>();
        walk(node, n -> {
            if (n != node && tag.equals(n.tag)) {
                found.add(n);
            }
        });
        return found;
    }

    private void walk(Node node, java.util.function.Consumer<Node> visit) {
        if (node == null) {
            return;
        }
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(node);
        Set<Integer> seen = new java.util.HashSet<>();
        while (!stack.isEmpty()) {
            Node current = stack.pop();
            if (!seen.add(current.id)) {
                continue;
            }
            visit.accept(current);
            List<Integer> all = new ArrayList<>(current.children);
            all.addAll(current.virtualChildren);
            for (int i = all.size() - 1; i >= 0; i--) {
                Node child = nodes.get(all.get(i));
                if (child != null) {
                    stack.push(child);
                }
            }
        }
    }
}
