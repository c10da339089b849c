package uk.org.eelga.platform.talentbank.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.talentbank.TalentBankReference.AreaRow;
import uk.org.eelga.platform.talentbank.TalentBankReference.AssociateRow;
import uk.org.eelga.platform.talentbank.TalentBankReference.ServiceRow;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.ui.Contents;

/**
 * The Talent Bank catalogue page (issue 14 point 1): services and associates added in pounds and kept exactly in
 * pence, an associate's new rates dated (the old ones kept for past work), every wrong field listed and nothing
 * saved; council people cannot open the page.
 */
@BrowserlessPages
class TalentBankCatalogueViewIT {

    @BeforeEach
    void start() throws Exception {
        clean();
    }

    @AfterEach
    void stop() throws Exception {
        clean();
    }

    static void clean() throws Exception {
        TestDatabase.executeAsOwner(
                "delete from talent_bank_associate_rate where associate_id in (select id from talent_bank_associate where email like '%@catalogue.test')",
                "delete from talent_bank_associate where email like '%@catalogue.test'",
                "delete from talent_bank_service where name like 'Test catalogue%'");
    }

    @Test
    void staff_add_a_service_and_an_associate_and_date_new_rates_exactly() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/talent-bank/catalogue");
        TalentBankCatalogueView view = _get(TalentBankCatalogueView.class);

        view.serviceRate.setValue("lots");
        view.addService.click();
        assertThat(view.serviceErrors.messages())
                .contains("Choose the service's area", "Enter the service's name", "Enter what the service offers")
                .hasSize(4);
        view.serviceArea.setValue(area(view, "procurement"));
        view.serviceName.setValue("Test catalogue contract review");
        view.serviceDescription.setValue("A review of a council's contracts");
        view.serviceRate.setValue("100001");
        view.addService.click();
        assertThat(view.serviceErrors.messages()).containsExactly("Indicative day rate can be at most £100,000");
        assertThat(Race.count("select count(*) from talent_bank_service where name like 'Test catalogue%'"))
                .isZero();
        view.serviceRate.setValue("650.50");
        view.addService.click();
        assertThat(view.serviceErrors.hasProblems()).isFalse();
        assertThat(view.serviceSaved.getText()).contains("Test catalogue contract review", "£650.50 a day");
        assertThat(Race.count("select indicative_day_rate_pence from talent_bank_service"
                        + " where name = 'Test catalogue contract review'"))
                .isEqualTo(65050);
        assertThat(GridRows.of(view.services))
                .anySatisfy(s -> assertThat(s.name()).isEqualTo("Test catalogue contract review"));

        view.addAssociate.click();
        assertThat(view.associateErrors.messages())
                .contains(
                        "Enter the associate's name",
                        "Enter the associate's email address",
                        "Choose the associate's area");
        view.associateName.setValue("Test Catalogue Associate");
        view.associateEmail.setValue("sam@catalogue.test");
        view.associateArea.setValue(view.serviceArea.getValue());
        view.costRate.setValue("400");
        view.chargeRate.setValue("600");
        // a date typed that does not exist is said, not saved as rates that always held
        view.ratesFrom.getElement().setProperty("_inputElementValue", "31/02/2017");
        view.addAssociate.click();
        assertThat(view.associateErrors.messages())
                .containsExactly("Rates hold from must be a real date, for example 01/04/2027");
        assertThat(GridRows.of(view.associates)).noneMatch(a -> a.email().equals("sam@catalogue.test"));
        view.ratesFrom.getElement().setProperty("_inputElementValue", "01/04/2017");
        view.ratesFrom.setValue(LocalDate.of(2017, 4, 1));
        view.addAssociate.click();
        assertThat(view.associateErrors.hasProblems())
                .as(view.associateErrors.messages().toString())
                .isFalse();
        assertThat(view.associateSaved.getText()).contains("cost £400, charge £600");

