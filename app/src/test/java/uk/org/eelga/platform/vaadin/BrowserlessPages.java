package uk.org.eelga.platform.vaadin;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.MicronautJunit5Extension;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.org.eelga.platform.support.PlatformIT;

/**
 * A browserless page test: the whole platform ({@link PlatformIT}) and, around each test, a fresh Karibu session on
 * the platform's real Vaadin wiring ({@link BrowserlessUi#start}), closed after the test and after the test's own
 * {@code @AfterEach}. The test signs in with {@link BrowserlessUi#signIn} and opens pages with {@link
 * BrowserlessUi#open}; the next person is {@link BrowserlessUi#restartAs}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@PlatformIT
@ExtendWith(BrowserlessPages.Session.class)
public @interface BrowserlessPages {

    /** Starts the browserless session before each test (before the test's {@code @BeforeEach}) and stops it after. */
    final class Session implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext extension) {
            // Micronaut's JUnit extension keeps the test's application context in the root store under this key.
            ApplicationContext context = extension
                    .getRoot()
                    .getStore(ExtensionContext.Namespace.create(MicronautJunit5Extension.class))
                    .get(ApplicationContext.class, ApplicationContext.class);
            if (context == null) {
                throw new IllegalStateException("@BrowserlessPages needs the platform's context (@PlatformIT)");
            }
            BrowserlessUi.start(context);
        }

        @Override
        public void afterEach(ExtensionContext extension) {
            BrowserlessUi.stop();
        }
    }
}
