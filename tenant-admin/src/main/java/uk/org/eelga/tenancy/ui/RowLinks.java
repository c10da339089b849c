package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A link in a list's row to a page that takes the row's id: the same element as Vaadin's {@link RouterLink} (an
 * {@code <a>} with {@code router-link}, so following it changes the page without reloading it), made without
 * RouterLink's per-link reflection (issue 13: the links of one list cost more CPU than the rest of its page). Each
 * page's address is looked up once.
 */
public final class RowLinks {

    private static final ClassValue<String> BASES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> view) {
            @SuppressWarnings("unchecked")
            Class<? extends Component> target = (Class<? extends Component>) view;
            return RouteConfiguration.forApplicationScope()
                    .getUrlBase(target)
                    .orElseThrow(() -> new IllegalArgumentException(view.getName() + " is not a page"));
        }
    };

    private RowLinks() {}

    /** A link reading {@code text} to {@code view} for {@code id} (a number or an id of letters, digits and '-'). */
    public static <T, C extends Component & HasUrlParameter<T>> Anchor to(String text, Class<C> view, T id) {
        Anchor link =
                new Anchor(BASES.get(view) + "/" + URLEncoder.encode(String.valueOf(id), StandardCharsets.UTF_8), text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** As {@link #to(String, Class, Object)}, with a query ("period=2017-18", already encoded) the page reads. */
    public static <T, C extends Component & HasUrlParameter<T>> Anchor to(
            String text, Class<C> view, T id, String query) {
        Anchor link = to(text, view, id);
        link.setHref(link.getHref() + "?" + query);
        return link;
    }
}
