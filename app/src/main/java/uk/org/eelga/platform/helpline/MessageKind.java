package uk.org.eelga.platform.helpline;

/** One message of a thread: who wrote it follows from the kind. */
public enum MessageKind {
    QUESTION("Question"),
    ANSWER("Answer"),
    ASK_BACK("Question back"),
    REPLY("Reply"),
    CLOSING("Closing note");

    /** The two sides of a thread. */
    public enum Side {
        COUNCIL,
        ADVISER
    }

    private final String label;

    MessageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The side that writes this kind: the council asks and replies, the adviser answers and asks back. */
    Side side() {
        return switch (this) {
            case QUESTION, REPLY -> Side.COUNCIL;
            case ANSWER, ASK_BACK -> Side.ADVISER;
            case CLOSING -> null;
        };
    }
}
