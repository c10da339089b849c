package uk.org.eelga.platform.engagement.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import uk.org.eelga.platform.engagement.EngagementRefused;
import uk.org.eelga.platform.engagement.EngagementSummaries;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.ui.Callers;

/** Any council's engagement summary, for association staff. */
@Route("console/engagement/council")
@PageTitle("Council engagement | EELGA console")
@RolesAllowed(Roles.ASSOCIATION_STAFF)
@Prototype
public class CouncilEngagementView extends VerticalLayout implements HasUrlParameter<String> {

    final SummaryPanel summary = new SummaryPanel();
    final PeriodPicker period;
    final H1 heading = new H1("Council engagement");

    private final EngagementSummaries summaries;
    private final Caller staff;
    private TenantId council;

    CouncilEngagementView(EngagementSummaries summaries, Clock clock) {
        this.summaries = summaries;
        this.staff = Callers.current();
        period = new PeriodPicker(clock, p -> refresh());
        add(new RouterLink("Back to engagement by council", RegionalEngagementView.class), heading, period, summary);
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
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
