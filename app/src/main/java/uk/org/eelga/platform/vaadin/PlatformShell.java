package uk.org.eelga.platform.vaadin;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/** The page shell every view shares: British English, the platform's stylesheet, a sensible viewport. */
@StyleSheet("context://styles/eelga.css")
public class PlatformShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("EELGA member platform");
        settings.addMetaTag("description", "The member platform of the East of England LGA");
    }
}
