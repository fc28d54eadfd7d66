package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real alerts (About, errors, "Save changes?", confirmations): centred over the main window, as large as their
 * text, answered by Escape as by their cancel button.
 */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {
    private static final String ONE_LINE = "A message long enough to wrap: /tmp/designs/gb300-nvl72.podforge.json: line 2, column 1 "
            + "(at oops): the file ends in the middle of the JSON (it looks truncated). Restore it from git or a backup.";
    private Stage owner;
    private FxDialogService dialogs;

    @AfterEach
    void hide(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : Window.getWindows().toArray(Window[]::new)) {
                if (w instanceof Stage s) {
                    s.hide();
                }
            }
        });
    }

    private void showOwner(FxRobot robot) {
        robot.interact(() -> {
            owner = new Stage();
            owner.setScene(new Scene(new Pane(), 1000, 700));
            owner.setX(10);
            owner.setY(20);
            owner.show();
            dialogs = new FxDialogService(owner);
        });
    }

    /** Shows an alert as the app does (showAndWait, from the FX thread) and returns its window once it shows. */
    private <T> Stage open(FxRobot robot, AtomicReference<T> answer, Supplier<T> ask) throws Exception {
        Platform.runLater(() -> answer.set(ask.get()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> alert() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return alert();
    }

    private Stage alert() {
        return Window.getWindows().stream().filter(w -> w != owner && w.isShowing() && w instanceof Stage)
                .map(Stage.class::cast).filter(s -> s.getScene().getRoot() instanceof DialogPane).findFirst().orElse(null);
    }

    @Test
    void escapeOnSaveChangesIsCancelNotDontSave(FxRobot robot) throws Exception {
        showOwner(robot);
        AtomicReference<DialogService.SaveChoice> answer = new AtomicReference<>();
        Stage a = open(robot, answer, () -> dialogs.askSaveChanges("design.podforge.json"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> answer.get() != null);
        assertEquals(DialogService.SaveChoice.CANCEL, answer.get(), "\"Don't save\" is a No button, yet Escape must keep the changes");
        assertFalse(a.isShowing());
    }

    @Test
    void escapeOnAConfirmationIsNo(FxRobot robot) throws Exception {
        showOwner(robot);
        AtomicReference<Boolean> answer = new AtomicReference<>();
        open(robot, answer, () -> dialogs.confirm("Recover unsaved changes?", "An autosave is newer than the file."));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> answer.get() != null);
        assertEquals(Boolean.FALSE, answer.get());
    }

    @Test
    void anErrorIsCentredOverItsOwnerWithAllItsTextAndEscapeClosesIt(FxRobot robot) throws Exception {
        showOwner(robot);
        AtomicReference<String> answer = new AtomicReference<>();
        Stage a = open(robot, answer, () -> {
            dialogs.showError("Cannot open gb300-nvl72.podforge.json", ONE_LINE);
            return "closed";
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(a.getX() + a.getWidth() / 2 - (owner.getX() + owner.getWidth() / 2)) <= 1
                && Math.abs(a.getY() + a.getHeight() / 2 - (owner.getY() + owner.getHeight() / 2)) <= 1);
        DialogPane pane = (DialogPane) a.getScene().getRoot();
        Label text = (Label) pane.getContent();
        robot.interact(() -> {
            assertTrue(text.getWidth() <= FxDialogService.MAX_WIDTH, "the text wraps instead of widening the alert: " + text.getWidth());
            assertTrue(a.getScene().getHeight() >= pane.prefHeight(pane.getWidth()) - 0.5, "the alert is as tall as its content");
            assertTrue(text.getHeight() >= text.prefHeight(text.getWidth()) - 0.5, "and so is the text");
            Text shown = (Text) text.lookup(".text");
            assertNotNull(shown);
            assertEquals(ONE_LINE, shown.getText(), "no line is cut off with an ellipsis");
        });
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "closed".equals(answer.get()));
        assertFalse(a.isShowing());
    }

    @Test
    void aLongWrappedLabelIsAsTallAsItsLines(FxRobot robot) {
        robot.interact(() -> {
            Label l = FxDialogService.wrapped(ONE_LINE);
            Scene s = new Scene(new Pane(l));
            l.applyCss();
            assertEquals(FxDialogService.TEXT_WIDTH, l.prefWidth(-1), 0.5, "a long line wraps at the text width");
            assertTrue(l.prefHeight(-1) > 1.5 * new Label("x").prefHeight(-1), "and its preferred height counts the wrapped lines");
            assertTrue(FxDialogService.wrapped("Short.").prefWidth(-1) < 100, "a short one is as wide as it is");
            assertNotNull(s);
        });
    }
}
