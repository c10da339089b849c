package uk.org.eelga.platform.survey.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import uk.org.eelga.platform.survey.SurveyDraft;
import uk.org.eelga.tenancy.input.Text;

/** A section in the builder with its questions. */
final class SectionEditor extends VerticalLayout {

    final TextField title = limited(new TextField("Section title"), Text.NAME);
    final List<QuestionEditor> questions = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    SectionEditor(Runnable remove) {
        addClassName("section-editor");
        title.setWidthFull();
        list.setPadding(false);
        add(
                title,
                list,
                new Button("Add question", e -> addQuestion()),
                new Button("Remove section", e -> remove.run()));
    }

    QuestionEditor addQuestion() {
        return Removable.add(questions, list, QuestionEditor::new);
    }

    SurveyDraft.SectionDraft draft() {
        return new SurveyDraft.SectionDraft(
                title.getValue(), questions.stream().map(QuestionEditor::draft).toList());
    }
}
