package org.podforge.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.podforge.bom.Bom;
import org.podforge.bom.CableSchedule;
import org.podforge.bom.Standard;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Chassis;
import org.podforge.model.Project;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.Edits;
import org.podforge.rules.RuleEngine;
import org.podforge.service.PodGenerator;
import org.podforge.service.ProjectSnapshot;

/**
 * What the app shell's live analysis costs per edit: snapshot copy (FX thread), incremental rule update
 * (FX thread), full validation, BOM and cable schedule (background). Prints medians of several runs.
 * Run: mvn -q test-compile exec:java -Dexec.mainClass=org.podforge.bench.ShellAnalysisBench
 */
public final class ShellAnalysisBench {
    public static void main(String[] args) {
        Catalog catalog = CatalogLoader.builtIn();
        PriceBook prices = CatalogLoader.builtInPrices();
        for (int gpus : new int[] {64, 512, 4096}) {
            Project p = gpus == 64 ? PodGenerator.sample() : PodGenerator.cluster(gpus);
            int comps = p.allComponents().size();
            List<Double> snap = new ArrayList<>();
            List<Double> full = new ArrayList<>();
            List<Double> incr = new ArrayList<>();
            List<Double> bom = new ArrayList<>();
            RuleEngine engine = new RuleEngine(p, catalog, prices);
            CommandStack stack = new CommandStack(p);
            engine.attach(stack);
            Chassis c = p.pods().get(0).racks().get(0).chassis().get(0);
            for (int i = 0; i < 7; i++) {
                long t0 = System.nanoTime();
                Project s = ProjectSnapshot.copyOf(p);
                long t1 = System.nanoTime();
                engine.validateAll();
                long t2 = System.nanoTime();
                stack.execute(Edits.rename(p, c.id(), "n" + i));
                stack.sealTop();
                long t3 = System.nanoTime();
                Bom.of(s, catalog, prices);
                CableSchedule.of(s, Standard.linkFacts(s, catalog), catalog);
                long t4 = System.nanoTime();
                snap.add((t1 - t0) / 1e6);
                full.add((t2 - t1) / 1e6);
                incr.add((t3 - t2) / 1e6);
                bom.add((t4 - t3) / 1e6);
            }
            System.out.printf("%5d GPUs, %6d components: snapshot %.1f ms, full validation %.1f ms, incremental update %.1f ms, BOM+cables %.1f ms (%d findings)%n",
                    gpus, comps, median(snap), median(full), median(incr), median(bom), engine.findings().size());
        }
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
