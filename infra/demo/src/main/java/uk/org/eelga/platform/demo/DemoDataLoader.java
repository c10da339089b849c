package uk.org.eelga.platform.demo;

/** One feature's demo data. Loaders run in {@link #order()} once at startup when demo data is enabled. */
public interface DemoDataLoader {

    /** Lower first: engagement (meetings and attendance) before the surveys that evaluate its events. */
    int order();

    String name();

    /** True when this loader's data is already there (a restart must not load it twice). */
    boolean alreadyLoaded();

    void load();
}
