package uk.org.eelga.platform.epaycheck.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.function.Consumer;
import uk.org.eelga.platform.epaycheck.Benchmark;
import uk.org.eelga.shared.Money;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * The regional benchmarks grid as the console and a council's page both show it: job family, grade, councils and the
 * median range first, then what the page adds, then the vacant posts; a card of the same on a narrow screen.
 */
final class BenchmarkColumns {

    private BenchmarkColumns() {}

    static void addTo(Grid<Benchmark> benchmarks, Consumer<NarrowScreens.TextColumns<Benchmark>> more) {
        NarrowScreens.TextColumns<Benchmark> columns = NarrowScreens.textColumns(benchmarks);
        columns.add("Job family", b -> b.jobFamily().label()).setFlexGrow(2);
        columns.add("Grade", Benchmark::grade);
        columns.add("Councils", b -> String.valueOf(b.councils()));
        columns.add("Median range", b -> Money.pounds(b.medianMinPence()) + " to " + Money.pounds(b.medianMaxPence()))
                .setFlexGrow(2);
        more.accept(columns);
        columns.add("Vacancies of posts", b -> b.vacancies() + " of " + b.posts());
        columns.cards("Benchmark", b -> b.jobFamily().label() + " " + b.grade());
        benchmarks.setAllRowsVisible(true);
        Tables.named(
                benchmarks,
                "Regional pay benchmarks",
                "No benchmarks yet: a job family and grade is shown once at least 5 councils have sent figures for it.");
    }
}
