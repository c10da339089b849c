package uk.org.eelga.platform.framework.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import uk.org.eelga.platform.framework.FrameworkModel.FrameworkSummary;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.FrameworkYears;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;

/** Start a framework year by rolling an earlier one forward; its measures are then changed one by one. */
@Route("framework/new-year")
@PageTitle("Start a framework year | EELGA member platform")
@StaffPage
public class StartYearView extends Page {

    final Select<FrameworkSummary> from = new Select<>();
    final TextField year = limited(new TextField("New financial year (like 2020-21)"), 20);
    final TextField title = limited(new TextField("Title (optional)"), Text.NAME);
    final Button start = new Button("Start the year");
    final ErrorSummary errors = new ErrorSummary(from, year, title);
    final SuccessMessage started = new SuccessMessage();

    StartYearView(FrameworkService frameworks, FrameworkYears years) {
        super(
                "Start a framework year",
                "The new year gets the themes, outcomes, actions and measures of the year you choose, with"
                        + " their targets and how each figure is found; the year's commentary is not copied. Then change"
                        + " each measure on its page (Change this measure).");
        List<FrameworkSummary> all = frameworks.frameworks();
        from.setLabel("Copy the framework of");
        from.setItems(all);
        from.setItemLabelGenerator(f -> f.year() + ": " + f.title());
        if (!all.isEmpty()) {
            from.setValue(all.get(all.size() - 1));
        }
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> {
            errors.restart(started);
            errors.required(from, "Choose the framework to copy");
            if (!year.getValue().strip().matches("[0-9]{4}-[0-9]{2}")) {
                errors.add(year, "Enter the new financial year like 2020-21");
            }
            errors.tryIfNone(() -> {
                FrameworkSummary made = years.rollForward(
                        Callers.current(),
                        from.getValue().id(),
                        new FrameworkYears.RollForward(year.getValue(), title.getValue()));
                started.show("Started " + made.year() + ": " + made.title() + ", copied from "
                        + from.getValue().year() + ".");
            });
        });
        add(errors, from, year, title, start, started);
    }
}
