package uk.org.eelga.platform.framework.ui;

import com.vaadin.flow.component.html.Span;
import uk.org.eelga.platform.framework.Rag;

/** A RAG badge that says its letter and word (never colour alone) and carries them for screen readers. */
final class RagBadge {

    private RagBadge() {}

    /** "Red", "Amber", "Green" or "Not rated". */
    static String word(Rag rag) {
        return rag == Rag.NOT_RATED
                ? "Not rated"
                : rag.name().charAt(0) + rag.name().substring(1).toLowerCase();
    }

    static Span of(Rag rag) {
        String word = word(rag);
        Span badge = new Span(rag.letter() + " " + word);
        badge.getElement().setAttribute("title", rag.words());
        badge.getElement().setAttribute("aria-label", rag.words());
        badge.addClassName("rag-" + rag.name().toLowerCase());
        String[] colours = colours(rag);
        badge.getStyle()
                .set("padding", "0 0.5em")
                .set("border-radius", "0.75em")
                .set("font-weight", "600")
                .set("border", "1px solid currentColor")
                .set("background", colours[1])
                .set("color", colours[0]);
        return badge;
    }

    /** Text on background, each pair at a contrast of 4.5:1 or more. */
    private static String[] colours(Rag rag) {
        return switch (rag) {
            case RED -> new String[] {"#8a1c12", "#fde2e0"};
            case AMBER -> new String[] {"#6b4b00", "#fff1c7"};
            case GREEN -> new String[] {"#0f5a32", "#dcf3e6"};
            default -> new String[] {"#333333", "#eeeeee"};
        };
    }
}
