package uk.org.eelga.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.vaadin.flow.server.VaadinServlet;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;

/** The platform also runs in Vaadin's development mode (infra/run.sh --dev), with the pre-compiled dev bundle. */
@ExtendWith(DevelopmentModeIT.VaadinDevelopmentMode.class) // before @PlatformIT, so before the platform starts
@PlatformIT
class DevelopmentModeIT {

    @Inject
    VaadinServlet vaadin;

    @Test
    void an_officer_signs_in_and_uses_the_portal_in_development_mode() {
        try (RealBrowser chromium = new RealBrowser();
                BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@ipswich.demo", "/portal");
            assertThat(RealBrowser.heading(page)).hasText("Ipswich Borough Council");
        }
        org.assertj.core.api.Assertions.assertThat(
                        vaadin.getService().getDeploymentConfiguration().isProductionMode())
                .isFalse();
    }

    /** Vaadin reads this system property when its servlet starts. */
    static class VaadinDevelopmentMode implements BeforeAllCallback, AfterAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            System.setProperty("vaadin.productionMode", "false");
        }

        @Override
        public void afterAll(ExtensionContext context) {
            System.clearProperty("vaadin.productionMode");
        }
    }
}
