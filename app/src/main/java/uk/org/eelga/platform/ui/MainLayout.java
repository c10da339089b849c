package uk.org.eelga.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouterLayout;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.Callers;

/**
 * The frame of every signed-in page: a skip link, the header with who is signed in, and the navigation the views
 * declare ({@link Navigation}).
 */
@Layout
@Prototype
public class MainLayout extends AppLayout implements RouterLayout, AfterNavigationObserver {

    static final String MAIN_ID = "main-content";

    private final Div main = new Div();

    public MainLayout() {
        Optional<Caller> user = Callers.find();
        Anchor skip = skipLink();
        Span title = new Span("EELGA member platform");
        title.addClassName("app-title");
        DrawerToggle toggle = new DrawerToggle();
        HorizontalLayout header = new HorizontalLayout(skip, toggle, title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        user.ifPresent(u -> header.add(whoIsSignedIn(u)));
        addToNavbar(header);
        user.ifPresent(u -> addToDrawer(closeMenu(toggle), navigation(u)));
        main.setId(MAIN_ID);
        main.setClassName("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        main.getElement().setAttribute("role", "main");
        Div page = new Div(main, new PageFooter());
        page.addClassName("page");
        setContent(page);
    }

    /**
     * "Skip to main content" that works with the keyboard: the router would treat "#main-content" as a link to
     * another page, so the link is left out of routing and moves focus to the main content itself.
     */
    static Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_ID, "Skip to main content");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement()
                .executeJs(
                        "this.addEventListener('click', e => { e.preventDefault();"
                                + " const main = document.getElementById($0); if (main) { main.focus(); main.scrollIntoView(); } })",
                        MAIN_ID);
        return skip;
    }

    /**
     * On a narrow screen the open menu lies over the page and its own toggle (at 320 pixels it covers the whole
     * width): a button at its top closes it and gives focus back to the toggle. The style shows it only while the
     * menu lies over the page.
     */
    private Button closeMenu(DrawerToggle toggle) {
        Button close = new Button("Close menu", e -> {
            setDrawerOpened(false);
            toggle.focus();
        });
        close.addClassName("close-menu");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return close;
    }

    private static Component whoIsSignedIn(Caller user) {
        String where = user.council() != null ? user.councilName() : "East of England LGA";
        Span who = new Span(user.displayName() + " · " + user.mainRole().label() + ", " + where);
        who.addClassName("signed-in-as");
        Anchor signOut = new Anchor("/auth/logout", "Sign out");
        signOut.getElement().setAttribute("router-ignore", true);
        signOut.addClassName("sign-out");
        HorizontalLayout box = new HorizontalLayout(who, signOut);
        box.addClassName("user-box");
        box.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return box;
    }

    private static SideNav navigation(Caller user) {
        SideNav nav = new SideNav();
        nav.setLabel(user.isAssociationStaff() ? "Association console" : "Council portal");
        nav.getElement().setAttribute("aria-label", "Main navigation");
        Navigation.menuFor(user).forEach(entry -> nav.addItem(new SideNavItem(entry.label(), entry.view())));
        return nav;
    }

    /**
     * After a link to another page (a menu entry, a link in a list, Back), focus moves to the main content, as a new
     * page's load would put a screen reader and the Tab order at its start; otherwise focus stays on the link that
     * no longer leads anywhere, and nothing says the page changed (WCAG 2.4.3). Not on a page's first load (Tab then
     * starts at the skip link) nor when a page changes its own address (a chosen period).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        NavigationTrigger trigger = event.getLocationChangeEvent().getTrigger();
        if (trigger == NavigationTrigger.ROUTER_LINK
                || trigger == NavigationTrigger.CLIENT_SIDE
                || trigger == NavigationTrigger.HISTORY) {
            main.getElement().executeJs("this.focus({preventScroll: true}); window.scrollTo(0, 0);");
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
