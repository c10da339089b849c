package uk.org.eelga.platform.vaadin;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/** The page shell every view shares: its title and description (language and stylesheet: {@link PageHead}). */
public class PlatformShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("EELGA member platform");
        settings.addMetaTag("description", "The member platform of the East of England LGA");
    }
}
