package uk.org.eelga.platform.engagement.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import uk.org.eelga.platform.engagement.EngagementRecords;
import uk.org.eelga.platform.engagement.EngagementSummaries;
import uk.org.eelga.platform.engagement.SummaryInBackground;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.Page;

/** "Our engagement": the signed-in person's own council, by year or quarter, beside the regional median. */
@Route("portal/engagement")
@PageTitle("Our engagement | EELGA member platform")
@MenuEntry(label = "Our engagement", area = MenuEntry.Area.PORTAL, order = 10)
@CouncilPage
public class OurEngagementView extends Page {

    final SummaryPanel summary = new SummaryPanel();
    final SummaryLoading loading = new SummaryLoading(summary);
    final PeriodPicker period;

    /**
     * The summary of this year is worked out while the page is built; another period's, chosen afterwards, in the
     * background ({@link SummaryLoading}), so the page stays responsive.
     */
    OurEngagementView(
            EngagementSummaries summaries, EngagementRecords records, SummaryInBackground background, Clock clock) {
        super(
                "Our engagement",
                "How " + Callers.current().councilName() + " has taken part in the association's groups and events. "
                        + "The regional median is the middle council of the region; no other council's figures are shown.");
        Caller user = Callers.current();
        period = new PeriodPicker(clock, p -> loading.load(p, () -> background.of(user, user.council(), p)));
        add(period, loading.status, summary);
        summary.recordsFrom(p -> records.of(user, user.council(), p));
        summary.show(summaries.of(user, user.council(), period.value()));
    }
}
