package uk.org.eelga.bench.heap;

import java.io.File;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import kotlin.sequences.SequencesKt;
import shark.CloseableHeapGraph;
import shark.GcRoot;
import shark.HeapField;
import shark.HeapGraph;
import shark.HeapObject;
import shark.HprofHeapGraph;
import shark.HprofIndex;

/**
 * What the platform's sessions hold, page by page, from a heap dump taken while simulated users are signed in
 * ({@code bench/heap.sh}). Goal 4 of issue 13 is heap per session; the class histogram says how much, this says
 * where: for every UI, the objects reachable from it that nothing outside the sessions reaches (the rest of the
 * platform, "the baseline", is walked first from the JVM's roots without entering a session or a UI), grouped by the
 * page the UI shows. Sizes are shallow sizes plus a 16-byte header per object, as the JVM lays them out on a 64-bit
 * heap with compressed pointers, so totals are close to, not equal to, the histogram's.
 */
public final class HeapByPage {

    private static final int HEADER = 16;
    private static final String UI = "com.vaadin.flow.component.UI";
    private static final String VAADIN_SESSION = "com.vaadin.flow.server.VaadinSession";
    private static final String HTTP_SESSION = "org.eclipse.jetty.server.session.Session";

    private final HeapGraph graph;
    private final BitSet baseline = new BitSet();
    private final BitSet barriers = new BitSet();

    private HeapByPage(HeapGraph graph) {
        this.graph = graph;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: HeapByPage <heap.hprof> [classes per page, default 12]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        try (CloseableHeapGraph graph = HprofHeapGraph.Companion.openHeapGraph(
                new File(args[0]), null, HprofIndex.Companion.defaultIndexedGcRootTags())) {
            new HeapByPage(graph).report(System.out, top);
        }
    }

    /** One group of owners (the UIs of one page, or all Vaadin sessions) and what they hold, class by class. */
    private static final class Held {
        int owners;
        long bytes;
        long objects;
        long stateNodes;
        long lastResponseChars;
        final Map<String, long[]> byClass = new HashMap<>();

        void add(String className, long size) {
            bytes += size;
            objects++;
            long[] c = byClass.computeIfAbsent(className, k -> new long[2]);
            c[0]++;
            c[1] += size;
        }
    }

    private void report(PrintStream out, int top) {
        List<HeapObject.HeapInstance> uis = new ArrayList<>();
        List<HeapObject.HeapInstance> vaadinSessions = new ArrayList<>();
        List<HeapObject.HeapInstance> httpSessions = new ArrayList<>();
        for (HeapObject.HeapInstance instance : SequencesKt.asIterable(graph.getInstances())) {
            if (instance.instanceOf(UI)) {
                uis.add(instance);
            } else if (instance.instanceOf(VAADIN_SESSION)) {
                vaadinSessions.add(instance);
            } else if (instance.instanceOf(HTTP_SESSION)) {
                httpSessions.add(instance);
            } else {
                continue;
            }
            barriers.set(instance.getObjectIndex());
        }
        out.printf(
                "%d UIs, %d Vaadin sessions, %d HTTP sessions%n",
                uis.size(), vaadinSessions.size(), httpSessions.size());

        Held base = walkBaseline();
        out.printf(
                Locale.ROOT,
                "baseline (the platform without sessions): %.1f MB in %d objects%n",
                base.bytes / 1e6,
                base.objects);
        long leaked = base.byClass.getOrDefault("com.vaadin.flow.internal.StateNode", new long[2])[0];
        out.printf("state nodes reachable without a session (held by something outside the sessions): %d%n%n", leaked);

        Map<String, Held> pages = new TreeMap<>();
        Held allUis = new Held();
        for (HeapObject.HeapInstance ui : uis) {
            Held page = pages.computeIfAbsent(route(ui), k -> new Held());
            Held one = walk(ui);
            merge(page, one);
            merge(allUis, one);
            long chars = lastResponseChars(ui);
            page.lastResponseChars += chars;
            allUis.lastResponseChars += chars;
        }
        Held sessions = new Held();
        vaadinSessions.forEach(s -> merge(sessions, walk(s)));
        Held http = new Held();
        httpSessions.forEach(s -> merge(http, walk(s)));

        out.printf(Locale.ROOT, "per HTTP session (without its Vaadin session): %s%n", perOwner(http));
        out.printf(Locale.ROOT, "per Vaadin session (without its UIs):          %s%n", perOwner(sessions));
        out.printf(Locale.ROOT, "per UI, all pages:                             %s%n", perOwner(allUis));
        printClasses(out, allUis, top);
        pages.entrySet().stream()
                .sorted(Comparator.comparingLong(
                        (Map.Entry<String, Held> e) -> -e.getValue().bytes / e.getValue().owners))
                .forEach(e -> {
                    out.printf(Locale.ROOT, "%n== %s: %s%n", e.getKey(), perOwner(e.getValue()));
                    printClasses(out, e.getValue(), top);
                });
    }

    private static String perOwner(Held held) {
        if (held.owners == 0) {
            return "none";
        }
        return String.format(
                Locale.ROOT,
                "%d of them, %.1f KB each (%d objects, %d state nodes, last answer kept %d chars)",
                held.owners,
                held.bytes / 1024.0 / held.owners,
                held.objects / held.owners,
                held.stateNodes / held.owners,
                held.lastResponseChars / held.owners);
    }

