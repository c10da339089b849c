package uk.org.eelga.platform.survey.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import uk.org.eelga.platform.survey.SurveyAnswering;
import uk.org.eelga.platform.survey.SurveyForCouncil;
import uk.org.eelga.platform.ui.MainLayout;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.RowLinks;
import uk.org.eelga.tenancy.ui.Tables;

/** A council's open surveys, with where the council (or the person) stands on each. */
@Route(value = "portal/surveys", layout = MainLayout.class)
@PageTitle("Surveys | EELGA member platform")
@MenuEntry(label = "Surveys", area = MenuEntry.Area.PORTAL, order = 30)
@CouncilPage
public class CouncilSurveysView extends Page {

    public CouncilSurveysView(SurveyAnswering answering) {
        super("Surveys");
        List<SurveyForCouncil> surveys = answering.openSurveys(Callers.current());
        if (surveys.isEmpty()) {
            add(new Paragraph("There are no open surveys for your council at the moment."));
            return;
        }
        add(new Paragraph("Open surveys for your council. Drafts can be changed by anyone in your council until the"
                + " survey closes."));
        Grid<SurveyForCouncil> grid = new Grid<>(SurveyForCouncil.class, false);
        grid.addComponentColumn(s -> RowLinks.to(s.title(), AnswerSurveyView.class, s.id()))
                .setHeader("Survey")
                .setFlexGrow(3);
        grid.addColumn(s -> s.kind().label()).setHeader("Kind");
        grid.addColumn(s -> s.mode().label() + (s.anonymous() ? ", anonymous" : ""))
                .setHeader("Who answers");
        grid.addColumn(s -> UkTime.date(s.closesAt())).setHeader("Closes");
        grid.addColumn(s -> s.status().label()).setHeader("Status");
        NarrowScreens.cards(grid, "Survey", s -> {
            RouterLink open = new RouterLink("Open the survey", AnswerSurveyView.class, s.id());
            open.getElement().setAttribute("aria-label", "Open the survey " + s.title());
            return new NarrowScreens.Card(s.title())
                    .row("Kind", s.kind().label())
                    .row("Who answers", s.mode().label() + (s.anonymous() ? ", anonymous" : ""))
                    .row("Closes", UkTime.date(s.closesAt()))
                    .row("Status", s.status().label())
                    .actions(open);
        });
        grid.setItems(surveys);
        grid.setAllRowsVisible(true);
        Tables.named(grid, "Open surveys", "No surveys are open for our council just now.");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT); // long titles wrap
        add(grid);
    }
}
