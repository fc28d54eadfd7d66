package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.generate.Choice;
import org.podforge.app.generate.GenerateDialog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.SettingsStore;
import org.podforge.model.Family;
import org.podforge.model.command.Edits;
import org.podforge.service.AutosaveStore;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Generate…: the preview follows the inputs, an impossible request shows its reason and marks its input,
 * and Generate opens the design as a new untitled one only after the unsaved-changes prompt.
 */
@ExtendWith(ApplicationExtension.class)
class GenerateDialogTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DocumentModel doc;
    private GenerateDialog dialog;
    private final java.util.Map<String, String> remembered = new java.util.HashMap<>();
    private FileController files;
    private Stage owner;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("podforge-gen");
        var catalog = CatalogLoader.builtIn();
        var prices = CatalogLoader.builtInPrices();
        doc = new DocumentModel(new Session(FlowFixture.project(), catalog, prices, null, List.of()));
        FileController files = new FileController(doc, catalog, prices, new SettingsModel(new SettingsStore(dir.resolve("cfg"))), dialogs,
                new AutosaveStore(dir.resolve("auto"), 999_999_003));
        stage.setScene(new javafx.scene.Scene(new Label("owner"), 200, 100));
        stage.show();
        this.files = files;
        this.owner = stage;
        dialog = new GenerateDialog(stage, files, remembered, Runnable::run, Runnable::run, Duration.ZERO);
        dialog.stage().show();
    }

    @Test
    void previewFollowsTheInputsRefusalIsInlineAndGenerateOpensUntitled(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // the defaults: the sample pod's server, 8 x 8 XPUs with Scorpio X
        assertEquals("64", text(robot, "#gen-preview-gpus"));
        assertTrue(text(robot, "#gen-preview-cost-per-gpu").startsWith("$"), text(robot, "#gen-preview-cost-per-gpu"));
        assertTrue(text(robot, "#gen-preview-power-per-rack").endsWith("kW (known parts)"));
        assertFalse(button(robot).isDisabled());

        // 80 NVLink GPUs in one domain: refused with the reason, the domain marked, Generate off
        robot.interact(() -> {
            select(robot, "#gen-gpu", "NVIDIA-B200");
            robot.lookup("#gen-gpus-per-server").queryAs(TextField.class).setText("4");
            select(robot, "#gen-scale-up", "NVLINK");
            select(robot, "#gen-scale-out", "none");
        });
        robot.clickOn("#gen-servers").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("20");
        robot.clickOn("#gen-domain").write("80");
        WaitForAsyncUtils.waitForFxEvents();
        Label refusal = robot.lookup("#gen-refusal").queryAs(Label.class);
        assertTrue(refusal.isVisible());
        assertTrue(refusal.getText().contains("80 NVLink GPUs in one domain"), refusal.getText());
        assertTrue(robot.lookup("#gen-domain").queryAs(TextField.class).getStyle().contains("border-color"), "the domain input is marked");
        assertTrue(button(robot).isDisabled());

        // an NVL72-sized domain in a rack that takes it: generated, the mark gone
        robot.interact(() -> {
            robot.lookup("#gen-servers").queryAs(TextField.class).setText("18");
            robot.lookup("#gen-domain").queryAs(TextField.class).setText("72");
            select(robot, "#gen-rack", "NVIDIA-NVL72-RACK");
            select(robot, "#gen-cooling", "LIQUID");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(refusal.isVisible(), refusal.getText());
        assertEquals("72", text(robot, "#gen-preview-gpus"));
        assertTrue(text(robot, "#gen-preview-components").contains("18 Scale-up switch"), text(robot, "#gen-preview-components"));
        assertEquals("", robot.lookup("#gen-domain").queryAs(TextField.class).getStyle());
        assertFalse(button(robot).isDisabled());

        // an unsaved edit: Generate asks first, and Cancel keeps the design and the dialog
        robot.interact(() -> doc.execute(Edits.projectName("Edited")));
        robot.clickOn("#generate-open");
        assertEquals(1, dialogs.saveQuestions, "unsaved changes are asked about first");
        assertEquals("Edited", doc.getSession().project().name(), "Cancel kept the design");
        assertTrue(dialog.stage().isShowing());

        dialogs.saveChoices.add(DialogService.SaveChoice.DISCARD);
        robot.clickOn("#generate-open");
        assertFalse(dialog.stage().isShowing(), "the dialog closed");
        var p = doc.getSession().project();
        assertTrue(p.name().startsWith("72 x NVIDIA-B200"), p.name());
        long gpus = p.pods().get(0).allComponents().stream()
                .filter(c -> doc.getSession().catalog().require(c.partNumber()).family() == Family.GPU).count();
        assertEquals(72, gpus);
        assertNull(doc.getSession().file(), "the generated design opens untitled: Save asks for a file");
        assertFalse(doc.isDirty());
        assertTrue(doc.messageProperty().get().contains("untitled"), doc.messageProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static Button button(FxRobot robot) {
        return robot.lookup("#generate-open").queryAs(Button.class);
    }

    /** Selects the entry whose value's text is {@code value} (a part number, an enum name or "none"). */
    @SuppressWarnings("unchecked")
    private static void select(FxRobot robot, String id, String value) {
        ComboBox<Choice<?>> box = robot.lookup(id).queryAs(ComboBox.class);
        Choice<?> hit = box.getItems().stream().filter(c -> String.valueOf(c.value()).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value + " in " + id));
        box.getSelectionModel().select(hit);
    }

    @Test
    void longChoicesWrapInsteadOfBeingCut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int checked = 0;
        for (String id : List.of("#gen-gpu", "#gen-scale-out", "#gen-nic", "#gen-cpu", "#gen-rack")) {
            ComboBox<?> box = robot.lookup(id).queryAs(ComboBox.class);
            var cell = box.getButtonCell();
            String drawn = cell.lookupAll(".text").stream().filter(t -> t instanceof javafx.scene.text.Text)
                    .map(t -> ((javafx.scene.text.Text) t).getText()).findFirst().orElse("");
            assertEquals(cell.getText(), drawn, id + " drawn whole, not cut");
            assertFalse(drawn.endsWith("…") || drawn.endsWith("..."), id + ": " + drawn);
            checked++;
        }
        assertEquals(5, checked);
    }

    @Test
    void theNextOpeningStartsFromTheInputsTheLastOneClosedWith(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            select(robot, "#gen-gpu", "NVIDIA-B200");
            select(robot, "#gen-scale-out", "none");
            robot.lookup("#gen-servers").queryAs(TextField.class).setText("12");
            robot.lookup("#gen-name").queryAs(TextField.class).setText("Hall B");
        });
        robot.interact(() -> dialog.stage().close());
        robot.interact(() -> {
            dialog = new GenerateDialog(owner, files, remembered, Runnable::run, Runnable::run, Duration.ZERO);
            dialog.stage().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("12", robot.lookup("#gen-servers").queryAs(TextField.class).getText());
        assertEquals("Hall B", robot.lookup("#gen-name").queryAs(TextField.class).getText());
        assertEquals("NVIDIA-B200", ((Choice<?>) robot.lookup("#gen-gpu").queryAs(ComboBox.class).getValue()).value());
        assertEquals("none", ((Choice<?>) robot.lookup("#gen-scale-out").queryAs(ComboBox.class).getValue()).value());
        assertEquals("Hall B", dialog.shown().request().name(), "and the preview is of those inputs");
        robot.interact(() -> dialog.stage().close());
    }

    @Test
    void thePreviewCountsRacksAsTheInspectorDoesOnceGenerated(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#gen-pods").queryAs(TextField.class).setText("4");
            select(robot, "#gen-scale-out", "NVIDIA-SN5600");
        });
        WaitForAsyncUtils.waitForFxEvents();
        String previewed = text(robot, "#gen-preview-racks");
        assertTrue(previewed.matches("[0-9,]+ \\([0-9,]+ in pods, [0-9,]+ network\\)"), "total first, then where: " + previewed);
        assertTrue(text(robot, "#gen-preview-fabric").contains(" tiers: ") || text(robot, "#gen-preview-fabric").contains(" tier: "),
                text(robot, "#gen-preview-fabric"));
        robot.clickOn("#generate-open");
        var inspector = new org.podforge.app.inspector.InspectorViewModel(doc);
        assertEquals(previewed, inspector.row("racksTotal").value(), "the project's Racks says what the preview said");
    }
}
