package uk.org.eelga.platform.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;

/**
 * A table with no rows says so ("Nothing to show."), rather than showing a header over a blank space that reads as
 * a page still loading or broken. A page that has something better to say sets its own text; this fills the rest,
 * once a page is shown.
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
