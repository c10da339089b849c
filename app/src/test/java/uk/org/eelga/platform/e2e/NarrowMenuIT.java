package uk.org.eelga.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;

/** Real Chromium: at 320 pixels the open menu covers its own toggle, so it carries a button that closes it. */
@PlatformIT
class NarrowMenuIT {

    @RegisterExtension
    static final RealBrowser chromium = new RealBrowser();

    @Test
    void on_a_320_pixel_screen_the_open_menu_closes_from_its_own_button_and_focus_returns_to_the_toggle() {
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@norwich.demo", "/portal");
            page.setViewportSize(320, 640);
            Locator close = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close menu"));
            assertThat(close).isHidden();

            page.locator("vaadin-drawer-toggle").click();
            page.waitForFunction("() => document.querySelector('vaadin-app-layout').drawerOpened");
            assertThat(close).isVisible();
            Object right = close.evaluate("b => b.getBoundingClientRect().right");
            org.assertj.core.api.Assertions.assertThat(((Number) right).doubleValue())
                    .isLessThanOrEqualTo(320);

            close.press("Enter");
            page.waitForFunction("() => !document.querySelector('vaadin-app-layout').drawerOpened");
            assertThat(page.locator("vaadin-drawer-toggle")).isFocused();
        }
    }

    @Test
    void on_a_wide_screen_the_menu_stays_beside_the_page_with_no_close_button() {
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@norwich.demo", "/portal");
            page.setViewportSize(1280, 800);
            assertThat(page.locator("vaadin-side-nav")).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close menu")))
                    .isHidden();
        }
    }
}
