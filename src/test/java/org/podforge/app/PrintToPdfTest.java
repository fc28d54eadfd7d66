package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.SettingsStore;
import org.podforge.model.Rack;
import org.podforge.service.AutosaveStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export PDF...: the selected rack's elevation, one page, read back with PDFBox; Print... is on Ctrl+P. */
@ExtendWith(ApplicationExtension.class)
class PrintToPdfTest {
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("podforge-pdf");
        window = new MainWindow(stage, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(),
                new SettingsModel(new SettingsStore(dir.resolve("cfg"))), new AutosaveStore(dir.resolve("auto")), w -> dialogs);
        stage.show();
        // a small two-rack pod rather than the 1,300-link sample: the window starts faster
        org.podforge.model.Project p = new org.podforge.model.Project("Two racks");
        p.addPod(org.podforge.service.PodGenerator.pod("pod-1", "Pod A", 8, 1, 0, ""));
        Path file = dir.resolve("two.podforge.json");
        org.podforge.io.ProjectWriter.save(p, file);
        window.openInitial(List.of(file.toString()));
    }

    @Test
    void exportPdfFromTheMenuPrintsTheSelectedRack(FxRobot robot) throws Exception {
        DocumentModel doc = window.document();
        Rack second = doc.getSession().project().pods().get(0).racks().get(1);
        String chassisId = second.chassis().get(0).id();
        robot.interact(() -> doc.select(List.of(chassisId)));
        Path pdf = dir.resolve("racks.pdf");
        dialogs.files.add(pdf);
        // the File menu renders this action (menus and toolbar share the objects); headless menus are not clickable
        robot.interact(() -> window.action("export-pdf").fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.exportPdf().lastProperty().get() != null
                && window.exportPdf().lastProperty().get().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
        assertTrue(doc.messageProperty().get().startsWith("Exported PDF to racks.pdf (1 page"), doc.messageProperty().get());
        assertEquals(2, doc.getSession().project().pods().get(0).racks().size(), "the design has two racks; one is printed");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, d.getNumberOfPages(), "the selection's one rack");
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains(second.label()) && text.contains(second.chassis().get(0).label()) && text.contains("two.podforge.json"), text);
            assertFalse(text.contains(doc.getSession().project().pods().get(0).racks().get(0).label() + "\n"), "not the other rack");
        }
        assertEquals(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), window.action("print").accelerator());
    }

    @Test
    void onTheTopologyTabExportPdfPrintsTheShownPodsTopology(FxRobot robot) throws Exception {
        robot.clickOn("Topology");
        WaitForAsyncUtils.waitForFxEvents();
        Path pdf = dir.resolve("topology.pdf");
        dialogs.files.add(pdf);
        robot.interact(() -> window.action("export-pdf").fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.exportPdf().lastProperty().get() != null
                && window.exportPdf().lastProperty().get().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of("pod-1"), window.exportPdf().lastProperty().get().get().topologyPods());
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, d.getNumberOfPages(), "one topology sheet for the pod shown, no elevations");
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("Topology: Pod A") && text.contains("two.podforge.json"), text);
            String gpu = window.document().getSession().project().pods().get(0).allComponents().get(0).label();
            assertTrue(text.contains(gpu), gpu + " in " + text);
        }
    }
}
