package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.Component;
import uk.org.eelga.tenancy.Caller;

/**
 * One item of the side navigation. Each feature contributes its own as a bean, so the layout does not need to
 * know the features; entries are shown in {@link #order()} to the people {@link #shownTo} accepts.
 */
public interface NavigationEntry {

    String label();

    Class<? extends Component> view();

    /** Lower first. Console entries use 100-199, portal entries 200-299. */
    int order();

    boolean shownTo(Caller user);
}
