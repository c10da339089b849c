package uk.org.eelga.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentsTest {

    @Test
    void each_section_is_listed_in_order_and_linked_to_its_heading_which_can_take_focus() {
        H2 services = new H2("Services");
        H2 rates = new H2("Associates' day rates");
        H2 named = new H2("Areas");
        named.setId("areas");

        Contents contents = new Contents(services, rates, named);

        assertThat(contents.getElement().getAttribute("aria-label")).isEqualTo("Contents");
        List<Anchor> links = contents.getElement()
                .getChild(1)
                .getChildren()
                .map(item -> (Anchor) item.getChild(0).getComponent().orElseThrow())
                .toList();
        assertThat(links).extracting(Anchor::getText).containsExactly("Services", "Associates' day rates", "Areas");
        assertThat(links)
                .extracting(Anchor::getHref)
                .containsExactly("#section-services", "#section-associates-day-rates", "#areas");
        assertThat(services.getId()).hasValue("section-services");
        assertThat(List.of(services, rates, named))
                .allSatisfy(
                        h -> assertThat(h.getElement().getAttribute("tabindex")).isEqualTo("-1"));
        // the router leaves the jump to the page (a Vaadin navigation would reopen the page)
        assertThat(links).allSatisfy(a -> assertThat(a.getElement().hasAttribute("router-ignore"))
                .isTrue());
    }
}
