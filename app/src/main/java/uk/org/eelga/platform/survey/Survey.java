package uk.org.eelga.platform.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A survey with its sections and questions, as pages and the API show it. */
@Serdeable
public record Survey(
        long id,
        String title,
        String description,
        SurveyKind kind,
        SurveyAudience audience,
        @Nullable Long groupId,
        @Nullable Long meetingId,
        SurveyMode mode,
        boolean anonymous,
        Instant opensAt,
        Instant closesAt,
        boolean published,
        List<Section> sections) {

    public boolean isOpen(Instant now) {
        return published && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean isClosed(Instant now) {
        return !now.isBefore(closesAt);
    }

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(long questionId) {
        return questions().stream().filter(q -> q.id() == questionId).findFirst();
    }

    /** The overall rating of an evaluation: its first rating question. */
    public Optional<Question> overallRating() {
        return questions().stream().filter(q -> q.type() == QuestionType.RATING).findFirst();
    }

    @Serdeable
    public record Section(long id, String title, List<Question> questions) {}

    @Serdeable
    public record Question(
            long id,
            int number,
            String text,
            QuestionType type,
            boolean required,
            List<String> options,
            @Nullable Long showIfQuestion,
            @Nullable String showIfAnswer) {

        public boolean conditional() {
            return showIfQuestion != null;
        }
    }
}
