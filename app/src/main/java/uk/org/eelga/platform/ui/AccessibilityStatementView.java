package uk.org.eelga.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Value;
import java.util.List;
import uk.org.eelga.tenancy.ui.Page;

/**
 * The accessibility statement UK public-sector websites must publish (Public Sector Bodies Accessibility
 * Regulations 2018), following GOV.UK's model statement. Open to everyone, signed in or not. The known problems
 * listed here are the ones the end-to-end accessibility checks allow ({@link #KNOWN_AXE_EXCEPTIONS}); anything
 * else they find fails the build.
 */
@Route(AccessibilityStatementView.PATH)
@PageTitle("Accessibility statement | EELGA member platform")
@AnonymousAllowed
@Prototype
public class AccessibilityStatementView extends Page {

    public static final String PATH = "accessibility";

    /** A known failure that sits inside a component we cannot change from outside, with why. */
    public record KnownProblem(String axeRule, String where, String why) {}

    public static final List<KnownProblem> KNOWN_AXE_EXCEPTIONS = List.of(
            new KnownProblem(
                    "aria-allowed-attr",
                    "vaadin-date-time-picker, vaadin-checkbox-group, vaadin-select-value-button",
                    "Vaadin's date-time picker, checkbox group and the button inside its required select lists (the"
                            + " HR helpline's category) put ARIA attributes on their own elements that their"
                            + " roles do not allow. Screen readers still announce the fields and their labels; the"
                            + " fix belongs in Vaadin's components, which we cannot change from outside."),
            new KnownProblem(
                    "target-size",
                    "vaadin-grid",
                    "On narrow screens a table cell holding a single link (engagement by council) is itself a"
                            + " keyboard stop drawn by Vaadin's grid, so axe counts the cell and the link as targets"
                            + " closer than 24 pixels. The link itself is 24 pixels high."));

    public AccessibilityStatementView(
            @Value("${eelga.contact.email:}") String email, @Value("${eelga.contact.phone:}") String phone) {
        super(
                "Accessibility statement for the EELGA member platform",
                "This statement applies to the member platform of the East of England Local Government"
                        + " Association (EELGA), used by the association's member councils and its staff.");
        addClassName("prose-page");
        add(new Paragraph("We want as many people as possible to be able to use this platform. For example, that"
                + " means you should be able to:"));
        add(list(
                "change colours, contrast levels and fonts using your browser or device settings",
                "zoom in up to 400% without the text spilling off the screen",
                "navigate most of the platform using just a keyboard, starting with the \"Skip to main content\" link",
                "navigate most of the platform using speech recognition software",
                "listen to most of the platform using a screen reader"));
        add(new Paragraph("We have also made the text as simple as possible to understand. Dates are written in"
                + " full, for example 1 April 2027, and typed day first, for example 01/04/2027."));

        add(new H2("How accessible this platform is"));
        add(new Paragraph("We know some parts of this platform are not fully accessible:"));
        add(list(
                "some tables cut off long text in narrow columns on small screens",
                "the framework report in the printed framework's layout is a PDF that is not tagged for screen"
                        + " readers (an accessible PDF and an HTML version are offered beside it)",
                "the sign-in pages are provided by our sign-in service and look different from the rest of the"
                        + " platform"));

        add(new H2("Feedback and contact information"));
        add(new Paragraph("If you need information on this platform in a different format, or you find a problem"
                + " not listed on this page, contact the association's member services team:"));
        // set where the platform is installed (EELGA_CONTACT_EMAIL, EELGA_CONTACT_PHONE); a blank one is left out
        UnorderedList contact = new UnorderedList();
        if (!email.isBlank()) {
            ListItem item = new ListItem("email: ");
            item.add(new Anchor("mailto:" + email.strip(), email.strip()));
            contact.add(item);
        }
        if (!phone.isBlank()) {
            contact.add(new ListItem("call: " + phone.strip()));
        }
        if (contact.getChildren().findAny().isPresent()) {
            add(contact);
        }
        add(new Paragraph("We will consider your request and get back to you within 10 working days."));

        add(new H2("Enforcement procedure"));
        Paragraph enforcement = new Paragraph("The Equality and Human Rights Commission (EHRC) is responsible for"
                + " enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility"
                + " Regulations 2018. If you are not happy with how we respond to your complaint, contact the ");
        enforcement.add(
                new Anchor("https://www.equalityadvisoryservice.com/", "Equality Advisory and Support Service"));
        enforcement.add(" (EASS).");
        add(enforcement);

        add(new H2("Technical information about this platform's accessibility"));
        add(new Paragraph("The association is committed to making its platform accessible, in accordance with the"
                + " Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018."));
        add(new H2("Compliance status"));
        add(new Paragraph("This platform is partially compliant with the Web Content Accessibility Guidelines"
                + " version 2.2 AA standard, due to the non-compliances listed below."));
        add(new H2("Non-accessible content"));
        UnorderedList known = new UnorderedList();
        KNOWN_AXE_EXCEPTIONS.forEach(p -> known.add(new ListItem(p.where() + ": " + p.why())));
        known.add(new ListItem("The framework report PDF in the printed framework's layout is not tagged, so screen"
                + " readers cannot read its tables in order (WCAG 1.3.1). The same figures are on the framework page,"
                + " in the accessible PDF report (tagged, with table headers) and in the accessible HTML report."));
        add(known);

        add(new H2("How we tested this platform"));
        add(new Paragraph("Every build signs in as each kind of user (council officer, council leader, council"
                + " administrator, association staff and administrator) in a real browser, opens their pages at"
                + " 1280, 640 and 390 pixels wide, and checks them with the axe accessibility engine. The build fails on"
                + " any problem it finds other than those listed above."));
        add(new Paragraph("This statement was prepared on 1 December 2026."));
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }
}
