package uk.org.eelga.platform.framework;

import uk.org.eelga.tenancy.NotFoundForCaller;

/** No framework with the id asked for (an id in a URL, a page's stale choice): the API answers 404. */
public class FrameworkNotFound extends NotFoundForCaller {

    public FrameworkNotFound() {
        super("No such framework");
    }
}
