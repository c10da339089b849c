package uk.org.eelga.platform.framework.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import uk.org.eelga.platform.framework.report.FrameworkImporter;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Live;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;

/** Import next year's framework from CSV or XLSX; errors are listed by line and nothing is stored until clean. */
@Route("framework/import")
@PageTitle("Import a framework | EELGA member platform")
@StaffPage
public class FrameworkImportView extends Page {

    final TextField year = limited(new TextField("Framework year (e.g. 2020-21)"), 20);
    final TextField title = limited(new TextField("Title"), Text.NAME);
    final Button importButton = new Button("Check and import");
    final UnorderedList messages = Live.polite(new UnorderedList());
    private byte[] content;
    private String fileName;

    FrameworkImportView(FrameworkImporter importer) {
        super(
                "Import a framework",
                "One row per measure, with a header row naming the columns: "
                        + String.join(", ", FrameworkImporter.COLUMNS)
                        + ". Money targets are in pounds. Files up to 10 MB.");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            content = data;
            fileName = metadata.fileName();
        }));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFileSize(FrameworkImporter.MAX_FILE_BYTES);
        upload.getElement().setAttribute("aria-label", "Framework file (CSV or XLSX)");
        importButton.addClickListener(e -> {
            messages.removeAll();
            if (content == null) {
                messages.add(new ListItem("Choose a CSV or XLSX file first."));
                return;
            }
            FrameworkImporter.Result result =
                    importer.importFile(Callers.current(), fileName, content, year.getValue(), title.getValue());
            if (result.ok()) {
                messages.add(new ListItem("Imported " + result.created().year() + ": "
                        + result.created().title()));
            } else {
                messages.add(new ListItem("Nothing was imported. Fix these and try again:"));
                result.errors().forEach(error -> messages.add(new ListItem(error)));
            }
        });
        add(year, title, upload, importButton, messages);
    }

    void useFile(String name, byte[] data) {
        fileName = name;
        content = data;
    }
}
