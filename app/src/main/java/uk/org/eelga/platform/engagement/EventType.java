package uk.org.eelga.platform.engagement;

public enum EventType {
    CONFERENCE("Conference"),
    SUMMIT("Summit"),
    MASTERCLASS("Masterclass"),
    RECEPTION("Reception"),
    THOUGHT_LEADERSHIP("Thought-leadership event"),
    FORUM("Forum"),
    WORKSHOP("Workshop");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
