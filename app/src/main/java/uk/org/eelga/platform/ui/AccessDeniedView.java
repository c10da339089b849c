package uk.org.eelga.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;

/** Shown instead of a page the signed-in user may not open. */
@Route("access-denied")
@PageTitle("You cannot open this page | EELGA member platform")
@PermitAll
@Prototype
public class AccessDeniedView extends VerticalLayout {

    public AccessDeniedView() {
        add(
                new H1("You cannot open this page"),
                new Paragraph("Your role does not give access to this page. If you think it should, "
                        + "ask your council's administrator or the East of England LGA."),
                new Anchor("/", "Go to your home page"));
    }
}
