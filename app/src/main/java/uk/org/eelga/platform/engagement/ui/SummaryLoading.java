package uk.org.eelga.platform.engagement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Paragraph;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.engagement.EngagementRefused;
import uk.org.eelga.platform.engagement.EngagementSummary;
import uk.org.eelga.platform.engagement.SummaryInBackground;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.ui.Live;

/**
 * Shows a summary worked out in the background after a change of period (issue 13): the page says "Loading figures
 * for 2018 to 2019…" in a live region screen readers announce, asks the browser to poll while the figures are being
 * worked out, and shows them through {@link UI#access} when they arrive. Only the latest change counts: the figures of
 * an older change that arrive later are dropped.
 */
class SummaryLoading {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryLoading.class);

    /** How often the browser asks for the figures while they are being worked out. */
    static final int POLL_MILLIS = 200;

    final Paragraph status = Live.status(new Paragraph());
    private final SummaryPanel summary;

    /** Counts changes of period; a result is shown only when no later change was asked for. */
    private long asked;

    /** The latest change's work, shown or dropped (for tests). */
    CompletableFuture<?> latest = CompletableFuture.completedFuture(null);

    SummaryLoading(SummaryPanel summary) {
        this.summary = summary;
        status.setId("summary-status");
        status.addClassName("summary-status");
    }

    /** Starts working out the summary of {@code period}; call on the UI thread. */
    void load(ReportingPeriod period, Supplier<CompletableFuture<EngagementSummary>> work) {
        UI ui = UI.getCurrent();
        long mine = ++asked;
        status.setText("Loading figures for " + words(period) + "\u2026");
        summary.setVisible(false);
        ui.setPollInterval(POLL_MILLIS);
        latest = work.get().handle((result, failure) -> {
            try {
                ui.access(() -> {
                    if (mine != asked) {
                        return; // an older change: a later one is loading or shown
                    }
                    ui.setPollInterval(-1);
                    if (failure == null) {
                        // said as the loading was: a screen reader hears that the figures are there
                        status.setText("Figures for " + words(period) + " shown.");
                        summary.show(result);
                        summary.setVisible(true);
                    } else {
                        status.setText(explain(failure, period));
                    }
                });
            } catch (UIDetachedException closed) {
                // the page was closed meanwhile: nobody to show it to
            }
            return null;
        });
    }

    private static String explain(Throwable failure, ReportingPeriod period) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof SummaryInBackground.Busy) {
            return "Many people are loading figures just now. Choose the period again in a minute.";
        }
        if (cause instanceof EngagementRefused) {
            return "There are no figures for this council.";
        }
        LOG.error("The engagement summary for {} could not be worked out", period.label(), cause);
        return "Sorry, the figures for " + words(period) + " could not be loaded. Choose the period again to retry.";
    }

    /** "2018 to 2019", or "quarter 3 of 2018 to 2019". */
    static String words(ReportingPeriod period) {
        String year = period.startYear() + " to " + (period.startYear() + 1);
        return period.isWholeYear() ? year : "quarter " + period.quarter() + " of " + year;
    }
}
