package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.select.Select;

/** A drop-down of a fixed set of choices (an enum's values), each shown by its words rather than its constant. */
public final class Choices {

    private Choices() {}

    /** A select labelled {@code label} offering {@code items}, each shown as {@code words} gives it. */
    @SafeVarargs
    public static <T> Select<T> select(String label, ItemLabelGenerator<T> words, T... items) {
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(words);
        return select;
    }
}
