package org.podforge.app.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.MainWindow;
import org.podforge.app.SampleDesign;
import org.podforge.app.SettingsModel;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.SettingsStore;
import org.podforge.service.AutosaveStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bulk wiring window's notes (why sources were left unwired, with their ids) wrap to the window's width, whole,
 * at its default size and after the window is made narrower: they were cut with "..." on one line.
 */
@ExtendWith(ApplicationExtension.class)
class BulkWiringNotesTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("podforge-notes");
        window = new MainWindow(stage, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(),
                new SettingsModel(new SettingsStore(dir.resolve("cfg"))), new AutosaveStore(dir.resolve("auto")), w -> null);
        window.document().setSession(SampleDesign.open(CatalogLoader.builtIn(), CatalogLoader.builtInPrices()).orElseThrow());
        stage.show();
    }

    private static List<String> cutNotes(ListView<?> notes) {
        List<String> out = new ArrayList<>();
        for (Node n : notes.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> c && c.isVisible() && c.getItem() != null) {
                for (Node t : textsOf(c)) {
                    if (t instanceof Text text && !text.getText().equals(c.getItem())) {
                        out.add(text.getText() + " (" + c.getHeight() + " px of " + c.prefHeight(c.getWidth()) + ", width " + c.getWidth() + ")");
                    }
                }
            }
        }
        return out;
    }

    @Test
    void notesWrapWholeAtTheDefaultSizeAndNarrower(FxRobot robot) throws Exception {
        robot.clickOn("#pod-canvas");
        robot.interact(() -> window.document().select(List.of("srv-1", "srv-4")));
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        BulkWiringDialog dialog = window.wiring().lastDialogProperty().get();
        assertNotNull(dialog);
        ListView<?> notes = robot.lookup("#wire-notes").queryAs(ListView.class);
        assertTrue(notes.getItems().size() >= 2, "the sample's wired servers leave notes: " + notes.getItems());
        for (double width : new double[] {980, 720, 560}) {
            robot.interact(() -> dialog.stage().setWidth(width));
            for (int i = 0; i < 4; i++) {
                WaitForAsyncUtils.sleep(60, TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertEquals(List.of(), cutNotes(notes), "at " + width + " px");
        }
        robot.interact(() -> dialog.stage().close());
    }

    /** The texts a cell draws: its own (when it shows one) and its graphic's. */
    private static List<Node> textsOf(ListCell<?> c) {
        List<Node> out = new ArrayList<>(c.lookupAll(".text"));
        if (c.getGraphic() instanceof Text t) {
            out.add(t);
        }
        return out;
    }
}
