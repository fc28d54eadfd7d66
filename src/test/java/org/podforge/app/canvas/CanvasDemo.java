package org.podforge.app.canvas;

import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.podforge.app.palette.PaletteView;
import org.podforge.app.topology.TopologyView;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Project;
import org.podforge.service.PodGenerator;
import org.podforge.service.Session;

/**
 * A tiny window with the palette, canvas and topology view on the sample pod, for looking at the canvas
 * without the shell: {@code java ... org.podforge.app.canvas.CanvasDemo$Main [cluster N] [dark] [select ID]}.
 */
public class CanvasDemo extends Application {
    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        var catalog = CatalogLoader.builtIn();
        Project p = args.contains("cluster") ? PodGenerator.cluster(Integer.parseInt(args.get(args.indexOf("cluster") + 1)))
                : PodGenerator.sample();
        Session s = new Session(p, catalog, CatalogLoader.builtInPrices(), null, List.of());
        PodCanvas canvas = new PodCanvas(s);
        canvas.darkProperty().set(args.contains("dark"));
        TopologyView topo = new TopologyView(s);
        topo.darkProperty().set(args.contains("dark"));
        PaletteView palette = new PaletteView(catalog);
        Label status = new Label();
        status.textProperty().bind(canvas.statusProperty());
        SplitPane right = new SplitPane(canvas, topo);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.7);
        SplitPane split = new SplitPane(palette, right);
        split.setDividerPositions(0.18);
        BorderPane root = new BorderPane(split);
        root.setBottom(status);
        stage.setScene(new Scene(root, 1600, 1000));
        stage.setTitle("PodForge canvas demo");
        stage.show();
        if (args.contains("zoom")) {
            double z = Double.parseDouble(args.get(args.indexOf("zoom") + 1));
            Platform.runLater(() -> Platform.runLater(() -> canvas.zoomProperty().set(z)));
        }
        if (args.contains("select")) {
            String id = args.get(args.indexOf("select") + 1);
            Platform.runLater(() -> Platform.runLater(() -> Platform.runLater(() -> canvas.reveal(List.of(id)))));
        }
    }

    /** Entry point that does not extend Application (JavaFX on the class path). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(CanvasDemo.class, args);
        }
    }
}
