package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.variants.WhatIfWindow;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.ProjectWriter;
import org.podforge.io.SettingsStore;
import org.podforge.service.AutosaveStore;
import org.podforge.service.Session;
import org.podforge.service.templates.TemplateRegistry;
import org.podforge.service.variants.WhatIf;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What if with the keyboard: a variant beside the original, the open design untouched, the Compare sheet exported. */
@ExtendWith(ApplicationExtension.class)
class WhatIfWindowTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DocumentModel doc;
    private WhatIfWindow window;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("podforge-whatif");
        var catalog = CatalogLoader.builtIn();
        var prices = CatalogLoader.builtInPrices();
        var server = TemplateRegistry.builtIn().read(TemplateRegistry.builtIn().find("dgx-b200-server").orElseThrow(), catalog).project();
        doc = new DocumentModel(new Session(server, catalog, prices, null, List.of()));
        FileController files = new FileController(doc, catalog, prices, new SettingsModel(new SettingsStore(dir.resolve("cfg"))), dialogs,
                new AutosaveStore(dir.resolve("auto"), 999_999_003));
        stage.setScene(new javafx.scene.Scene(new Label("owner"), 200, 100));
        stage.show();
        window = new WhatIfWindow(stage, files, Runnable::run, Runnable::run);
        window.stage().show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void swapByKeyboardShowsTheVariantBesideTheOriginalAndExportsTheSheet(FxRobot robot) throws Exception {
        String before = ProjectWriter.toJson(doc.getSession().project());
        ComboBox<WhatIf.Swap> swaps = robot.lookup("#whatif-swap").queryAs(ComboBox.class);
        assertTrue(swaps.getItems().stream().anyMatch(x -> x.key().equals("part:NVIDIA-CONNECTX-7>NVIDIA-CONNECTX-8")),
                "the NIC speed swap is offered: " + swaps.getItems());
        robot.interact(swaps::requestFocus);
        robot.type(KeyCode.DOWN);
        WhatIf.Swap chosen = swaps.getSelectionModel().getSelectedItem();
        assertEquals(swaps.getItems().get(1), chosen, "Down moves to the second swap");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#whatif-table").queryAs(TableView.class);
        assertEquals(2 + 2 + 1, table.getColumns().size(), "section, figure, original, variant, delta");
        assertTrue(table.getColumns().get(3).getText().endsWith(chosen.label()), table.getColumns().get(3).getText());
        assertTrue(robot.lookup("#whatif-status").queryAs(Label.class).getText().contains("figures differ"));
        assertEquals(before, ProjectWriter.toJson(doc.getSession().project()), "the open design is not changed");
        assertFalse(doc.isDirty());

        Path xlsx = dir.resolve("compare.xlsx");
        dialogs.files.add(xlsx);
        robot.interact(() -> robot.lookup("#whatif-export").queryAs(javafx.scene.control.Button.class).fire());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertTrue(wb.getSheet("Compare") != null, "the Compare sheet");
        }
        assertEquals(List.of(), dialogs.errors);
    }
}
