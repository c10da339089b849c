package uk.org.eelga.tenancy;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.org.eelga.tenancy.merge.CouncilMergeListener;
import uk.org.eelga.tenancy.merge.CouncilMerged;

/** A feature's merge hook as the tests see it: records each merge, or refuses it when told to. */
@Singleton
class RecordingMergeListener implements CouncilMergeListener {

    final List<CouncilMerged> merges = new CopyOnWriteArrayList<>();
    volatile boolean refuse;

    @Override
    public void councilsMerged(CouncilMerged merge) {
        if (refuse) {
            throw new IllegalStateException("open bookings could not be moved");
        }
        merges.add(merge);
    }
}
