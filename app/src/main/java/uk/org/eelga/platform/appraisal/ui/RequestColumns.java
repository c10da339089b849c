package uk.org.eelga.platform.appraisal.ui;

import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import uk.org.eelga.platform.appraisal.AppraisalSummary;
import uk.org.eelga.shared.UkTime;

/** The columns of a request that staff and the council both see, in the same order on both pages. */
final class RequestColumns {

    private RequestColumns() {}

    static void addTo(Grid<AppraisalSummary> requests, LocalDate today) {
        requests.addColumn(r -> UkTime.date(r.requestedAt())).setHeader("Requested");
        requests.addColumn(AppraisalSummary::requestedByName).setHeader("By");
        requests.addColumn(AppraisalSummary::preferredDates)
                .setHeader("Preferred dates")
                .setFlexGrow(2);
        requests.addColumn(r -> r.statusLabel(today))
                .setHeader("Status")
                .setFlexGrow(2)
                .setKey("status");
        requests.addColumn(r -> r.entered() == null ? "Requested on the platform" : r.entered())
                .setHeader("Source")
                .setKey("entered")
                .setFlexGrow(2);
    }
}
