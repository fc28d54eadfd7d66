package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dialogs open centred over their owner. Under openbox a maximised main window's alerts were mapped at the screen's
 * top-left corner, where JavaFX had asked for the centre before showing; the window manager's part cannot run
 * headless, so these tests put the dialog where openbox did once it is shown, or give it its size only then.
 */
@ExtendWith(ApplicationExtension.class)
class DialogPlacementTest {
    private Stage owner;
    private Stage dialog;

    @AfterEach
    void hide(FxRobot robot) {
        robot.interact(() -> {
            if (dialog != null) {
                dialog.hide();
            }
            if (owner != null) {
                owner.hide();
            }
        });
    }

    @Test
    void centredOverTheOwnerInsideItsScreen() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1600, 1000);
        assertEquals(new Point2D(550, 300), DialogPlacement.centred(new Rectangle2D(0, 0, 1600, 1000), 500, 400, screen));
        assertEquals(new Point2D(352, 302), DialogPlacement.centred(new Rectangle2D(100, 50, 1000, 800), 497, 297, screen),
                "whole pixels");
        assertEquals(new Point2D(1100, 250), DialogPlacement.centred(new Rectangle2D(1400, 100, 800, 500), 500, 200, screen),
                "an owner half off the screen: the dialog stays on it");
        assertEquals(new Point2D(0, 0), DialogPlacement.centred(new Rectangle2D(0, 0, 1600, 1000), 1800, 1200, screen),
                "larger than the screen: its title bar stays on it");
        assertEquals(new Point2D(-1050, 300), DialogPlacement.centred(new Rectangle2D(-1600, 0, 1600, 1000), 500, 400,
                new Rectangle2D(-1600, 0, 1600, 1000)), "on a screen left of the primary one");
    }

    private void showOwner(FxRobot robot) {
        robot.interact(() -> {
            owner = new Stage();
            owner.setScene(new Scene(new Pane(), 900, 640));
            owner.setX(60);
            owner.setY(40);
            owner.show();
        });
    }

    private Point2D centreOfOwnerFor(double w, double h) {
        return new Point2D(Math.round(owner.getX() + (owner.getWidth() - w) / 2), Math.round(owner.getY() + (owner.getHeight() - h) / 2));
    }

    @Test
    void aDialogTheWindowManagerPutInTheCornerGoesBackOverItsOwner(FxRobot robot) throws Exception {
        showOwner(robot);
        robot.interact(() -> {
            dialog = new Stage();
            dialog.initOwner(owner);
            dialog.setScene(new Scene(new Pane(), 400, 300));
            // what openbox did with our alerts over the maximised main window: the top-left corner, once mapped
            dialog.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                dialog.setX(0);
                dialog.setY(0);
            });
            DialogPlacement.centreOver(dialog);
            dialog.show();
        });
        Point2D want = centreOfOwnerFor(400, 300);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog.getX() == want.getX() && dialog.getY() == want.getY());
        assertEquals(want, new Point2D(dialog.getX(), dialog.getY()));
    }

    @Test
    void aSizeKnownOnlyAfterShowingIsCentredToo(FxRobot robot) throws Exception {
        showOwner(robot);
        robot.interact(() -> {
            dialog = new Stage();
            dialog.initOwner(owner);
            dialog.setScene(new Scene(new Pane(), 200, 200)); // the size a stage is first mapped at (JDK-8316423)
            DialogPlacement.centreOver(dialog);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            dialog.setWidth(700); // then its real size arrives, not moving it (the window grows to the right and down)
            dialog.setHeight(500);
        });
        Point2D want = centreOfOwnerFor(700, 500);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog.getX() == want.getX() && dialog.getY() == want.getY());
        assertEquals(want, new Point2D(dialog.getX(), dialog.getY()));
    }

    @Test
    void aDialogWithoutOwnerIsLeftAlone(FxRobot robot) {
        robot.interact(() -> {
            dialog = new Stage();
            dialog.setScene(new Scene(new Pane(), 300, 200));
            dialog.setX(17);
            dialog.setY(23);
            DialogPlacement.centreOver(dialog);
            dialog.show();
        });
        WaitForAsyncUtils.sleep((long) DialogPlacement.SETTLE.toMillis() + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Point2D(17, 23), new Point2D(dialog.getX(), dialog.getY()));
    }
}
