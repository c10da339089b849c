package uk.org.eelga.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void identifiers_become_one_route() {
        assertThat(Routes.normalise("/api/v1/surveys/42/reminders")).isEqualTo("/api/v1/surveys/{id}/reminders");
        assertThat(Routes.normalise("/api/v1/surveys/43/reminders")).isEqualTo("/api/v1/surveys/{id}/reminders");
        assertThat(Routes.normalise("/api/v1/users/" + UUID.randomUUID())).isEqualTo("/api/v1/users/{id}");
        assertThat(Routes.normalise("/billing/in_1PqXyZabc")).isEqualTo("/billing/{id}");
        assertThat(Routes.normalise("/portal/surveys/7")).isEqualTo("/portal/surveys/{id}");
        assertThat(Routes.normalise("/")).isEqualTo("/");
        assertThat(Routes.normalise("")).isEqualTo("/");
    }

    @Test
    void static_files_are_one_route_per_folder_and_odd_segments_are_masked() {
        assertThat(Routes.normalise("/VAADIN/build/vaadin-bundle-123abc.js")).isEqualTo("/VAADIN/**");
        assertThat(Routes.normalise("/a/b%20c/<script>")).isEqualTo("/a/{value}/{value}");
        assertThat(Routes.normalise("/a/b/c/d/e/f/g/h/i")).isEqualTo("/a/b/c/d/e/f/**");
        assertThat(Routes.normalise("/api/v1/me/" + "x".repeat(25))).isEqualTo("/api/v1/me/{id}");
    }

    @Test
    void vaadin_request_types_are_kept_only_when_plain() {
        Routes routes = new Routes();
        assertThat(routes.of("/", RequestObservation.vaadinRequest("v-r=uidl&v-uiId=0"), 200))
                .isEqualTo("/ (uidl)");
        assertThat(routes.of("/", RequestObservation.vaadinRequest("v-r=<x>"), 200))
                .isEqualTo("/");
        assertThat(RequestObservation.vaadinRequest(null)).isNull();
    }

    @Test
    void callers_cannot_grow_the_number_of_routes_without_bound() {
        Routes routes = new Routes();
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            tags.add(routes.of("/probe-" + i, null, 404));
            tags.add(routes.of("/known/path-" + i + "/x", null, 200));
        }
        assertThat(tags).contains(Routes.NOT_FOUND, Routes.OTHER);
        assertThat(tags.size()).isLessThanOrEqualTo(Routes.LIMIT + 2);
        assertThat(routes.of("/known/path-1/x", null, 200))
                .as("a route seen before the limit stays itself")
                .isEqualTo("/known/path-1/x");
    }

    @Test
    void refused_probes_do_not_take_the_places_of_real_routes() {
        Routes routes = new Routes();
        for (int i = 0; i < 2_000; i++) {
            assertThat(routes.of("/api/v1/probe-" + i, null, 400)).isEqualTo(Routes.OTHER);
            assertThat(routes.of("/api/v1/odd/" + i + "-x", null, 401)).isEqualTo(Routes.OTHER);
        }
        assertThat(routes.of("/api/v1/invoices", null, 200)).isEqualTo("/api/v1/invoices");
        assertThat(routes.of("/api/v1/invoices", null, 403))
                .as("a known route keeps its name when it is refused")
                .isEqualTo("/api/v1/invoices");
        assertThat(routes.of("/api/v1/surveys/9", null, 500))
                .as("an error on a route never answered well is counted, under OTHER")
                .isEqualTo(Routes.OTHER);
    }
}
