package org.podforge.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.DocumentModel;
import org.podforge.app.SampleDesign;
import org.podforge.catalog.CatalogLoader;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long wrapped value or label gets the height of its lines, and no row runs into the next: a chassis' "Power note"
 * (seven lines at the default width) was laid out one line high and its text ran up over "System power (W)"; a
 * rack's "Draw" touched the rows around it. Checked at a narrow, the default and a wide inspector width.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorRowHeightTest {
    private DocumentModel doc;
    private InspectorView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        doc = new DocumentModel(SampleDesign.open(CatalogLoader.builtIn(), CatalogLoader.builtInPrices()).orElseThrow());
        view = new InspectorView(new InspectorViewModel(doc));
        stage.setScene(new Scene(view, 376, 900));
        stage.show();
    }

    private void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        for (int pass = 0; pass < 2; pass++) {
            // a pulse lays out what the last one asked for again (the grid asks its viewport for the height it needs)
            WaitForAsyncUtils.asyncFx(() -> {
                view.applyCss();
                view.layout();
            }).get(30, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Labels shorter than their wrapped text, and grid cells whose vertical extents overlap another row's. */
    private List<String> problems(String what) {
        GridPane grid = (GridPane) view.lookup(".inspector-grid");
        List<String> out = new ArrayList<>();
        List<Node> cells = new ArrayList<>(grid.getChildren());
        for (Node n : cells) {
            if (n instanceof Label l && l.getHeight() + 0.5 < l.prefHeight(l.getWidth())) {
                out.add(what + ": '" + l.getText() + "' is " + l.getHeight() + " px high, its lines need " + l.prefHeight(l.getWidth()));
            }
        }
        for (Node a : cells) {
            for (Node b : cells) {
                Integer ra = GridPane.getRowIndex(a);
                Integer rb = GridPane.getRowIndex(b);
                if (ra != null && rb != null && ra < rb) {
                    Bounds ba = a.getBoundsInParent();
                    Bounds bb = b.getBoundsInParent();
                    if (ba.getMaxY() > bb.getMinY() + 0.5) {
                        out.add(what + ": row " + ra + " (" + text(a) + ") runs into row " + rb + " (" + text(b) + ")");
                    }
                }
            }
        }
        return out;
    }

    private static String text(Node n) {
        return n instanceof Label l ? l.getText() : n.getClass().getSimpleName() + " " + n.getId();
    }

    @Test
    void longValuesAndLabelsTakeTheirLinesAtEveryWidth() throws Exception {
        List<String> found = new ArrayList<>();
        for (double width : new double[] {260, 376, 560}) {
            fx(() -> stage.setWidth(width));
            for (String id : List.of("srv-2", "rack-1", "s2.gpu-1", "link-441", "link-1", "")) {
                fx(() -> doc.select(id.isEmpty() ? List.of() : List.of(id)));
                found.addAll(problems(width + " px, " + (id.isEmpty() ? "project" : id)));
            }
        }
        assertEquals(List.of(), found);
    }
}
