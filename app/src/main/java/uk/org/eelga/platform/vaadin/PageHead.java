package uk.org.eelga.platform.vaadin;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;

/**
 * Completes every page's head: the language (WCAG 3.1.1, so screen readers speak British English) and the
 * platform's stylesheet, plain CSS from the frontend module that needs no frontend bundle build.
 */
@Singleton
class PageHead implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            var document = response.getDocument();
            document.getElementsByTag("html").attr("lang", "en-GB");
            document.head().appendElement("link").attr("rel", "stylesheet").attr("href", "styles/eelga.css");
        });
    }
}
