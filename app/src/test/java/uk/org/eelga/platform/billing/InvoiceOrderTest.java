package uk.org.eelga.platform.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceOrderTest {

    private static InvoiceSummary invoice(String description, LocalDate dueOn, InvoiceStatus status, boolean overdue) {
        return new InvoiceSummary(
                1,
                "norwich",
                "TALENT_BANK",
                description,
                null,
                100_00,
                20_00,
                120_00,
                dueOn,
                status,
                status.name(),
                overdue,
                null,
                null);
    }

    @Test
    void overdue_first_then_to_pay_soonest_due_then_paid_newest_first() {
        InvoiceSummary paid2017 = invoice("paid 2017", LocalDate.of(2017, 5, 31), InvoiceStatus.PAID, false);
        InvoiceSummary paid2025 = invoice("paid 2025", LocalDate.of(2025, 5, 31), InvoiceStatus.PAID, false);
        InvoiceSummary voided2024 = invoice("void 2024", LocalDate.of(2024, 5, 31), InvoiceStatus.VOID, false);
        InvoiceSummary dueLater = invoice("due March", LocalDate.of(2027, 3, 1), InvoiceStatus.OPEN, false);
        InvoiceSummary dueSoon = invoice("due January", LocalDate.of(2027, 1, 1), InvoiceStatus.OPEN, false);
        InvoiceSummary longOverdue = invoice("overdue 2018", LocalDate.of(2018, 9, 2), InvoiceStatus.OPEN, true);
        InvoiceSummary overdue = invoice("overdue 2026", LocalDate.of(2026, 11, 1), InvoiceStatus.OPEN, true);

        List<String> order = List.of(paid2017, dueLater, voided2024, overdue, paid2025, dueSoon, longOverdue).stream()
                .sorted(Invoices.OVERDUE_FIRST)
                .map(InvoiceSummary::description)
                .toList();

        assertThat(order)
                .containsExactly(
                        "overdue 2018",
                        "overdue 2026",
                        "due January",
                        "due March",
                        "paid 2025",
                        "void 2024",
                        "paid 2017");
    }
}
