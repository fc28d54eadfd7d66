package org.podforge.app.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.model.Family;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The icons rasterised together in one snapshot per size (start-up, decision 0021) are the pixels each icon gives
 * when rasterised alone, as the palette, canvas and topology view drew them before.
 */
@ExtendWith(ApplicationExtension.class)
class FamilyIconsTest {
    @Start
    void start(Stage stage) {
        // a toolkit is all this needs
    }

    /** The icon drawn alone at 0,0 into a size x size snapshot (how each icon was rasterised before). */
    private static WritableImage alone(Family f, int size) {
        SnapshotParameters sp = new SnapshotParameters();
        sp.setFill(Color.TRANSPARENT);
        sp.setViewport(new Rectangle2D(0, 0, size, size));
        return new Group(FamilyIcons.node(f, size)).snapshot(sp, new WritableImage(size, size));
    }

    @Test
    void eachIconOfTheSharedSnapshotIsTheIconRasterisedAlone(FxRobot robot) {
        List<String> differ = new ArrayList<>();
        robot.interact(() -> {
            for (int size : new int[] {18, 28, 32, 48}) {
                for (Family f : Family.values()) {
                    Image shared = FamilyIcons.image(f, size);
                    assertSame(shared, FamilyIcons.image(f, size), "cached");
                    assertEquals(size, (int) shared.getWidth());
                    assertEquals(size, (int) shared.getHeight());
                    WritableImage own = alone(f, size);
                    PixelReader a = shared.getPixelReader();
                    PixelReader b = own.getPixelReader();
                    int opaque = 0;
                    for (int y = 0; y < size; y++) {
                        for (int x = 0; x < size; x++) {
                            if (a.getArgb(x, y) != b.getArgb(x, y)) {
                                differ.add(f + "@" + size + " at " + x + "," + y + ": " + Integer.toHexString(a.getArgb(x, y))
                                        + " vs " + Integer.toHexString(b.getArgb(x, y)));
                            }
                            if ((a.getArgb(x, y) >>> 24) == 0xff) {
                                opaque++;
                            }
                        }
                    }
                    assertTrue(opaque > size * size / 4, f + "@" + size + " is drawn (" + opaque + " opaque pixels)");
                }
            }
        });
        assertEquals(List.of(), differ.size() > 20 ? differ.subList(0, 20) : differ);
    }
}
