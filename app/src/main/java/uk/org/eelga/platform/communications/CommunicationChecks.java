package uk.org.eelga.platform.communications;

import uk.org.eelga.tenancy.input.Text;

/** The checks on what staff type that sending and recording share; each refuses with its field's code. */
final class CommunicationChecks {

    private CommunicationChecks() {}

    /** The value stripped, refused when blank or not fit text of at most {@code max} characters. */
    static String required(String code, String label, String value, int max, boolean multiline) {
        return Text.required(label, value, max, multiline, m -> new CommunicationRefused(code, m));
    }

    /** The link stripped, or null when none is given; refused unless it is a web address. */
    static String link(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String link = Text.check("the link", given.strip(), Text.URL, false, m -> new CommunicationRefused("link", m));
        if (!link.matches("https?://[^\\s]+")) {
            throw new CommunicationRefused("link", "Enter the link as a web address starting https://.");
        }
        return link;
    }
}
