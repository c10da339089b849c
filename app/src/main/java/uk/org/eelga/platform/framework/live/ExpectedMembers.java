package uk.org.eelga.platform.framework.live;

/** The expected number of member councils, the denominator of every "share of councils" figure (52 by default). */
public final class ExpectedMembers {

    public static final ParameterSpec PARAMETER =
            new ParameterSpec("expected", "Expected number of member councils", false, "52");

    private ExpectedMembers() {}

    /** The query's expected membership; a parameter that is not a positive whole number is refused. */
    public static long of(LiveMeasureQuery query) {
        try {
            long expected = Long.parseLong(query.parameter(PARAMETER));
            if (expected <= 0) {
                throw new IllegalArgumentException("The expected number of councils must be positive");
            }
            return expected;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The expected number of councils must be a whole number");
        }
    }
}
