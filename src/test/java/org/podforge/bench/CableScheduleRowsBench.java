package org.podforge.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.podforge.bom.CableSchedule;
import org.podforge.bom.CableScheduleRows;
import org.podforge.bom.Standard;
import org.podforge.catalog.Catalog;
import org.podforge.cli.Inputs;
import org.podforge.model.Project;

/**
 * The workbook's cable schedule rows of a design file ({@link CableScheduleRows#of}), timed as the export meets them:
 * the first call in a fresh JVM (cold: class loading and the JIT warming up, what a {@code podforge export} pays),
 * then a few more calls (warm). Prints wall and thread CPU time per call. Run it with the launchers' flags
 * ({@code -XX:TieredStopAtLevel=1}) to see what the command costs.
 *
 * <pre>java -XX:TieredStopAtLevel=1 -cp target/test-classes:target/classes:DEPS org.podforge.bench.CableScheduleRowsBench FILE [calls]</pre>
 */
public final class CableScheduleRowsBench {
    private CableScheduleRowsBench() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Catalog catalog = Inputs.catalog(null);
        Project project = Inputs.project(file, catalog).project();
        CableSchedule schedule = CableSchedule.of(project, Standard.linkFacts(project, catalog), catalog);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%s: %,d fabric cables; load average %.1f%n", file.getFileName(), schedule.fabricCableCount(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int i = 0; i < calls; i++) {
            long cpu = mx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            List<CableScheduleRows.Row> rows = CableScheduleRows.of(schedule);
            System.out.printf(Locale.ROOT, "call %d (%s): %,d rows, wall %.0f ms, cpu %.0f ms%n", i + 1, i == 0 ? "cold" : "warm",
                    rows.size(), (System.nanoTime() - t) / 1e6, (mx.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
    }
}
