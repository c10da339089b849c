package uk.org.eelga.platform.appraisal.ui;

import java.time.LocalDate;
import uk.org.eelga.platform.appraisal.AppraisalSummary;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.ui.NarrowScreens;

/** The columns of a request that staff and the council both see, in the same order on both pages. */
final class RequestColumns {

    private RequestColumns() {}

    static void addTo(NarrowScreens.TextColumns<AppraisalSummary> requests, LocalDate today) {
        requests.add("Requested", r -> UkTime.date(r.requestedAt()));
        requests.add("By", AppraisalSummary::requestedByName);
        requests.add("Preferred dates", AppraisalSummary::preferredDates).setFlexGrow(2);
        requests.add("Status", r -> r.statusLabel(today)).setFlexGrow(2).setKey("status");
        requests.add("Source", r -> r.entered() == null ? "Requested on the platform" : r.entered())
                .setKey("entered")
                .setFlexGrow(2);
    }
}
