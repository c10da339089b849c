package uk.org.eelga.platform.epaycheck.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.function.Consumer;
import uk.org.eelga.platform.epaycheck.Benchmark;
import uk.org.eelga.shared.Money;

/**
 * The regional benchmarks grid as the console and a council's page both show it: job family, grade, councils and the
 * median range first, then what the page adds, then the vacant posts.
 */
final class BenchmarkColumns {

    private BenchmarkColumns() {}

    static void addTo(Grid<Benchmark> benchmarks, Consumer<Grid<Benchmark>> more) {
        benchmarks.addColumn(b -> b.jobFamily().label()).setHeader("Job family").setFlexGrow(2);
        benchmarks.addColumn(Benchmark::grade).setHeader("Grade");
        benchmarks.addColumn(Benchmark::councils).setHeader("Councils");
        benchmarks
                .addColumn(b -> Money.format(b.medianMinPence()) + " to " + Money.format(b.medianMaxPence()))
                .setHeader("Median range")
                .setFlexGrow(2);
        more.accept(benchmarks);
        benchmarks.addColumn(b -> b.vacancies() + " of " + b.posts()).setHeader("Vacancies of posts");
        benchmarks.setAllRowsVisible(true);
        benchmarks.setAriaLabel("Regional pay benchmarks");
    }
}
