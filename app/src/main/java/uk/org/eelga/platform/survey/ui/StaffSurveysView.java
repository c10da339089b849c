package uk.org.eelga.platform.survey.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import uk.org.eelga.platform.survey.Survey;
import uk.org.eelga.platform.survey.SurveyCatalogue;
import uk.org.eelga.platform.ui.MainLayout;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.RowLinks;
import uk.org.eelga.tenancy.ui.Tables;

/** The association's surveys: build new ones, change them until they close, read results. */
@Route(value = "console/surveys", layout = MainLayout.class)
@PageTitle("Surveys | EELGA console")
@MenuEntry(label = "Surveys", area = MenuEntry.Area.CONSOLE, order = 40)
@RolesAllowed({Roles.ASSOCIATION_STAFF, Roles.ASSOCIATION_ADMIN})
@Prototype
public class StaffSurveysView extends Page {

    public StaffSurveysView(SurveyCatalogue catalogue, Clock clock) {
        super("Surveys");
        add(new RouterLink("New survey", SurveyBuilderView.class));
        Grid<Survey> grid = new Grid<>(Survey.class, false);
        grid.addColumn(Survey::title).setHeader("Survey").setFlexGrow(3);
        grid.addColumn(s -> s.kind().label()).setHeader("Kind");
        grid.addColumn(s -> s.audience().label()).setHeader("Audience");
        grid.addColumn(s -> UkTime.date(s.opensAt())).setHeader("Opens");
        grid.addColumn(s -> UkTime.date(s.closesAt())).setHeader("Closes");
        grid.addColumn(s -> !s.published() ? "Not published" : s.isClosed(clock.instant()) ? "Closed" : "Published")
                .setHeader("State");
        grid.addComponentColumn(s -> new HorizontalLayout(
                        RowLinks.to("Edit", SurveyBuilderView.class, s.id()),
                        RowLinks.to("Results", SurveyResultsView.class, s.id())))
                .setHeader("Open");
        grid.setItems(catalogue.all());
        Tables.named(grid, "Surveys", "No surveys yet.");
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