        AssociateRow added = GridRows.of(view.associates).stream()
                .filter(a -> a.email().equals("sam@catalogue.test"))
                .findFirst()
                .orElseThrow();
        view.associates.select(added);
        view.costRate.setValue("450");
        view.chargeRate.setValue("700");
        view.ratesFrom.setValue(LocalDate.of(2018, 4, 1));
        view.newRates.click();
        assertThat(view.associateErrors.hasProblems())
                .as(view.associateErrors.messages().toString())
                .isFalse();
        AssociateRow after = GridRows.of(view.associates).stream()
                .filter(a -> a.email().equals("sam@catalogue.test"))
                .findFirst()
                .orElseThrow();
        assertThat(after.rates())
                .extracting(r -> r.from() + " " + r.costDayRatePence() + "/" + r.chargeDayRatePence())
                .containsExactlyInAnyOrder("2017-04-01 40000/60000", "2018-04-01 45000/70000");
    }

    @Test
    void staff_correct_and_withdraw_a_chosen_service_and_associate_with_every_problem_listed() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/talent-bank/catalogue");
        TalentBankCatalogueView view = _get(TalentBankCatalogueView.class);

        view.changeService.click();
        assertThat(view.serviceErrors.messages()).contains("Choose the service in the list first");
        view.withdrawService.click();
        assertThat(view.serviceErrors.messages()).containsExactly("Choose the service in the list first");

        view.serviceArea.setValue(area(view, "procurement"));
        view.serviceName.setValue("Test catalogue contarct check");
        view.serviceDescription.setValue("A check of a council's contracts");
        view.serviceRate.setValue("500");
        view.addService.click();
        ServiceRow added = service(view, "Test catalogue contarct check");
        view.services.select(added);
        assertThat(view.serviceName.getValue()).isEqualTo("Test catalogue contarct check");
        assertThat(view.serviceRate.getValue()).isEqualTo("500.00");

        view.serviceName.setValue(" ");
        view.serviceRate.setValue("lots");
        view.changeService.click();
        assertThat(view.serviceErrors.messages())
                .contains("Enter the service's name")
                .hasSize(2);
        assertThat(Race.count("select count(*) from talent_bank_service where name = 'Test catalogue contarct check'"
                        + " and indicative_day_rate_pence = 50000"))
                .isEqualTo(1);

        view.serviceName.setValue("Test catalogue contract check");
        view.serviceRate.setValue("525.25");
        view.changeService.click();
        assertThat(view.serviceErrors.hasProblems())
                .as(view.serviceErrors.messages().toString())
                .isFalse();
        assertThat(view.serviceSaved.getText())
                .contains("Saved the changes to Test catalogue contract check", "£525.25");
        assertThat(Race.count("select indicative_day_rate_pence from talent_bank_service"
                        + " where name = 'Test catalogue contract check' and active"))
                .isEqualTo(52525);

        view.services.select(service(view, "Test catalogue contract check"));
        view.withdrawService.click();
        assertThat(view.serviceErrors.hasProblems()).isFalse();
        assertThat(view.serviceSaved.getText())
                .isEqualTo("Withdrew Test catalogue contract check: councils can no longer request it. Requests"
                        + " already made keep it.");
        assertThat(service(view, "Test catalogue contract check").active()).isFalse();
        view.services.select(service(view, "Test catalogue contract check"));
        view.withdrawService.click();
        assertThat(view.serviceErrors.messages()).containsExactly("Test catalogue contract check is already withdrawn");
        view.offerServiceAgain.click();
        assertThat(view.serviceSaved.getText())
                .isEqualTo("Test catalogue contract check is offered to councils again.");

        view.associateName.setValue("Test Catalogue Asociate");
        view.associateEmail.setValue("kim@catalogue.test");
        view.associateArea.setValue(view.serviceArea.getValue());
        view.costRate.setValue("400");
        view.chargeRate.setValue("600");
        view.addAssociate.click();
        view.associates.select(associate(view, "kim@catalogue.test"));
        assertThat(view.associateName.getValue()).isEqualTo("Test Catalogue Asociate");

        view.associateName.setValue("");
        view.associateEmail.setValue("");
        view.changeAssociate.click();
        assertThat(view.associateErrors.messages())
                .containsExactly("Enter the associate's name", "Enter the associate's email address");
        view.associateName.setValue("Test Catalogue Associate");
        view.associateEmail.setValue("not an email");
        view.changeAssociate.click();
        assertThat(view.associateErrors.messages()).containsExactly("Enter an email address like name@example.org");
        assertThat(view.associateEmail.isInvalid()).isTrue();
        view.associateEmail.setValue("kim@catalogue.test");
        view.changeAssociate.click();
        assertThat(view.associateErrors.hasProblems()).isFalse();
        assertThat(view.associateSaved.getText()).contains("Saved the changes to Test Catalogue Associate");
        assertThat(associate(view, "kim@catalogue.test").name()).isEqualTo("Test Catalogue Associate");

        view.associates.select(associate(view, "kim@catalogue.test"));
        view.withdrawAssociate.click();
        assertThat(view.associateSaved.getText()).startsWith("Withdrew Test Catalogue Associate");
        assertThat(associate(view, "kim@catalogue.test").active()).isFalse();
        assertThat(Race.count("select count(*) from talent_bank_associate where email = 'kim@catalogue.test'"
                        + " and not active"))
                .isEqualTo(1);
    }

    @Test
    void staff_offer_a_withdrawn_associate_again_and_the_list_says_so_in_words() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/talent-bank/catalogue");
        TalentBankCatalogueView view = _get(TalentBankCatalogueView.class);
        view.associateName.setValue("Test Catalogue Returner");
        view.associateEmail.setValue("returner@catalogue.test");
        view.associateArea.setValue(area(view, "procurement"));
        view.costRate.setValue("400");
        view.chargeRate.setValue("600");
        view.addAssociate.click();
        view.associates.select(associate(view, "returner@catalogue.test"));
        view.withdrawAssociate.click();
        assertThat(state(view, "returner@catalogue.test")).isEqualTo("Withdrawn");

        view.associates.select(associate(view, "returner@catalogue.test"));
        view.offerAssociateAgain.click();

        assertThat(view.associateErrors.hasProblems()).isFalse();
        assertThat(view.associateSaved.getText())
                .isEqualTo("Test Catalogue Returner is offered again: they can be assigned to new work.");
        assertThat(state(view, "returner@catalogue.test")).isEqualTo("Available");
        assertThat(Race.count("select count(*) from talent_bank_associate where email = 'returner@catalogue.test'"
                        + " and active"))
                .isEqualTo(1);

        // offered twice: said, nothing changes
        view.associates.select(associate(view, "returner@catalogue.test"));
        view.offerAssociateAgain.click();
        assertThat(view.associateErrors.messages()).containsExactly("Test Catalogue Returner is already available");
        assertThat(view.associateSaved.isVisible()).isFalse();
        assertThat(Race.count("select count(*) from audit_event where action = 'talent-bank.associate.offered'"
                        + " and before_state like 'Test Catalogue Returner%'"))
                .isEqualTo(1);
    }

    @Test
    void offering_again_with_no_associate_chosen_says_to_choose_one() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/talent-bank/catalogue");
        TalentBankCatalogueView view = _get(TalentBankCatalogueView.class);
        view.offerAssociateAgain.click();
        assertThat(view.associateErrors.messages()).containsExactly("Choose the associate in the list first");
        assertThat(view.associateSaved.isVisible()).isFalse();
    }

    /** What the State column says for the associate of this email. */
    private static String state(TalentBankCatalogueView view, String email) {
        List<AssociateRow> rows = GridRows.of(view.associates);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).email().equals(email)) {
                return GridRows.column(view.associates, "state").get(i);
            }
        }
        throw new AssertionError("No associate " + email);
    }

    private static ServiceRow service(TalentBankCatalogueView view, String name) {
        return GridRows.of(view.services).stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static AssociateRow associate(TalentBankCatalogueView view, String email) {
        return GridRows.of(view.associates).stream()
                .filter(a -> a.email().equals(email))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_long_page_opens_with_a_contents_list_of_its_sections_areas_included() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/talent-bank/catalogue");
        TalentBankCatalogueView view = _get(TalentBankCatalogueView.class);

        Contents contents = _get(Contents.class);
        assertThat(view.indexOf(contents))
                .as("right after the heading and the lead")
                .isEqualTo(2);
        assertThat(_find(contents, Anchor.class))
                .extracting(Anchor::getText)
                .containsExactly(
                        "Add a service, or change the chosen one",
                        "Services",
                        "Add an associate, change the chosen one, or date new rates",
                        "Associates",
                        "Areas");
        assertThat(_find(contents, Anchor.class))
                .extracting(Anchor::getHref)
                .contains("#" + view.areasPanel.heading.getId().orElseThrow());
    }

    @Test
    void council_people_cannot_open_the_page() {
        BrowserlessUi.signIn(Fixtures.NORA);
        assertThat(BrowserlessUi.headingAt("console/talent-bank/catalogue")).isEqualTo("You cannot open this page");
    }

    /** The catalogue's area of this id, as offered in the service form. */
    private static AreaRow area(TalentBankCatalogueView view, String id) {
        return view.serviceArea
                .getListDataView()
                .getItems()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
