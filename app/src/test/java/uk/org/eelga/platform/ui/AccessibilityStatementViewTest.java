package uk.org.eelga.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AccessibilityStatementViewTest {

    @Test
    void the_statement_names_how_to_reach_member_services_where_the_install_sets_it() {
        AccessibilityStatementView view = new AccessibilityStatementView("access@council.example", "01223 000 000");
        assertThat(items(view)).contains("email: access@council.example", "call: 01223 000 000");
        assertThat(all(view).filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                .contains("mailto:access@council.example");
    }

    @Test
    void an_unset_contact_is_left_out_rather_than_shown_empty() {
        AccessibilityStatementView view = new AccessibilityStatementView(" ", "");
        assertThat(items(view)).noneMatch(text -> text.startsWith("email:") || text.startsWith("call:"));
    }

    private static List<String> items(Component root) {
        return all(root)
                .filter(ListItem.class::isInstance)
                .map(c -> c.getElement().getTextRecursively())
                .toList();
    }

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(AccessibilityStatementViewTest::all));
    }
}
