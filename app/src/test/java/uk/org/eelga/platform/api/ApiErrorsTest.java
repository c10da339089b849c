package uk.org.eelga.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.coaching.BookingRefused;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.NotFoundForCaller;
import uk.org.eelga.tenancy.keycloak.KeycloakUnavailable;

/** The wording of the one place that turns failures into answers. */
class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors();

    @Test
    void each_kind_of_refusal_keeps_its_features_code_and_gets_its_status() {
        assertThat(errors.describe(null, new BookingRefused("delegate-email", "Give the address."), 500))
                .extracting(ApiProblem::status, ApiProblem::code, ApiProblem::detail, ApiProblem::message)
                .containsExactly(422, "delegate-email", "Give the address.", "Give the address.");
        assertThat(errors.describe(null, new BookingRefused("after-cutoff", "Too late."), 500)
                        .status())
                .isEqualTo(409);
        assertThat(errors.describe(null, new ActionRefused("forbidden", "No."), 500)
                        .status())
                .isEqualTo(403);
        assertThat(errors.describe(null, new ActionRefused("bad-name", "Name it."), 500)
                        .status())
                .isEqualTo(400);
        assertThat(errors.describe(null, new NotFoundForCaller("No such council"), 500)
                        .status())
                .isEqualTo(404);
        ApiProblem down = errors.describe(null, new KeycloakUnavailable("Keycloak did not answer.", null), 500);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.detail()).endsWith("Nothing further was changed; retry.");
        assertThat(down.type()).isEqualTo("tag:eelga.gov.uk,2025:problem:keycloak-unavailable");
    }

    @Test
    void a_database_refusal_is_a_plain_4xx_without_its_sql() {
        RuntimeException duplicate = new IllegalStateException(
                "insert failed", new SQLException("duplicate key value violates unique constraint \"x_key\"", "23505"));
        ApiProblem problem = errors.describe(null, duplicate, 500);
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).doesNotContain("constraint", "duplicate key", "x_key");
        assertThat(errors.describe(null, new RuntimeException(new SQLException("bad", "23503")), 500)
                        .status())
                .isEqualTo(422);
        assertThat(errors.describe(null, new RuntimeException(new SQLException("nul", "22021")), 500)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anything_else_is_an_incident_that_says_nothing_of_what_happened() {
        ApiProblem problem = errors.describe(
                null, new IllegalStateException("select secret from council where id = 'x' -- org.postgresql"), 500);
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.incident()).isNotBlank();
        assertThat(problem.detail()).contains(problem.incident()).doesNotContain("select", "postgresql", "secret");
        assertThat(errors.describe(null, new RuntimeException(new SQLException("denied", "42501")), 500)
                        .status())
                .as("a permission the platform lacks is its fault, not the caller's")
                .isEqualTo(500);
    }

    @Test
    void a_refusal_never_echoes_kilobytes() {
        ApiProblem problem = errors.describe(null, new ActionRefused("bad", "x".repeat(100_000)), 500);
        assertThat(problem.detail()).hasSizeLessThan(1100);
    }

    @Test
    void a_hand_built_problem_is_completed_for_the_status_it_travels_with() {
        ApiProblem completed = new ApiProblem("not-linked", "Ask your council.").forStatus(403);
        assertThat(completed.type()).isEqualTo("tag:eelga.gov.uk,2025:problem:not-linked");
        assertThat(completed.status()).isEqualTo(403);
        assertThat(completed.title()).isEqualTo("Not allowed");
        assertThat(completed.detail()).isEqualTo(completed.message()).isEqualTo("Ask your council.");
    }
}
