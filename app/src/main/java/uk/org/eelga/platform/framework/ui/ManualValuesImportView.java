package uk.org.eelga.platform.framework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import uk.org.eelga.platform.framework.ManualValues;
import uk.org.eelga.platform.framework.report.ManualValueImport;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.Plurals;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * Manual measure values from a CSV or XLSX file (issue 14 point 2), with the same import as the API
 * ({@link ManualValueImport}): staff choose the file, see every row with the RAG it would get (or every wrong row in
 * the error summary), then confirm. The file is saved whole or not at all, and is checked again when confirmed.
 */
@Route("framework/import-values")
@PageTitle("Import manual values | EELGA member platform")
@StaffPage
public class ManualValuesImportView extends Page {

    final Upload upload;
    final Button check = new Button("Check the file");
    final Button confirm = new Button("Import these values");
    final ErrorSummary errors = new ErrorSummary();
    final SuccessMessage saved = new SuccessMessage();
    final Grid<ManualValueImport.Row> preview = new Grid<>(ManualValueImport.Row.class, false);
    final H2 previewHeading = new H2("Check the values");
    private final ManualValueImport importer;
    private final Caller staff = Callers.current();
    private byte[] content;
    private String fileName;

    ManualValuesImportView(ManualValueImport importer) {
        super("Import manual values");
        this.importer = importer;
        add(errors);
        add(new Paragraph("For figures kept outside the platform. One row per value, with a header row naming the"
                + " columns " + String.join(", ", ManualValueImport.COLUMNS) + " and, if you need them, "
                + String.join(", ", ManualValueImport.OPTIONAL) + ". The measure's number is on its page; the period"
                + " is like 2017-18 or 2017-18 Q1. Nothing is saved until you have checked the file and confirmed,"
                + " and then every row is saved or, if any row is wrong, none."));

        Div label = new Div("Upload a file");
        label.setId("values-file-label");
        label.addClassName("field-label");
        Div hint = new Div("A CSV or XLSX file of at most 10 MB and " + ManualValueImport.MAX_ROWS + " rows");
        hint.setId("values-file-hint");
        hint.addClassName("field-hint");
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> useFile(metadata.fileName(), data)));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ManualValues.MAX_FILE_BYTES);
        upload.getElement().setAttribute("aria-labelledby", "values-file-label");
        upload.getElement().setAttribute("aria-describedby", "values-file-hint");
        upload.addFileRejectedListener(e -> {
            errors.clear();
            errors.problem("The file must be a CSV or XLSX file of at most 10 MB: " + e.getErrorMessage());
            errors.showIfAny();
        });
        upload.addFileRemovedListener(e -> useFile(null, null));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> check());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm());
        confirm.setVisible(false);

        preview.addColumn(ManualValueImport.Row::line).setHeader("Line");
        preview.addColumn(ManualValueImport.Row::measureId).setHeader("Measure");
        preview.addColumn(ManualValueImport.Row::measure).setHeader("Description");
        preview.addColumn(ManualValueImport.Row::period).setHeader("Period");
        preview.addColumn(ManualValueImport.Row::value).setHeader("Value");
        preview.addColumn(ManualValueImport.Row::rag).setHeader("RAG");
        Tables.named(preview, "Values in the file", "The file has no rows of values.");
        preview.setAllRowsVisible(true);
        previewHeading.setVisible(false);
        preview.setVisible(false);
        add(label, hint, upload, check, previewHeading, preview, confirm, saved);
        add(new Anchor("framework", "Back to the performance framework"));
    }

    /** The chosen file (or none); anything checked before is forgotten. */
    void useFile(String name, byte[] data) {
        fileName = name;
        content = data;
        confirm.setVisible(false);
        preview.setVisible(false);
        previewHeading.setVisible(false);
        saved.hide();
    }

    void check() {
        errors.restart(saved);
        if (noFile()) {
            return;
        }
        ManualValueImport.Outcome outcome = importer.preview(staff, fileName, content);
        show(outcome);
        if (outcome.errors().isEmpty()) {
            confirm.setText(
                    outcome.rows().size() == 1
                            ? "Import this value"
                            : "Import these " + outcome.rows().size() + " values");
            confirm.setVisible(true);
        }
    }

    /** Hides the import button; when no file is chosen, says so and says that none is. */
    private boolean noFile() {
        confirm.setVisible(false);
        if (content != null) {
            return false;
        }
        errors.problem("Choose a CSV or XLSX file");
        errors.showIfAny();
        return true;
    }

    void confirm() {
        errors.clear();
        if (noFile()) {
            return;
        }
        ManualValueImport.Outcome outcome = importer.importFile(staff, fileName, content);
        show(outcome);
        if (outcome.saved()) {
            saved.show(
                    "Imported " + Plurals.count(outcome.rows().size(), "value", "values") + " from " + fileName + ".");
            content = null;
            fileName = null;
            upload.clearFileList();
        }
    }

    private void show(ManualValueImport.Outcome outcome) {
        List<String> problems = outcome.errors();
        if (!problems.isEmpty()) {
            errors.problem("Nothing was saved. Correct these rows in the file, then choose it again:");
            problems.forEach(errors::problem);
            errors.showIfAny();
        }
        preview.setItems(outcome.rows());
        preview.setVisible(!outcome.rows().isEmpty());
        previewHeading.setVisible(!outcome.rows().isEmpty());
    }
}
