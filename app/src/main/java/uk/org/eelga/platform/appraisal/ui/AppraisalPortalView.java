package uk.org.eelga.platform.appraisal.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Map;
import uk.org.eelga.platform.appraisal.AppraisalSummary;
import uk.org.eelga.platform.appraisal.AppraisalSupport;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.merge.CarriedKind;
import uk.org.eelga.tenancy.merge.CarriedOrigins;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.FieldLimits;
import uk.org.eelga.tenancy.ui.Live;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.Tables;

/** A council's appraisal support page: the leader or a council admin requests support; everyone sees status. */
@Route("portal/appraisal-support")
@PageTitle("Appraisal support | EELGA member platform")
@MenuEntry(label = "Appraisal support", area = MenuEntry.Area.PORTAL, order = 31)
@CouncilPage
public class AppraisalPortalView extends Page {

    final TextField preferredDates = limited(new TextField("Preferred dates"), AppraisalSupport.PREFERRED_DATES_MAX);
    final TextArea notes = limited(new TextArea("Notes for the association"), AppraisalSupport.NOTES_MAX);
    final Button request = new Button("Request support");
    final Paragraph outcome = Live.status(new Paragraph());
    final ErrorSummary errors = new ErrorSummary(preferredDates, notes);
    final Grid<AppraisalSummary> requests = new Grid<>(AppraisalSummary.class, false);

    private final AppraisalSupport support;

    AppraisalPortalView(AppraisalSupport support, CarriedOrigins origins) {
        super(
                "Chief Executive appraisal support",
                "The association supports council leaders with their Chief Executive's annual appraisal:"
                        + " an experienced adviser prepares and joins the appraisal with you.");
        this.support = support;
        Caller user = Callers.current();
        outcome.setId("appraisal-outcome");
        if (AppraisalSupport.mayRequest(user)) {
            add(new H2("Request support"));
            preferredDates.setRequired(true);
            preferredDates.setHelperText("For example: any Tuesday or Thursday in March");
            FieldLimits.limited(preferredDates, AppraisalSupport.PREFERRED_DATES_MAX);
            preferredDates.setWidth("32em");
            FieldLimits.limited(notes, AppraisalSupport.NOTES_MAX);
            notes.setWidth("32em");
            request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            request.addClickListener(click -> {
                errors.clear();
                outcome.setText("");
                errors.required(preferredDates, "Enter your preferred dates");
                errors.tryIfNone(
                        () -> {
                            support.request(user, preferredDates.getValue(), notes.getValue());
                            preferredDates.clear();
                            notes.clear();
                            outcome.setText("Your request has been sent to the association.");
                            refresh();
                        },
                        Map.of(
                                "preferred-dates", preferredDates,
                                "notes", notes,
                                "notes-too-long", notes));
            });
            add(errors, preferredDates, notes, request, outcome);
        } else {
            add(new Paragraph("Your council's leader or a council admin can request support here."));
        }
        add(new H2("Our council's requests"));
        NarrowScreens.TextColumns<AppraisalSummary> columns = NarrowScreens.textColumns(requests);
        RequestColumns.addTo(columns, support.today());
        var carried = origins.of(CarriedKind.APPRAISAL_REQUEST);
        if (!carried.isEmpty()) {
            columns.add("Carried over", r -> CarriedOrigins.label(carried, r.id()))
                    .setKey("carried");
        }
        columns.cards("Request", r -> "Requested " + UkTime.date(r.requestedAt()));
        requests.setAllRowsVisible(true);
        Tables.named(
                requests,
                "Our council's appraisal support requests",
                "Our council has not asked for appraisal support yet.");
        add(requests);
        refresh();
    }

    private void refresh() {
        requests.setItems(support.ourRequests());
    }
}
