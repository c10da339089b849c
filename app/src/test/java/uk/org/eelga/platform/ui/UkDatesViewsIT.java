package uk.org.eelga.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.UkDates;

/** Every page with a date field, opened by its users: the UI is British and every picker day-first, Monday-first. */
@BrowserlessPages
class UkDatesViewsIT {

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void the_whole_ui_is_british_whatever_the_browser_says() {
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.UK);
    }

    @Test
    void every_date_picker_on_every_page_is_day_first_and_monday_first() {
        List<String> notUk = new ArrayList<>();
        int pickers = 0;
        pickers += check(Fixtures.associationAdmin(), "console/talent-bank", notUk);
        pickers += check(Fixtures.associationAdmin(), "console/coaching", notUk);
        pickers += check(Fixtures.associationAdmin(), "console/invoices", notUk);
        pickers += check(Fixtures.associationAdmin(), "console/meetings", notUk);
        pickers += check(Fixtures.associationAdmin(), "console/appraisal-requests", notUk);
        pickers += check(Fixtures.associationAdmin(), "audit", notUk);
        // the portal's Talent Bank pickers are checked in Chromium (GovPagesJourneyIT)
        assertThat(notUk).as("pickers that are not UK").isEmpty();
        assertThat(pickers).as("date pickers found on the pages").isGreaterThanOrEqualTo(6);
    }

    private static int check(Caller user, String route, List<String> notUk) {
        BrowserlessUi.signIn(user);
        UI.getCurrent().navigate(route);
        int found = 0;
        for (DatePicker picker : _find(DatePicker.class)) {
            if (picker.getParent().filter(DateTimePicker.class::isInstance).isPresent()) {
                continue;
            }
            found++;
            if (!UkDates.isUk(picker)) {
                notUk.add(route + ": " + picker.getLabel());
            }
        }
        for (DateTimePicker picker : _find(DateTimePicker.class)) {
            found++;
            if (!UkDates.isUk(picker)) {
                notUk.add(route + ": " + picker.getLabel());
            }
        }
        return found;
    }
}
