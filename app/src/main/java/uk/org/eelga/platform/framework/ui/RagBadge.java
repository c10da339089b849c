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
        badge.getStyle()
                .set("padding", "0 0.5em")
                .set("border-radius", "0.75em")
                .set("font-weight", "600")
                .set("border", "1px solid currentColor")
                .set("background", background(rag))
                .set("color", colour(rag));
        return badge;
    }

    private static String background(Rag rag) {
        switch (rag) {
            case RED:
                return "#fde2e0";
            case AMBER:
                return "#fff1c7";
            case GREEN:
                return "#dcf3e6";
            default:
                return "#eeeeee";
        }
    }

    private static String colour(Rag rag) {
        switch (rag) {
            case RED:
                return "#8a1c12";
            case AMBER:
                return "#6b4b00";
            case GREEN:
                return "#0f5a32";
            default:
                return "#333333";
        }
    }
}
