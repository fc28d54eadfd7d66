package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Start-up's heavy work waits until the window's size requests have gone out ({@link WindowSize}): under openbox
 * the window was mapped at 200 x 200 and stayed so while the first design was opened between the two requests.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSizeTest {

    @Test
    void workWaitsUntilBothSizeRequestsWereMade(FxRobot robot) throws Exception {
        List<String> seen = new ArrayList<>();
        Stage[] stage = new Stage[1];
        WindowSize[] ws = new WindowSize[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            Scene scene = new Scene(new Pane(), 640, 480);
            stage[0].setScene(scene);
            ws[0] = WindowSize.keep(stage[0], scene);
            stage[0].show();
            ws[0].whenSized(() -> seen.add("work at " + stage[0].getWidth() + " x " + stage[0].getHeight()));
            seen.add("shown");
        });
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> seen.size() == 2);
            // not run inside show(): the first request (one pixel smaller) has only been queued for a pulse then
            assertEquals("shown", seen.get(0));
            // and when it runs, the second request (the wanted size; no frame headless) has been made
            assertEquals("work at 640.0 x 480.0", seen.get(1));
            robot.interact(() -> {
                assertEquals(640, stage[0].getScene().getWidth(), 0.5);
                assertEquals(480, stage[0].getScene().getHeight(), 0.5);
                List<String> late = new ArrayList<>();
                ws[0].whenSized(() -> late.add("ran"));
                assertEquals(List.of("ran"), late, "work asked for after sizing runs at once");
            });
        } finally {
            robot.interact(() -> stage[0].hide());
        }
    }

    @Test
    void aMaximisedWindowDoesNotWait(FxRobot robot) {
        List<String> seen = new ArrayList<>();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            Scene scene = new Scene(new Pane(), 640, 480);
            stage[0].setScene(scene);
            stage[0].setMaximized(true);
            WindowSize ws = WindowSize.keep(stage[0], scene);
            stage[0].show();
            assertTrue(ws.sized(), "nothing to request for a maximised window");
            ws.whenSized(() -> seen.add("work"));
            seen.add("shown");
            stage[0].hide();
        });
        assertEquals(List.of("work", "shown"), seen);
    }
}
