package uk.org.eelga.platform.engagement.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;

/** Two labelled selects: the financial year (2017-18 to this year) and the whole year or a quarter. */
class PeriodPicker extends HorizontalLayout {

    static final String WHOLE_YEAR = "Whole year";
    static final int FIRST_YEAR = 2017;

    final Select<String> year = new Select<>();
    final Select<String> quarter = new Select<>();

    PeriodPicker(Clock clock, Consumer<ReportingPeriod> onChange) {
        ReportingPeriod now = ReportingPeriod.containing(LocalDate.now(clock.withZone(UkTime.ZONE)));
        List<String> years = new ArrayList<>();
        for (int y = now.startYear(); y >= FIRST_YEAR; y--) {
            years.add(ReportingPeriod.year(y).label());
        }
        year.setLabel("Financial year");
        year.setItems(years);
        year.setValue(years.get(0));
        quarter.setLabel("Quarter");
        quarter.setItems(WHOLE_YEAR, "Q1 (Apr-Jun)", "Q2 (Jul-Sep)", "Q3 (Oct-Dec)", "Q4 (Jan-Mar)");
        quarter.setValue(WHOLE_YEAR);
        year.addValueChangeListener(e -> onChange.accept(value()));
        quarter.addValueChangeListener(e -> onChange.accept(value()));
        add(year, quarter);
        setAlignItems(Alignment.BASELINE);
    }

    /** Shows {@code chosen} when it is a period the picker offers (a year from 2017-18 to this one); says whether. */
    boolean select(ReportingPeriod chosen) {
        String label = ReportingPeriod.year(chosen.startYear()).label();
        if (year.getListDataView().getItems().noneMatch(label::equals)) {
            return false;
        }
        year.setValue(label);
        quarter.setValue(chosen.isWholeYear() ? WHOLE_YEAR : quarterItems().get(chosen.quarter() - 1));
        return true;
    }

    private List<String> quarterItems() {
        return quarter.getListDataView().getItems().skip(1).toList();
    }

    ReportingPeriod value() {
        ReportingPeriod whole = ReportingPeriod.parse(year.getValue());
        String q = quarter.getValue();
        return WHOLE_YEAR.equals(q) ? whole : new ReportingPeriod(whole.startYear(), q.charAt(1) - '0');
    }
}
