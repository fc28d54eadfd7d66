package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.templates.NewFromTemplateDialog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.SettingsStore;
import org.podforge.model.command.Edits;
import org.podforge.service.AutosaveStore;
import org.podforge.service.Session;
import org.podforge.service.templates.TemplateRegistry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > New from template with the keyboard: preview follows the selection, Enter opens an untitled copy. */
@ExtendWith(ApplicationExtension.class)
class NewFromTemplateDialogTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DocumentModel doc;
    private NewFromTemplateDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("podforge-tpl");
        var catalog = CatalogLoader.builtIn();
        var prices = CatalogLoader.builtInPrices();
        doc = new DocumentModel(new Session(FlowFixture.project(), catalog, prices, null, List.of()));
        FileController files = new FileController(doc, catalog, prices, new SettingsModel(new SettingsStore(dir.resolve("cfg"))), dialogs,
                new AutosaveStore(dir.resolve("auto"), 999_999_002));
        stage.setScene(new javafx.scene.Scene(new Label("owner"), 200, 100));
        stage.show();
        dialog = new NewFromTemplateDialog(stage, files, TemplateRegistry.builtIn());
        dialog.stage().show();
    }

    @Test
    void keyboardChoosesPreviewsAndOpensAsUntitled(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("dgx-b200-server", dialog.view().selected().id(), "the first template is selected");
        assertEquals("8", robot.lookup("#template-gpus").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#template-cost-per-gpu").queryAs(Label.class).getText().startsWith("$"));
        assertTrue(robot.lookup("#template-power-per-rack").queryAs(Label.class).getText().endsWith("kW (known parts)"));

        // an unsaved edit: the first Enter asks, and Cancel keeps the design and the dialog
        robot.interact(() -> doc.execute(Edits.projectName("Edited")));
        robot.interact(() -> dialog.view().list().requestFocus());
        robot.type(KeyCode.DOWN);
        assertEquals("seed-pod-8x8", dialog.view().selected().id());
        assertEquals("64", robot.lookup("#template-gpus").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#template-components").queryAs(Label.class).getText().contains("16 Scale-up switch"));
        robot.type(KeyCode.ENTER);
        assertEquals(1, dialogs.saveQuestions, "unsaved changes are asked about first");
        assertEquals("Edited", doc.getSession().project().name(), "Cancel kept the design");
        assertTrue(dialog.stage().isShowing());

        dialogs.saveChoices.add(DialogService.SaveChoice.DISCARD);
        robot.type(KeyCode.ENTER);
        assertFalse(dialog.stage().isShowing(), "the dialog closed");
        assertEquals("Sample: 8 x 8 XPU pod with Scorpio X scale-up", doc.getSession().project().name());
        assertNull(doc.getSession().file(), "the template opens untitled: Save asks for a file");
        assertFalse(doc.isDirty());
        assertTrue(doc.messageProperty().get().contains("untitled"), doc.messageProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void theTemplateNamesAreReadableAtTheDialogsDefaultSize(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var list = dialog.view().list();
        javafx.geometry.Bounds listBounds = list.localToScene(list.getBoundsInLocal());
        int checked = 0;
        for (javafx.scene.Node n : list.lookupAll(".list-cell")) {
            var cell = (javafx.scene.control.ListCell<?>) n;
            if (cell.getItem() == null || !cell.isVisible()) {
                continue;
            }
            // the cell draws its text itself, or (a WrappingListCell) as a wrapped Text graphic
            String drawn = java.util.stream.Stream.concat(cell.lookupAll(".text").stream(), java.util.stream.Stream.ofNullable(cell.getGraphic()))
                    .filter(t -> t instanceof javafx.scene.text.Text).map(t -> ((javafx.scene.text.Text) t).getText())
                    .filter(t -> !t.isEmpty()).findFirst().orElse("");
            assertEquals(cell.getText(), drawn, "drawn whole (wrapped, not cut)");
            assertFalse(drawn.endsWith("…") || drawn.endsWith("..."), "cut: " + drawn);
            javafx.geometry.Bounds b = cell.localToScene(cell.getBoundsInLocal());
            assertTrue(b.getMaxX() <= listBounds.getMaxX() + 0.5, cell.getText() + " runs past the list's edge: " + b + " / " + listBounds);
            checked++;
        }
        assertEquals(dialog.view().list().getItems().size(), checked, "every template is in view at the default size");
        // Escape in the list closes the dialog (the list consumed it)
        robot.interact(() -> dialog.view().list().requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertFalse(dialog.stage().isShowing(), "Escape closed the dialog");
        for (javafx.scene.Node n : list.lookupAll(".scroll-bar")) {
            var bar = (javafx.scene.control.ScrollBar) n;
            if (bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                assertFalse(bar.isVisible(), "no sideways scrolling to read a name");
            }
        }
    }
}
