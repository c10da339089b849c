package uk.org.eelga.tenancy.onboarding.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.council.CouncilKind;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.onboarding.CouncilOnboarding;
import uk.org.eelga.tenancy.onboarding.NewCouncil;
import uk.org.eelga.tenancy.onboarding.OnboardingResult;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Choices;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.SuccessMessage;

/**
 * Association admins add a council; its first admin is invited by email. Every missing answer is listed at once in
 * the error summary, and the service's refusals (a domain that is no domain, an admin outside the council's domains)
 * at their fields. An onboarding stopped part-way (the sign-in service did not answer) is a problem to retry.
 */
@Route("console/onboard")
@PageTitle("Onboard a council | EELGA console")
@MenuEntry(label = "Onboard a council", area = MenuEntry.Area.CONSOLE, order = 10)
@RolesAllowed(Roles.ASSOCIATION_ADMIN)
@Prototype
public class OnboardCouncilView extends VerticalLayout {

    final TextField name = limited(new TextField("Council name"), Text.NAME);
    final Select<CouncilKind> kind = Choices.select("Kind", CouncilKind::label, CouncilKind.values());
    final TextField area = limited(new TextField("County area"), NewCouncil.COUNTY_AREA_MAX);
    final TextField domains = limited(new TextField("Email domains"), 1000);
    final EmailField email = limited(new EmailField("First admin's email"), Text.EMAIL);
    final TextField first = limited(new TextField("First admin's first name"), 100);
    final TextField last = limited(new TextField("First admin's last name"), 100);
    final Button submit = new Button("Onboard and invite");
    final ErrorSummary errors = new ErrorSummary(name, kind, area, domains, email, first, last);
    final SuccessMessage outcome = new SuccessMessage();

    private final CouncilOnboarding onboarding;

    OnboardCouncilView(CouncilOnboarding onboarding) {
        this.onboarding = onboarding;
        domains.setHelperText("Separated by commas, e.g. westsuffolk.gov.uk");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> onboard());
        add(new H1("Onboard a council"), errors, outcome, name, kind, area, domains, email, first, last, submit);
    }

    void onboard() {
        errors.restart(outcome);
        errors.required(name, "Enter the council's name");
        errors.required(kind, "Choose the kind of council");
        errors.required(area, "Enter the county area");
        errors.required(domains, "Enter the council's email domains, such as norwich.gov.uk");
        errors.required(email, "Enter the first admin's email address");
        errors.required(first, "Enter the first admin's first name");
        errors.required(last, "Enter the first admin's last name");
        errors.tryIfNone(
                () -> {
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
                    if ("ACTIVE".equals(result.status())) {
                        outcome.show(result.message());
                    } else {
                        errors.problem(result.message());
                        errors.showIfAny();
                    }
                },
                Map.of(
                        "bad-name", name,
                        "duplicate-id", name,
                        "bad-kind", kind,
                        "bad-county-area", area,
                        "bad-domain", domains,
                        "bad-email", email,
                        "foreign-domain", email,
                        "bad-admin-name", first));
    }
}
