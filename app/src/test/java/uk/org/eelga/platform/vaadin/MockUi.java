package uk.org.eelga.platform.vaadin;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh Vaadin UI (Karibu's, no servlet, no Micronaut) for each test of a class marked
 * {@code @ExtendWith(MockUi.class)}: for tests of Vaadin glue that need a UI but no page of the platform.
 */
final class MockUi implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        MockVaadin.setup();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        MockVaadin.tearDown();
    }
}
