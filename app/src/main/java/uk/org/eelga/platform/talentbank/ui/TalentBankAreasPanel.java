package uk.org.eelga.platform.talentbank.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.talentbank.TalentBankAreas;
import uk.org.eelga.platform.talentbank.TalentBankAreas.AreaDraft;
import uk.org.eelga.platform.talentbank.TalentBankAreas.AreaInUse;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * The Talent Bank's areas on the catalogue page: staff add one when the offer grows and rename one to correct it;
 * the services and associates in each are counted. {@code changed} lets the page offer the areas {@link #shown} in
 * its forms (one read of the areas serves the list and the forms).
 */
class TalentBankAreasPanel extends VerticalLayout {

    final TextField areaName = limited(new TextField("Area name"), TalentBankAreas.NAME_MAX);
    final Button addArea = new Button("Add area");
    final Button renameArea = new Button("Rename the chosen area");
    final ErrorSummary errors = new ErrorSummary(areaName);
    final SuccessMessage saved = new SuccessMessage();
    final Grid<AreaInUse> areas = new Grid<>(AreaInUse.class, false);
    final H2 heading = new H2("Areas");

    private final TalentBankAreas service;
    private final Caller staff;
    private final Runnable changed;
    private List<AreaInUse> shown;

    TalentBankAreasPanel(TalentBankAreas service, Caller staff, Runnable changed) {
        this.service = service;
        this.staff = staff;
        this.changed = changed;
        setPadding(false);
        areaName.setWidth("24em");
        addArea.addClickListener(e -> add());
        renameArea.addClickListener(e -> rename());
        areas.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(a -> areaName.setValue(a.name())));
        areas.addColumn(AreaInUse::name).setHeader("Area").setFlexGrow(2);
        areas.addColumn(a -> counted(a.services())).setHeader("Services").setKey("services");
        areas.addColumn(a -> counted(a.associates())).setHeader("Associates").setKey("associates");
        areas.setAllRowsVisible(true);
        Tables.named(areas, "Areas of the Talent Bank", "No areas yet: add the first one.");
        add(
                heading,
                new Paragraph("Every service and associate belongs to an area. Add an area when the offer grows. To"
                        + " correct an area's name, choose it in the list below: its services, associates, targets and"
                        + " framework measures keep it under the new name."),
                errors,
                areaName,
                addArea,
                renameArea,
                saved,
                areas);
        show();
    }

    /** The areas as last read, in the order councils see them. */
    List<AreaInUse> shown() {
        return shown;
    }

    void add() {
        errors.restart(saved);
        errors.required(areaName, "Enter the area's name");
        errors.tryIfNone(
                () -> {
                    AreaInUse added = service.add(staff, new AreaDraft(areaName.getValue()));
                    saved.show("Added the area " + added.name() + ". Add its services and associates below.");
                    areaName.clear();
                    refresh();
                },
                fields());
    }

    void rename() {
        errors.restart(saved);
        AreaInUse chosen = areas.getSelectedItems().stream().findFirst().orElse(null);
        if (chosen == null) {
            errors.problem("Choose the area in the list first");
        }
        errors.required(areaName, "Enter the area's new name");
        errors.tryIfNone(
                () -> {
                    AreaInUse renamed = service.rename(staff, chosen.id(), new AreaDraft(areaName.getValue()));
                    saved.show("Renamed " + chosen.name() + " to " + renamed.name() + ".");
                    refresh();
                },
                fields());
    }

    private Map<String, TextField> fields() {
        return Map.of("invalid-name", areaName, "area-exists", areaName, "area-unchanged", areaName);
    }

    private void refresh() {
        show();
        changed.run();
    }

    private void show() {
        shown = service.areas();
        areas.setItems(shown);
    }

    private static String counted(int n) {
        return n == 0 ? "None yet" : Integer.toString(n);
    }
}
