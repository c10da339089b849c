package uk.org.eelga.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void a_name_becomes_lower_case_words_joined_by_single_hyphens_without_accents() {
        assertThat(Slug.of("Public Service Reform", 60)).isEqualTo("public-service-reform");
        assertThat(Slug.of("  King's Lynn & West Norfolk  ", 60)).isEqualTo("king-s-lynn-west-norfolk");
        assertThat(Slug.of("Café économie", 60)).isEqualTo("cafe-economie");
        assertThat(Slug.of("HR -- OD", 60)).isEqualTo("hr-od");
        assertThat(Slug.of("!!!", 60)).isEmpty();
    }

    @Test
    void a_long_name_is_cut_at_the_most_and_never_ends_with_a_hyphen() {
        assertThat(Slug.of("aaaa bbbb", 5)).isEqualTo("aaaa");
        assertThat(Slug.of("aaaa bbbb", 7)).isEqualTo("aaaa-bb");
        assertThat(Slug.of("x".repeat(100), 60)).hasSize(60);
    }
}
