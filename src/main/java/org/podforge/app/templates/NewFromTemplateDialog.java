package org.podforge.app.templates;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.podforge.app.FileController;
import org.podforge.app.OwnedWindow;
import org.podforge.io.TemplateIndex;
import org.podforge.service.templates.TemplateRegistry;

/**
 * File > New from template…: a modal window with the template list and its preview; Open (the default
 * button, or Enter in the list) opens the selected template as a new untitled design, Cancel or Escape closes.
 */
public final class NewFromTemplateDialog {
    private final Stage stage = new Stage();
    private final TemplatePickerView view;
    private final TemplatePickerModel model;

    public NewFromTemplateDialog(Window owner, FileController files, TemplateRegistry registry) {
        model = new TemplatePickerModel(registry, files);
        view = new TemplatePickerView(model);
        Button open = new Button("Open");
        open.setId("template-open");
        open.setDefaultButton(true);
        open.disableProperty().bind(view.list().getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> open(view.selected()));
        Button cancel = new Button("Cancel");
        cancel.setId("template-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        view.setOnOpen(this::open);
        // Escape in the list (which consumes it itself) closes too: OwnedWindow.closeOnEscape filters it first
        HBox buttons = new HBox(8, cancel, open);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8));
        BorderPane root = new BorderPane(view);
        root.setBottom(buttons);
        OwnedWindow.setUp(stage, owner, root, 1080, 640, true);
        stage.setTitle("New from Template");
        stage.setOnShown(e -> view.list().requestFocus());
    }

    private void open(TemplateIndex.Entry e) {
        if (e != null && model.open(e)) {
            stage.close();
        }
    }

    public Stage stage() {
        return stage;
    }

    public TemplatePickerView view() {
        return view;
    }

    /** The File menu line: "New from Template…" opening this dialog over {@code owner}. */
    public static MenuItem menuItem(Window owner, FileController files) {
        MenuItem mi = new MenuItem("New from Template…");
        mi.setId("menu-new-template");
        mi.setDisable(TemplateRegistry.builtIn().entries().isEmpty());
        mi.setOnAction(e -> new NewFromTemplateDialog(owner, files, TemplateRegistry.builtIn()).stage().show());
        return mi;
    }
}
