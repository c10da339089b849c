package uk.org.eelga.platform.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Editors the person adds and removes again (a survey's sections, a section's questions). */
final class Removable {

    private Removable() {}

    /**
     * Makes an editor with {@code make}, handing it the action that removes it, and adds it to the editors kept for
     * the draft and to the page; returns it.
     */
    static <E extends Component> E add(List<E> kept, HasComponents shown, Function<Runnable, E> make) {
        List<E> made = new ArrayList<>(1);
        E editor = make.apply(() -> {
            kept.remove(made.get(0));
            shown.remove(made.get(0));
        });
        made.add(editor);
        kept.add(editor);
        shown.add(editor);
        return editor;
    }
}
