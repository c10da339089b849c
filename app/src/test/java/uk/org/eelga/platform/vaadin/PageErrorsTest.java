package uk.org.eelga.platform.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.org.eelga.platform.api.ApiErrors;
import uk.org.eelga.tenancy.ActionRefused;

/** What a page shows when an action fails and the page did not catch it: the API's words, never internals. */
@ExtendWith(MockUi.class)
class PageErrorsTest {

    private final PageErrors pageErrors = new PageErrors(new ApiErrors());

    @Test
    void a_refusal_is_shown_in_its_own_sentence() {
        pageErrors.error(new ErrorEvent(new ActionRefused("in-progress", "Someone else is merging these councils.")));
        NotificationsKt.expectNotifications("Someone else is merging these councils.");
    }

    @Test
    void a_database_refusal_is_said_in_plain_words_without_sql() {
        pageErrors.error(new ErrorEvent(new IllegalStateException(
                "wrapped", new SQLException("duplicate key value violates unique constraint \"x_pkey\"", "23505"))));
        assertThat(shown()).startsWith("That already exists").doesNotContain("x_pkey");
    }

    @Test
    void a_genuine_fault_shows_only_an_incident_number() {
        pageErrors.error(new ErrorEvent(new NullPointerException("secret internals at SomeClass")));
        assertThat(shown())
                .matches("Something went wrong\\. If it keeps happening, tell us the incident number [0-9a-f-]+\\.")
                .doesNotContain("internals");
    }

    private static String shown() {
        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        return NotificationsKt.getNotifications().get(0).getElement().getProperty("text");
    }
}
