package org.podforge.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.AnalysisService;
import org.podforge.app.DocumentModel;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.rules.Finding;
import org.podforge.rules.Severity;
import org.podforge.service.Session;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Findings you can read and act on: the detail text holds everything, the list filters by text and
 * groups by rule or object, and "apply to all like it" fixes a whole class of findings as one undo step.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsFixAllTest {
    private DocumentModel doc;
    private AnalysisService analysis;
    private ProblemsViewModel vm;

    @Start
    void start(Stage stage) {
        doc = new DocumentModel(new Session(project(), CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of()));
        analysis = new AnalysisService(doc);
        vm = new ProblemsViewModel(doc, analysis, ids -> doc.select(ids));
        analysis.runNow();
    }

    /** A Scorpio-P switch in one rack cabled with 2 m CopprLink cables to three XPUs three rack positions away: three reach errors. */
    static Project project() {
        Project p = new Project("fix-all");
        Pod pod = new Pod("pod-1", "Pod A", 1);
        Rack r1 = new Rack("rack-1", "", "RACK-EIA-48U", 0, 0);
        Rack r2 = new Rack("rack-2", "", "RACK-EIA-48U", 0, 3);
        pod.addRack(r1);
        pod.addRack(r2);
        Chassis s1 = new Chassis("srv-1", "", "GENERIC-HGX-8GPU-10U", 1);
        Chassis s2 = new Chassis("srv-2", "", "GENERIC-HGX-8GPU-10U", 1);
        r1.addChassis(s1);
        r2.addChassis(s2);
        s1.addComponent(new Component("psw-1", "", "ASTERA-SCORPIO-P-320", "board-1"));
        p.addPod(pod);
        for (int i = 1; i <= 3; i++) {
            s2.addComponent(new Component("xpu-" + i, "", "GENERIC-XPU-PCIE6", "gpu-" + i));
            Link cable = new Link("link-" + i, new PortRef("psw-1", "port-" + i), new PortRef("xpu-" + i, "host"), 16,
                    Medium.COPPER_EXTERNAL);
            cable.setCablePart("PCISIG-COPPRLINK-EXT-2M");
            pod.addLink(cable);
        }
        return p;
    }

    private void await() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> analysis.isCurrent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(30, TimeUnit.SECONDS);
    }

    private List<Finding> reach() {
        return vm.allFindings().stream().filter(f -> f.ruleId().equals("reach.segment")).toList();
    }

    @Test
    void detailFilterGroupingAndFixAllAsOneUndoStep() throws Exception {
        await();
        List<Finding> reach = reach();
        assertEquals(3, reach.size(), "one reach error per 2 m cable: " + vm.allFindings());
        Finding first = reach.get(0);

        // the detail holds the whole message, the objects with their parts, the source and every fix
        String detail = vm.detailText(first);
        assertTrue(detail.contains(first.message()), detail);
        assertTrue(detail.contains("Source: " + first.source()), detail);
        for (var fix : first.fixes()) {
            assertTrue(detail.contains(fix.label()), detail);
        }
        assertTrue(detail.contains("psw-1 (Component ASTERA-SCORPIO-P-320)"), detail);

        // text filter: an object id narrows the list to its findings
        fx(() -> vm.filterTextProperty().set("LINK-2"));
        assertTrue(vm.findings().stream().allMatch(f -> f.subjects().contains("link-2")), vm.findings().toString());
        assertFalse(vm.findings().isEmpty());
        fx(() -> vm.filterTextProperty().set(""));

        // grouping by rule: the three reach errors sit in one group; by object: link-1 has its own group
        fx(() -> vm.groupingProperty().set(ProblemsViewModel.Grouping.RULE));
        var group = vm.groups().stream().filter(g -> g.key().equals("reach.segment")).findFirst().orElseThrow();
        assertEquals(3, group.findings().size());
        assertTrue(group.title().endsWith("(3)"), group.title());
        fx(() -> vm.groupingProperty().set(ProblemsViewModel.Grouping.OBJECT));
        assertTrue(vm.groups().stream().anyMatch(g -> g.key().equals("link-1") && g.findings().stream().allMatch(f -> f.subjects().contains("link-1"))));

        // every reach error offers the same first fix: "apply to all 3" is one undo step that clears them all
        List<Finding> otherErrors = vm.allFindings().stream().filter(f -> f.severity() == Severity.ERROR && !f.ruleId().equals("reach.segment")).toList();
        var option = vm.fixOptions(first).get(0);
        assertEquals(3, option.like(), option.fix().label());
        String before = ProjectWriter.toJson(doc.getSession().project());
        int undoDepth = doc.getSession().commands().undoHistory().size();
        boolean[] ok = new boolean[1];
        fx(() -> ok[0] = vm.applyFixToAll(first, option.fix()));
        assertTrue(ok[0], doc.messageProperty().get());
        assertTrue(doc.messageProperty().get().startsWith("Applied 3 fixes"), doc.messageProperty().get());
        assertEquals(undoDepth + 1, doc.getSession().commands().undoHistory().size(), "one undo step");
        await();
        assertTrue(reach().isEmpty(), "all three cleared: " + reach());
        assertEquals(otherErrors, vm.allFindings().stream().filter(f -> f.severity() == Severity.ERROR).toList(), "and no new error");
        fx(() -> doc.undo());
        assertEquals(before, ProjectWriter.toJson(doc.getSession().project()), "one undo restores the design byte for byte");
        await();
        assertEquals(3, reach().size());
        fx(() -> doc.redo());
        await();
        assertTrue(reach().isEmpty(), "redo re-applies all three");
    }
}
