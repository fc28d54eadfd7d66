package org.podforge.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.AnalysisService;
import org.podforge.app.DocumentModel;
import org.podforge.app.bom.BomViewModel;
import org.podforge.app.bom.CablesViewModel;
import org.podforge.app.status.StatusViewModel;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.model.command.RemoveCommand;
import org.podforge.rules.Finding;
import org.podforge.rules.Severity;
import org.podforge.service.Session;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Problems, BOM, Cables and status-bar ViewModels follow the design through the live analysis. */
@ExtendWith(ApplicationExtension.class)
class PanelViewModelsTest {
    private DocumentModel doc;
    private AnalysisService analysis;
    private ProblemsViewModel problems;
    private BomViewModel bom;
    private CablesViewModel cables;
    private StatusViewModel status;
    private final List<List<String>> revealed = new ArrayList<>();

    @Start
    void start(Stage stage) {
        doc = new DocumentModel(new Session(project(), CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of()));
        analysis = new AnalysisService(doc);
        problems = new ProblemsViewModel(doc, analysis, revealed::add);
        bom = new BomViewModel(analysis);
        cables = new CablesViewModel(analysis);
        status = new StatusViewModel(doc, analysis);
        analysis.runNow();
    }

    /** Two servers in one rack, a second rack 2 positions away; a 2 m CopprLink cable from a Scorpio-P to an XPU. */
    private static Project project() {
        Project p = new Project("VM test");
        Pod pod = new Pod("pod-1", "Pod A", 2);
        Rack r1 = new Rack("rack-1", "", "RACK-EIA-48U", 0, 0);
        Rack r2 = new Rack("rack-2", "", "RACK-EIA-48U", 0, 2);
        pod.addRack(r1);
        pod.addRack(r2);
        Chassis s1 = new Chassis("srv-1", "", "GENERIC-HGX-8GPU-10U", 1);
        Chassis s2 = new Chassis("srv-2", "", "GENERIC-HGX-8GPU-10U", 12);
        r1.addChassis(s1);
        r1.addChassis(s2);
        s1.addComponent(new Component("psw-1", "", "ASTERA-SCORPIO-P-320", "board-1"));
        s2.addComponent(new Component("xpu-2", "", "GENERIC-XPU-PCIE6", "gpu-1"));
        p.addPod(pod);
        Link cable = new Link("link-2", new PortRef("psw-1", "port-2"), new PortRef("xpu-2", "host"), 16, Medium.COPPER_EXTERNAL);
        cable.setCablePart("PCISIG-COPPRLINK-EXT-2M");
        pod.addLink(cable);
        return p;
    }

    private void await() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> analysis.isCurrent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(30, TimeUnit.SECONDS);
    }

    private boolean hasReach() {
        return problems.findings().stream().anyMatch(f -> f.ruleId().equals("reach.segment") && f.subjects().contains("link-2"));
    }

    @Test
    void problemsAppearWithAMoveTheirFixIsOneUndoStepAndUndoBringsThemBack() throws Exception {
        await();
        assertFalse(hasReach());
        fx(() -> doc.execute(new MoveChassisCommand("srv-2", "rack-2", 1)));
        await();
        assertTrue(hasReach(), "moving srv-2 two metres away breaks the 2 m cable");
        assertTrue(status.validationProperty().get().contains("error"), status.validationProperty().get());
        assertEquals("errors", status.validationStyleProperty().get());
        assertTrue(problems.summaryProperty().get().startsWith(problems.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).count() + " error"), problems.summaryProperty().get());

        Finding reach = problems.findings().stream().filter(f -> f.ruleId().equals("reach.segment") && f.subjects().contains("link-2"))
                .findFirst().orElseThrow();
        fx(() -> problems.reveal(reach));
        assertEquals(reach.subjects(), revealed.get(revealed.size() - 1), "double-click reveals the finding's objects");

        boolean[] ok = new boolean[1];
        fx(() -> ok[0] = problems.applyFix(reach, reach.fixes().get(0)));
        assertTrue(ok[0]);
        assertTrue(doc.messageProperty().get().startsWith("Applied fix"), doc.messageProperty().get());
        await();
        assertFalse(hasReach(), "the fix cleared it");
        fx(() -> doc.undo());
        await();
        assertTrue(hasReach(), "undoing the fix brings the finding back");

        // the severity filter hides warnings and info
        fx(() -> problems.minimumProperty().set(Severity.ERROR));
        assertTrue(problems.findings().stream().allMatch(f -> f.severity() == Severity.ERROR));
        fx(() -> problems.minimumProperty().set(Severity.INFO));
    }

    @Test
    void aFixThatNoLongerAppliesIsRefusedWithAReason() throws Exception {
        fx(() -> doc.execute(new MoveChassisCommand("srv-2", "rack-2", 1)));
        await();
        Finding reach = problems.findings().stream().filter(f -> f.ruleId().equals("reach.segment") && f.subjects().contains("link-2"))
                .findFirst().orElseThrow();
        fx(() -> doc.execute(new RemoveCommand("link-2")));
        boolean[] ok = new boolean[] {true};
        long rev = doc.revisionProperty().get();
        fx(() -> ok[0] = problems.applyFix(reach, reach.fixes().get(0)));
        assertFalse(ok[0]);
        assertTrue(doc.messageProperty().get().startsWith("Fix not applied"), doc.messageProperty().get());
        assertEquals(rev, doc.revisionProperty().get());
    }

    @Test
    void bomCablesAndStatusShowCostsPerPodAndPerGpuAndFollowEdits() throws Exception {
        await();
        assertEquals(1, bom.bom().gpus() / 2, "one XPU per pod, two replicas");
        assertTrue(bom.costPerPodProperty().get().startsWith("$"), bom.costPerPodProperty().get());
        assertTrue(bom.costPerGpuProperty().get().startsWith("$"));
        assertTrue(status.costProperty().get().endsWith(bom.costPerPodProperty().get()), status.costProperty().get());
        assertTrue(bom.summaryProperty().get().contains("2 pods deployed"), bom.summaryProperty().get());
        assertEquals(1, cables.runs().size());
        assertEquals("link-2", cables.runs().get(0).linkId());
        String perPod = bom.costPerPodProperty().get();
        long xpuLines = bom.lines().stream().filter(l -> l.partNumber().equals("GENERIC-XPU-PCIE6")).count();
        assertEquals(1, xpuLines);

        fx(() -> doc.execute(new RemoveCommand("xpu-2")));
        await();
        assertEquals(0, bom.lines().stream().filter(l -> l.partNumber().equals("GENERIC-XPU-PCIE6")).count());
        assertFalse(perPod.equals(bom.costPerPodProperty().get()), "cost per pod follows the delete");
        assertEquals("—", bom.costPerGpuProperty().get(), "no GPUs left: no cost per GPU");
        assertEquals(0, cables.runs().size(), "the removed XPU's cable is gone from the schedule");
    }
}
