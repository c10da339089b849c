package uk.org.eelga.platform.helpline;

/** One message of a thread: who wrote it follows from the kind. */
public enum MessageKind {
    QUESTION("Question", Side.COUNCIL),
    ANSWER("Answer", Side.ADVISER),
    ASK_BACK("Question back", Side.ADVISER),
    REPLY("Reply", Side.COUNCIL),
    CLOSING("Closing note", null);

    /** The two sides of a thread. */
    public enum Side {
        COUNCIL,
        ADVISER
    }

    private final String label;
    private final Side side;

    MessageKind(String label, Side side) {
        this.label = label;
        this.side = side;
    }

    public String label() {
        return label;
    }

    Side side() {
        return side;
    }
}
