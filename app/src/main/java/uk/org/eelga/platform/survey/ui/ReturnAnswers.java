package uk.org.eelga.platform.survey.ui;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import uk.org.eelga.platform.survey.MyResponse;
import uk.org.eelga.platform.survey.Survey;

/**
 * A survey's questions as fields, for staff keying in a council's return from paper or email (issue 14 point 2):
 * the same labelled field per question as the council's own answer page. The answer rules (required answers, skip
 * logic, allowed values) are checked when the return is saved.
 */
public class ReturnAnswers extends Div {

    private final List<QuestionField> fields = new ArrayList<>();

    /** Shows the survey's questions (none when the survey is null), empty. */
    public void show(Survey survey) {
        removeAll();
        fields.clear();
        if (survey == null) {
            return;
        }
        for (Survey.Question question : survey.questions()) {
            QuestionField field = new QuestionField(question, () -> {});
            fields.add(field);
            add(field.component());
        }
    }

    /** The answers given, one per answered question. */
    public List<MyResponse.Answer> answers() {
        List<MyResponse.Answer> answers = new ArrayList<>();
        for (QuestionField field : fields) {
            List<String> values = field.values();
            if (!values.isEmpty()) {
                answers.add(new MyResponse.Answer(field.question().id(), values));
            }
        }
        return answers;
    }

    /** The fields, in question order (for tests). */
    public List<com.vaadin.flow.component.Component> fields() {
        return fields.stream().map(QuestionField::component).toList();
    }

    /** Empties every field. */
    public void clear() {
        fields.forEach(f -> f.setValues(List.of()));
    }
}
