package uk.org.eelga.platform.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;

/**
 * A survey has sane limits (20 sections, 200 questions, 50 options, texts of stated lengths), the same for the
 * builder page (which calls {@link SurveyCatalogue}) and the API, where the request record states them too.
 */
@PlatformIT
class SurveyLimitsIT {

    @Inject
    SurveyCatalogue catalogue;

    @BeforeEach
    void clean() throws Exception {
        SurveyTestData.clear();
    }

    @Test
    void too_many_sections_questions_or_options_are_refused_by_the_service_the_builder_page_uses() {
        SurveyDraft base =
                SurveyTestData.draft("Limits", SurveyAudience.ALL_COUNCILS, null, SurveyMode.PER_COUNCIL, false);
        SurveyDraft.SectionDraft section = base.sections().get(0);
        refused(with(base, Collections.nCopies(21, section)), "at most 20 sections");
        SurveyDraft.QuestionDraft question =
                SurveyDraft.QuestionDraft.of("Why?", QuestionType.FREE_TEXT, false, List.of());
        refused(
                with(base, List.of(new SurveyDraft.SectionDraft("Many", Collections.nCopies(201, question)))),
                "at most 200 questions");
        List<String> options =
                IntStream.rangeClosed(1, 51).mapToObj(i -> "Option " + i).toList();
        refused(
                with(
                        base,
                        List.of(new SurveyDraft.SectionDraft(
                                "Options",
                                List.of(SurveyDraft.QuestionDraft.of(
                                        "Pick", QuestionType.SINGLE_CHOICE, false, options))))),
                "at most 50 options");
        refused(
                with(
                        base,
                        List.of(new SurveyDraft.SectionDraft(
                                "Text",
                                List.of(SurveyDraft.QuestionDraft.of(
                                        "Bell\u0007", QuestionType.FREE_TEXT, false, List.of()))))),
                "plain text");
        long id = catalogue.create(Fixtures.staff(), with(base, Collections.nCopies(20, section)));
        assertThat(catalogue.find(id).orElseThrow().sections()).hasSize(20);
    }

    @Test
    void the_api_states_the_same_limits_at_its_door() {
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        StringBuilder sections = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            sections.append(i == 0 ? "" : ",")
                    .append("{\"title\":\"S")
                    .append(i)
                    .append("\",\"questions\":[{\"text\":\"Q\",\"type\":\"FREE_TEXT\",\"required\":false}]}");
        }
        String draft =
                "{\"title\":\"Too big\",\"kind\":\"OTHER\",\"audience\":\"ALL_COUNCILS\",\"mode\":\"PER_COUNCIL\","
                        + "\"anonymous\":false,\"opensAt\":\"2030-01-01T00:00:00Z\",\"closesAt\":\"2030-02-01T00:00:00Z\","
                        + "\"sections\":[" + sections + "]}";
        Api.Answer answer = Api.post("/api/v1/surveys", staff, draft);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asText()).isEqualTo("invalid-field");
        assertThat(answer.json().get("detail").asText()).contains("sections");
    }

    private void refused(SurveyDraft draft, String because) {
        assertThatThrownBy(() -> catalogue.create(Fixtures.staff(), draft))
                .isInstanceOf(SurveyRefused.class)
                .hasMessageContaining(because);
    }

    private static SurveyDraft with(SurveyDraft d, List<SurveyDraft.SectionDraft> sections) {
        return new SurveyDraft(
                d.title(),
                d.description(),
                d.kind(),
                d.audience(),
                d.groupId(),
                d.meetingId(),
                d.mode(),
                d.anonymous(),
                d.opensAt(),
                d.closesAt(),
                new ArrayList<>(sections));
    }
}
