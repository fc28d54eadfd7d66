package org.podforge.app.generate;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.podforge.app.FileController;
import org.podforge.app.OwnedWindow;
import org.podforge.service.generate.GenerateRefused;
import org.podforge.service.generate.GenerateRequest;

/**
 * File > Generate…: the generator's inputs beside a live preview of what they give (or why they cannot be
 * generated, with the input marked). Every change regenerates the preview off the FX thread after a short pause;
 * only the latest request's outcome is shown. Generate (the default button) opens the previewed design as a new
 * untitled design after the unsaved-changes prompt; Cancel or Escape closes without touching the current design.
 * The next opening in the same session starts from the inputs this one closed with.
 */
public final class GenerateDialog {
    private final Stage stage = new Stage();
    private final GenerateWizardModel model;
    private final GenerateFormView form;
    private final GeneratePreviewView preview = new GeneratePreviewView();
    private final Button generate = new Button("Generate");
    private final Executor background;
    private final Executor ui;
    private final PauseTransition pause;
    private volatile long latest;
    private GenerateWizardModel.Outcome shown;

    /** @param remembered the inputs of the last dialog this session, filled in again and updated when it closes */
    public GenerateDialog(Window owner, FileController files, Map<String, String> remembered) {
        this(owner, files, remembered, daemon(), Platform::runLater, Duration.millis(300));
    }

    /**
     * @param background where designs are generated; {@code ui} where outcomes are shown; {@code delay} the pause after
     *                   a change before regenerating (tests pass direct executors and zero)
     */
    public GenerateDialog(Window owner, FileController files, Map<String, String> remembered, Executor background, Executor ui,
                          Duration delay) {
        this.background = background;
        this.ui = ui;
        model = new GenerateWizardModel(files);
        form = new GenerateFormView(model);
        form.restore(remembered);
        pause = new PauseTransition(delay);
        pause.setOnFinished(e -> refresh());
        for (Control c : form.controls()) {
            if (c instanceof TextField t) {
                t.textProperty().addListener((o, a, b) -> changed());
            } else if (c instanceof ComboBox<?> box) {
                box.valueProperty().addListener((o, a, b) -> changed());
            }
        }
        generate.setId("generate-open");
        generate.setDefaultButton(true);
        generate.setDisable(true);
        generate.setOnAction(e -> open());
        Button cancel = new Button("Cancel");
        cancel.setId("generate-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, cancel, generate);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8));
        ScrollPane left = new ScrollPane(form);
        left.setFitToWidth(true);
        form.setPadding(new Insets(8, 12, 8, 12));
        ScrollPane right = new ScrollPane(preview);
        right.setFitToWidth(true);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.5);
        BorderPane root = new BorderPane(split);
        root.setBottom(buttons);
        OwnedWindow.setUp(stage, owner, root, 1120, 720, true);
        stage.setTitle("Generate a Design");
        stage.setOnHidden(e -> {
            remembered.clear();
            remembered.putAll(form.inputs());
            pause.stop();
            if (background instanceof ExecutorService s) {
                s.shutdownNow();
            }
        });
        refresh();
    }

    private void changed() {
        generate.setDisable(true);
        preview.working();
        if (pause.getDuration().lessThanOrEqualTo(Duration.ZERO)) {
            refresh();
        } else {
            pause.playFromStart();
        }
    }

    /** Generates the preview for the inputs as they are now; a later change makes this one's outcome stale. */
    private void refresh() {
        long seq = ++latest;
        GenerateRequest req;
        try {
            req = form.request();
        } catch (GenerateRefused e) {
            show(seq, new GenerateWizardModel.Outcome(null, null, null, e));
            return;
        }
        preview.working();
        background.execute(() -> {
            if (seq != latest) {
                return; // a later change is queued behind this one: skip the stale request
            }
            GenerateWizardModel.Outcome o = model.evaluate(req);
            ui.execute(() -> show(seq, o));
        });
    }

    private void show(long seq, GenerateWizardModel.Outcome o) {
        if (seq != latest) {
            return;
        }
        shown = o;
        preview.show(o, o.ok() ? null : form.explain(o.refused()));
        form.mark(o.ok() ? null : o.refused().input());
        generate.setDisable(!o.ok());
    }

    private void open() {
        if (shown != null && shown.ok() && model.open(shown)) {
            stage.close();
        }
    }

    private static ExecutorService daemon() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "podforge-generate");
            t.setDaemon(true);
            return t;
        });
    }

    public Stage stage() {
        return stage;
    }

    /** The outcome on show (null until the first preview is done). */
    public GenerateWizardModel.Outcome shown() {
        return shown;
    }

    /** Opens the dialog over {@code owner} with the inputs it had when last closed ({@code remembered}): File > Generate… */
    public static void show(Window owner, FileController files, Map<String, String> remembered) {
        new GenerateDialog(owner, files, remembered).stage().show();
    }
}
