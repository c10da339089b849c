package uk.org.eelga.platform.survey.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import uk.org.eelga.platform.survey.QuestionType;
import uk.org.eelga.platform.survey.SurveyDraft;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Choices;

/** One question in the builder: text, type, required, options (one per line) and an optional skip rule. */
final class QuestionEditor extends VerticalLayout {

    final TextField text = limited(new TextField("Question"), SurveyDraft.QUESTION_TEXT_MAX);
    final Select<QuestionType> type = Choices.select("Type", QuestionType::label, QuestionType.values());
    final Checkbox required = new Checkbox("Required");
    final TextArea options = limited(
            new TextArea("Options (one per line; rating: the scale, worst first)"),
            SurveyDraft.MAX_OPTIONS * (Text.NAME + 1));
    final IntegerField showIf = new IntegerField("Show only when question number");
    final TextField showIfAnswer = limited(new TextField("has the answer"), Text.NAME);

    QuestionEditor(Runnable remove) {
        setPadding(false);
        addClassName("question-editor");
        text.setWidthFull();
        type.setValue(QuestionType.SINGLE_CHOICE);
        type.addValueChangeListener(e -> {
            if (e.getValue() == QuestionType.RATING && options.isEmpty()) {
                options.setValue(String.join("\n", QuestionType.STANDARD_SCALE));
            }
            options.setVisible(
                    e.getValue() != null && e.getValue().hasOptions() && e.getValue() != QuestionType.YES_NO);
        });
        options.setWidthFull();
        showIf.setMin(1);
        Button removeButton = new Button("Remove question", e -> remove.run());
        HorizontalLayout row = new HorizontalLayout(type, required, showIf, showIfAnswer, removeButton);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(text, row, options);
    }

    SurveyDraft.QuestionDraft draft() {
        List<String> lines = Arrays.stream(options.getValue().split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new SurveyDraft.QuestionDraft(
                text.getValue(),
                type.getValue(),
                required.getValue(),
                lines,
                showIf.getValue(),
                showIf.getValue() == null ? null : showIfAnswer.getValue());
    }

    void load(SurveyDraft.QuestionDraft q) {
        text.setValue(q.text());
        type.setValue(q.type());
        required.setValue(q.required());
        options.setValue(q.type() == QuestionType.YES_NO ? "" : String.join("\n", q.options()));
        showIf.setValue(q.showIfQuestion());
        showIfAnswer.setValue(q.showIfAnswer() == null ? "" : q.showIfAnswer());
    }
}
