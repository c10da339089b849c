package uk.org.eelga.platform.engagement.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import uk.org.eelga.platform.engagement.EngagementRecords;
import uk.org.eelga.platform.engagement.EngagementRefused;
import uk.org.eelga.platform.engagement.EngagementSummaries;
import uk.org.eelga.platform.engagement.SummaryInBackground;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.StaffPage;

/** Any council's engagement summary, for association staff. */
@Route("console/engagement/council")
@PageTitle("Council engagement | EELGA console")
@StaffPage
public class CouncilEngagementView extends VerticalLayout implements HasUrlParameter<String> {

    final SummaryPanel summary = new SummaryPanel();
    final SummaryLoading loading = new SummaryLoading(summary);
    final PeriodPicker period;
    final H1 heading = new H1("Council engagement");

    private final EngagementSummaries summaries;
    private final SummaryInBackground background;
    private final Caller staff;
    private TenantId council;

    CouncilEngagementView(
            EngagementSummaries summaries, EngagementRecords records, SummaryInBackground background, Clock clock) {
        this.summaries = summaries;
        this.background = background;
        this.staff = Callers.current();
        summary.recordsFrom(p -> records.of(staff, council, p));
        period = new PeriodPicker(clock, this::change);
        add(
                new RouterLink("Back to engagement by council", RegionalEngagementView.class),
                heading,
                period,
                loading.status,
                summary);
    }

    /** Another period: worked out in the background ({@link SummaryLoading}). */
    private void change(ReportingPeriod p) {
        if (council != null) {
            TenantId shown = council;
            loading.load(p, () -> background.of(staff, shown, p));
        }
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        // the period the link was followed from (engagement by council passes its own): the same figures, one click on
        event.getLocation().getQueryParameters().getSingleParameter("period").ifPresent(label -> {
            try {
                period.select(ReportingPeriod.parse(label));
            } catch (IllegalArgumentException notAPeriod) {
                // an address typed by hand with no real period: the picker stays on this year
            }
        });
        try {
            council = TenantId.of(id);
            refresh();
        } catch (IllegalArgumentException | EngagementRefused e) {
            council = null;
            heading.setText("No such council");
            summary.setVisible(false);
        }
    }

    private void refresh() {
        if (council != null) {
            summary.show(summaries.of(staff, council, period.value()));
        }
    }
}
