package uk.org.eelga.platform.vaadin;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.ui.UkDates;

/**
 * Completes every page's head: the language (WCAG 3.1.1, so screen readers speak British English), the favicon
 * and the platform's stylesheet, plain CSS from the frontend module that needs no frontend bundle build. Every UI
 * gets the UK locale, whatever the browser says, so components that follow the UI's locale are British too.
 */
@Singleton
class PageHead implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            var document = response.getDocument();
            document.getElementsByTag("html").attr("lang", "en-GB");
            document.head()
                    .appendElement("link")
                    .attr("rel", "icon")
                    .attr("type", "image/svg+xml")
                    .attr("href", "icons/favicon.svg");
            document.head().appendElement("link").attr("rel", "stylesheet").attr("href", "styles/eelga.css");
        });
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(UkDates.UK));
    }
}