    private static void printClasses(PrintStream out, Held held, int top) {
        held.byClass.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[1]))
                .limit(top)
                .forEach(e -> out.printf(
                        Locale.ROOT,
                        "   %8.1f KB %7.1f objects  %s%n",
                        e.getValue()[1] / 1024.0 / held.owners,
                        (double) e.getValue()[0] / held.owners,
                        e.getKey()));
    }

    private static void merge(Held into, Held one) {
        into.owners++;
        into.bytes += one.bytes;
        into.objects += one.objects;
        into.stateNodes += one.stateNodes;
        one.byClass.forEach((k, v) -> {
            long[] c = into.byClass.computeIfAbsent(k, x -> new long[2]);
            c[0] += v[0];
            c[1] += v[1];
        });
    }

    /** Everything the JVM's roots and the loaded classes reach without entering a session or a UI. */
    private Held walkBaseline() {
        Held held = new Held();
        ArrayDeque<HeapObject> queue = new ArrayDeque<>();
        LongConsumer visit = id -> {
            HeapObject o = graph.findObjectByIdOrNull(id);
            if (o != null && !barriers.get(o.getObjectIndex()) && !baseline.get(o.getObjectIndex())) {
                baseline.set(o.getObjectIndex());
                queue.add(o);
            }
        };
        for (GcRoot root : graph.getGcRoots()) {
            visit.accept(root.getId());
        }
        for (HeapObject.HeapClass c : SequencesKt.asIterable(graph.getClasses())) {
            visit.accept(c.getObjectId());
        }
        drain(queue, held, visit);
        return held;
    }

    /** What one owner (a UI, a session) holds that the baseline and the other owners do not. */
    private Held walk(HeapObject.HeapInstance owner) {
        Held held = new Held();
        BitSet seen = new BitSet();
        ArrayDeque<HeapObject> queue = new ArrayDeque<>();
        seen.set(owner.getObjectIndex());
        queue.add(owner);
        LongConsumer visit = id -> {
            HeapObject o = graph.findObjectByIdOrNull(id);
            if (o == null) {
                return;
            }
            int i = o.getObjectIndex();
            if (!seen.get(i) && !baseline.get(i) && !barriers.get(i)) {
                seen.set(i);
                queue.add(o);
            }
        };
        drain(queue, held, visit);
        return held;
    }

    private static void drain(ArrayDeque<HeapObject> queue, Held held, LongConsumer visit) {
        while (!queue.isEmpty()) {
            HeapObject o = queue.poll();
            if (o instanceof HeapObject.HeapInstance instance) {
                String name = instance.getInstanceClassName();
                held.add(name, instance.getByteSize() + HEADER);
                if (name.equals("com.vaadin.flow.internal.StateNode")) {
                    held.stateNodes++;
                }
                for (HeapField field : SequencesKt.asIterable(instance.readFields())) {
                    Long id = field.getValue().getAsNonNullObjectId();
                    if (id != null) {
                        visit.accept(id);
                    }
                }
            } else if (o instanceof HeapObject.HeapObjectArray array) {
                held.add(array.getArrayClassName(), array.readByteSize() + HEADER);
                for (long id : array.readRecord().getElementIds()) {
                    if (id != 0) {
                        visit.accept(id);
                    }
                }
            } else if (o instanceof HeapObject.HeapPrimitiveArray array) {
                held.add(array.getArrayClassName(), array.readByteSize() + HEADER);
            } else if (o instanceof HeapObject.HeapClass c) {
                held.add("java.lang.Class", HEADER);
                for (HeapField field : SequencesKt.asIterable(c.readStaticFields())) {
                    Long id = field.getValue().getAsNonNullObjectId();
                    if (id != null) {
                        visit.accept(id);
                    }
                }
            }
        }
    }

    /** The page a UI shows: the outermost route target of UIInternals' router target chain (the view). */
    private static String route(HeapObject.HeapInstance ui) {
        HeapObject.HeapInstance internals = instanceField(ui, UI, "internals");
        if (internals == null) {
            return "(no internals)";
        }
        HeapField chainField = internals.get("com.vaadin.flow.component.internal.UIInternals", "routerTargetChain");
        HeapObject.HeapInstance chain = chainField == null ? null : chainField.getValueAsInstance();
        if (chain == null) {
            return "(no route)";
        }
        HeapField data = chain.get("java.util.ArrayList", "elementData");
        HeapObject.HeapObjectArray elements = data == null ? null : data.getValueAsObjectArray();
        if (elements == null || elements.readRecord().getElementIds().length == 0) {
            return "(no route)";
        }
        long first = elements.readRecord().getElementIds()[0];
        HeapObject view = first == 0 ? null : ui.getGraph().findObjectByIdOrNull(first);
        return view instanceof HeapObject.HeapInstance v ? v.getInstanceClassName() : "(no route)";
    }

    /** UIInternals keeps the last UIDL answer as a string to resend it if the browser repeats its message. */
    private static long lastResponseChars(HeapObject.HeapInstance ui) {
        HeapObject.HeapInstance internals = instanceField(ui, UI, "internals");
        HeapField field = internals == null
                ? null
                : internals.get("com.vaadin.flow.component.internal.UIInternals", "lastRequestResponse");
        if (field == null || field.getValue().isNullReference()) {
            return 0;
        }
        String text = field.getValue().readAsJavaString();
        return text == null ? 0 : text.length();
    }

    private static HeapObject.HeapInstance instanceField(
            HeapObject.HeapInstance o, String declaringClass, String name) {
        HeapField field = o.get(declaringClass, name);
        return field == null ? null : field.getValueAsInstance();
    }
}
