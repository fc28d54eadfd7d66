package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window-modal dialog over the maximised main window must not use the toolkit's modality: JavaFX 21 on Linux
 * disables the owner by fixing its size hints and openbox then un-maximised the main window (seen with the auto-wire
 * dialog; the window manager's part cannot run headless, so this checks that the toolkit's disabling is not used and
 * that the owner is still blocked while the dialog shows, and free again after it closes).
 */
@ExtendWith(ApplicationExtension.class)
class WindowModalTest {
    private final AtomicInteger pressed = new AtomicInteger();
    private final AtomicInteger keys = new AtomicInteger();
    private final AtomicInteger closes = new AtomicInteger();
    private Stage owner;
    private Button button;

    private void showOwner(FxRobot robot) {
        robot.interact(() -> {
            button = new Button("owner's button");
            button.setOnAction(e -> pressed.incrementAndGet());
            button.setOnKeyPressed(e -> keys.incrementAndGet());
            StackPane root = new StackPane(button);
            StackPane.setAlignment(button, Pos.TOP_LEFT);
            owner = new Stage();
            owner.setScene(new Scene(root, 800, 600));
            owner.setOnCloseRequest(e -> {
                closes.incrementAndGet();
                e.consume();
            });
            owner.setMaximized(true);
            owner.show();
        });
    }

    @AfterEach
    void hide(FxRobot robot) {
        robot.interact(() -> {
            if (owner != null) {
                owner.hide();
            }
        });
    }

    private void poke(FxRobot robot) {
        robot.clickOn(button);
        robot.interact(() -> {
            button.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.A, false, false, false, false));
            owner.fireEvent(new WindowEvent(owner, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
    }

    @Test
    void anOwnedModalWindowBlocksItsMaximisedOwnerWithoutDisablingIt(FxRobot robot) {
        showOwner(robot);
        Stage[] d = new Stage[1];
        robot.interact(() -> {
            d[0] = new Stage();
            OwnedWindow.setUp(d[0], owner, new Pane(), 300, 200, true);
            d[0].show();
        });
        Stage dialog = d[0];
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Modality.NONE, dialog.getModality(), "the toolkit's window-modality un-maximises the owner under openbox");
        assertEquals(owner, dialog.getOwner());
        assertTrue(WindowModal.blocked(owner));
        poke(robot);
        assertEquals(0, pressed.get(), "a click on the owner does nothing while the dialog shows");
        assertEquals(0, keys.get(), "nor a key");
        assertEquals(0, closes.get(), "nor the window manager's close button");
        assertTrue(owner.isMaximized());

        robot.interact(dialog::close);
        assertFalse(WindowModal.blocked(owner));
        poke(robot);
        assertEquals(1, pressed.get(), "the owner takes clicks again once the dialog has closed");
        assertEquals(1, keys.get());
        assertEquals(1, closes.get());
    }

    @Test
    void anAlertBlocksTheWholeOwnerChainWithoutTheToolkitsModality(FxRobot robot) {
        showOwner(robot);
        Stage[] middle = new Stage[1];
        Alert[] shown = new Alert[1];
        robot.interact(() -> {
            middle[0] = new Stage();
            OwnedWindow.setUp(middle[0], owner, new Pane(), 300, 200, true);
            middle[0].show();
            Alert a = new Alert(Alert.AlertType.INFORMATION, "over the dialog");
            WindowModal.over(a, middle[0]);
            a.show();
            shown[0] = a;
        });
        Alert alert = shown[0];
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Modality.NONE, alert.getModality());
        assertTrue(WindowModal.blocked(middle[0]), "the alert blocks the dialog it is over");
        assertTrue(WindowModal.blocked(owner), "and the main window under that");
        robot.interact(alert::close);
        assertFalse(WindowModal.blocked(middle[0]));
        assertTrue(WindowModal.blocked(owner), "the dialog still blocks the main window");
        robot.interact(middle[0]::close);
        assertFalse(WindowModal.blocked(owner));
    }

    @Test
    void aNativeDialogThatUnMaximisedTheOwnerLeavesItMaximisedAgain(FxRobot robot) throws Exception {
        showOwner(robot);
        String[] got = new String[1];
        robot.interact(() -> got[0] = WindowModal.keepMaximised(owner, () -> {
            owner.setMaximized(false); // what openbox does while the toolkit disables the owner for a file chooser
            return "chosen";
        }));
        assertEquals("chosen", got[0]);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> owner.isMaximized());
    }
}
