package uk.org.eelga.platform.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;

/**
 * A table with no rows says so, rather than showing a header over a blank space that reads as a page still loading
 * or broken. Every table says it in its own words ({@code Tables.named}: "No pay awards recorded yet."; a test walks
 * the pages for it); this general "Nothing to show." is only the last resort for one that does not.
 */
@Singleton
class EmptyTables implements VaadinServiceInitListener {

    static final String NOTHING = "Nothing to show.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigated -> sayWhenEmpty(ui));
        });
    }

    static void sayWhenEmpty(Component component) {
        if (component instanceof Grid<?> grid
                && grid.getEmptyStateText() == null
                && grid.getEmptyStateComponent() == null) {
            grid.setEmptyStateText(NOTHING);
        }
        component.getChildren().forEach(EmptyTables::sayWhenEmpty);
    }
}
