package uk.org.eelga.tenancy.ui;

/** Counts in words with the right noun: "1 event", "2 events", "0 events". */
public final class Plurals {

    private Plurals() {}

    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
