package uk.org.eelga.platform.support;

import io.micronaut.context.DefaultApplicationContextBuilder;

/** How {@link PlatformIT} builds the test platform: as usual, pointed at the test JVM's {@link LocalStripe}. */
public class PlatformContext extends DefaultApplicationContextBuilder {

    public PlatformContext() {
        properties(LocalStripe.settings());
    }
}
