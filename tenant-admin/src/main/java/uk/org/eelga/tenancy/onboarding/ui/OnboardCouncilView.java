package uk.org.eelga.tenancy.onboarding.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.council.CouncilKind;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.onboarding.CouncilOnboarding;
import uk.org.eelga.tenancy.onboarding.NewCouncil;
import uk.org.eelga.tenancy.onboarding.OnboardingResult;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Choices;
import uk.org.eelga.tenancy.ui.Live;

/** Association admins add a council; its first admin is invited by email. A stopped onboarding can be retried. */
@Route("console/onboard")
@PageTitle("Onboard a council | EELGA console")
@MenuEntry(label = "Onboard a council", area = MenuEntry.Area.CONSOLE, order = 10)
@RolesAllowed(Roles.ASSOCIATION_ADMIN)
@Prototype
public class OnboardCouncilView extends VerticalLayout {

    OnboardCouncilView(CouncilOnboarding onboarding) {
        TextField name = limited(new TextField("Council name"), Text.NAME);
        Select<CouncilKind> kind = Choices.select("Kind", CouncilKind::label, CouncilKind.values());
        TextField area = limited(new TextField("County area"), NewCouncil.COUNTY_AREA_MAX);
        TextField domains = limited(new TextField("Email domains"), 1000);
        domains.setHelperText("Separated by commas, e.g. westsuffolk.gov.uk");
        EmailField email = limited(new EmailField("First admin's email"), Text.EMAIL);
        TextField first = limited(new TextField("First admin's first name"), 100);
        TextField last = limited(new TextField("First admin's last name"), 100);
        Paragraph outcome = Live.status(new Paragraph());
        Button submit = new Button("Onboard and invite", click -> {
            try {
                OnboardingResult result = onboarding.onboard(
                        Callers.current(),
                        new NewCouncil(
                                null,
                                name.getValue(),
                                kind.getValue(),
                                area.getValue(),
                                Arrays.asList(domains.getValue().split(",")),
                                email.getValue(),
                                first.getValue(),
                                last.getValue()));
                outcome.setText(result.message());
            } catch (ActionRefused e) {
                outcome.setText(e.getMessage());
            }
        });
        add(new H1("Onboard a council"), name, kind, area, domains, email, first, last, submit, outcome);
    }
}
