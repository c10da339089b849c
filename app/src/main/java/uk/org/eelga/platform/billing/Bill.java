package uk.org.eelga.platform.billing;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An invoice to raise for the bound council.
 *
 * @param sourceRef what it bills, unique per council (e.g. {@code membership-2017-18}); billing the same source
 *                  twice returns the first invoice, so a retried business action never bills twice
 */
public record Bill(
        InvoiceKind kind,
        String description,
        @Nullable String poNumber,
        LocalDate dueOn,
        String sourceRef,
        List<BillableItem> items) {

    public Bill {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "due date");
        Objects.requireNonNull(sourceRef, "source reference");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new InvalidAmount("An invoice needs at least one item");
        }
    }
}
