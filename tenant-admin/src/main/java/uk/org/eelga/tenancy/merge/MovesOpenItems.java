package uk.org.eelga.tenancy.merge;

import java.util.List;

/**
 * A {@link CouncilMergeListener} that moves one kind of open item from every predecessor to the successor: a
 * feature says only which rows are open and how to re-label them (see {@link OpenItemCarrier#move}).
 */
public abstract class MovesOpenItems implements CouncilMergeListener {

    private final OpenItemCarrier carrier;
    private final CarriedKind kind;
    private final String openIds;
    private final List<String> moves;

    protected MovesOpenItems(OpenItemCarrier carrier, CarriedKind kind, String openIds, List<String> moves) {
        this.carrier = carrier;
        this.kind = kind;
        this.openIds = openIds;
        this.moves = List.copyOf(moves);
    }

    @Override
    public final void councilsMerged(CouncilMerged merge) {
        carrier.moveFromEach(merge, kind, openIds, moves);
    }
}
