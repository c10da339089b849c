package uk.org.eelga.tenancy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.council.CouncilKind;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.onboarding.ui.OnboardCouncilView;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.SuccessMessage;

/**
 * The Onboard a council page against the real database and Keycloak: every missing answer at once, the service's
 * refusals at their fields with nothing made, and a complete onboarding confirmed in words.
 */
@BrowserlessPages
class OnboardCouncilViewIT {

    static final String ID = "page-vale";
    static final String ADMIN = "first.admin@pagevale.demo";

    @RegisterExtension
    static final InvitationSmtp smtp = new InvitationSmtp();

    @Inject
    KeycloakDirectory keycloak;

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        keycloak.deleteOrganisation(ID);
        keycloak.deleteUserByEmail(ADMIN);
        try (Connection owner = TestDatabase.asOwner()) {
            owner.createStatement().execute("delete from council_domain where council_id = '" + ID + "'");
            owner.createStatement().execute("delete from council where id = '" + ID + "'");
        }
    }

    @Test
    void every_missing_answer_is_listed_at_once_and_nothing_is_made() {
        BrowserlessUi.signIn(Fixtures.associationAdmin());
        BrowserlessUi.open(OnboardCouncilView.class);
        _click(_get(Button.class, spec -> spec.withText("Onboard and invite")));
        assertThat(_get(ErrorSummary.class).messages())
                .containsExactly(
                        "Enter the council's name",
                        "Choose the kind of council",
                        "Enter the county area",
                        "Enter the council's email domains, such as norwich.gov.uk",
                        "Enter the first admin's email address",
                        "Enter the first admin's first name",
                        "Enter the first admin's last name");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Council name")).isInvalid())
                .isTrue();
        assertThat(councils()).isZero();
    }

    @Test
    void an_admin_outside_the_councils_domains_is_refused_at_the_address_and_what_was_typed_stays() {
        BrowserlessUi.signIn(Fixtures.associationAdmin());
        BrowserlessUi.open(OnboardCouncilView.class);
        fill("someone@elsewhere.demo");
        _click(_get(Button.class, spec -> spec.withText("Onboard and invite")));
        assertThat(_get(ErrorSummary.class).messages())
                .containsExactly("The first admin's address must be of the council's domains.");
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("First admin's email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Council name")).getValue())
                .isEqualTo("Page Vale District Council");
        assertThat(councils()).isZero();
    }

    @Test
    void a_complete_onboarding_is_confirmed_and_the_first_admin_invited() throws Exception {
        BrowserlessUi.signIn(Fixtures.associationAdmin());
        BrowserlessUi.open(OnboardCouncilView.class);
        fill(ADMIN);
        _click(_get(Button.class, spec -> spec.withText("Onboard and invite")));
        assertThat(_find(ErrorSummary.class)).as("no visible problem").isEmpty();
        assertThat(_get(SuccessMessage.class).getText()).contains("Page Vale District Council");
        assertThat(councils()).isEqualTo(1);
        assertThat(InvitationMail.linkFor(smtp, ADMIN)).contains("action-token");
        // the association's own words, not the sign-in service's "Update Your Account"
        MimeMessage invitation = smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1];
        assertThat(invitation.getSubject()).isEqualTo("Set up your account on the East of England LGA member platform");
        assertThat(GreenMailUtil.getBody(invitation).replace("=\r\n", ""))
                .contains("To set up your account, choose a password")
                .doesNotContain("Your administrator has just requested");
    }

    @SuppressWarnings("unchecked")
    private static void fill(String adminEmail) {
        _get(TextField.class, spec -> spec.withLabel("Council name")).setValue("Page Vale District Council");
        ((Select<CouncilKind>) _get(Select.class, spec -> spec.withLabel("Kind"))).setValue(CouncilKind.DISTRICT);
        _get(TextField.class, spec -> spec.withLabel("County area")).setValue("Suffolk");
        _get(TextField.class, spec -> spec.withLabel("Email domains")).setValue("pagevale.demo");
        _get(EmailField.class, spec -> spec.withLabel("First admin's email")).setValue(adminEmail);
        _get(TextField.class, spec -> spec.withLabel("First admin's first name"))
                .setValue("Paige");
        _get(TextField.class, spec -> spec.withLabel("First admin's last name")).setValue("Vale");
    }

    private static long councils() {
        return Race.count("select count(*) from council where id = '" + ID + "'");
    }
}
