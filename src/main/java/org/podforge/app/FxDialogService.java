package org.podforge.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {
    /** The widest a message's text is before it wraps. */
    static final double TEXT_WIDTH = 560;
    /** The widest an alert gets (a long title wraps). */
    static final double MAX_WIDTH = 720;
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseOpenFile(Path initialDir) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open design");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PodForge designs", "*.podforge.json", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        dir(fc, initialDir);
        File f = WindowModal.keepMaximised(owner, () -> fc.showOpenDialog(owner));
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public List<Path> chooseOpenFiles(String title, Path initialDir, String description, List<String> patterns) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, patterns),
                new FileChooser.ExtensionFilter("All files", "*"));
        dir(fc, initialDir);
        List<File> files = WindowModal.keepMaximised(owner, () -> fc.showOpenMultipleDialog(owner));
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialDir, String initialName, String description, String extension) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*" + extension));
        fc.setInitialFileName(initialName);
        dir(fc, initialDir);
        File f = WindowModal.keepMaximised(owner, () -> fc.showSaveDialog(owner));
        if (f == null) {
            return Optional.empty();
        }
        String name = f.getName();
        return Optional.of(name.endsWith(extension) ? f.toPath() : f.toPath().resolveSibling(name + extension));
    }

    private static void dir(FileChooser fc, Path dir) {
        if (dir != null && Files.isDirectory(dir)) {
            fc.setInitialDirectory(dir.toFile());
        }
    }

    @Override
    public SaveChoice askSaveChanges(String designName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        prepare(a);
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save changes to " + designName + "?");
        a.setContentText("Your changes will be lost if you don't save them.");
        ButtonType r = a.showAndWait().orElse(cancel);
        return r == save ? SaveChoice.SAVE : r == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.YES, ButtonType.NO);
        prepare(a);
        a.setTitle(title);
        a.setHeaderText(title);
        return a.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type);
        prepare(a);
        a.setTitle(title);
        a.setHeaderText(title);
        if (message.length() > 300 || message.lines().count() > 6) {
            TextArea ta = new TextArea(message);
            ta.setEditable(false);
            ta.setWrapText(true);
            ta.setPrefRowCount(14);
            ta.setPrefColumnCount(60);
            ta.setStyle("-fx-font-family: monospace;");
            a.getDialogPane().setContent(ta);
        } else {
            a.getDialogPane().setContent(wrapped(message));
        }
        a.showAndWait();
    }

    /**
     * Every alert: over the owner without the toolkit's modality ({@link WindowModal}), centred over it
     * ({@link DialogPlacement}; under openbox a maximised owner's alerts opened at the screen's top-left corner),
     * as tall as its content (the pane's computed height cut the About text and long messages off, and a
     * fixed-size alert cannot be enlarged), and Escape answers as its cancel button does.
     */
    private void prepare(Alert a) {
        WindowModal.over(a, owner);
        a.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        a.getDialogPane().setMaxWidth(MAX_WIDTH);
        OwnedWindow.closeOnEscape(a);
        if (a.getDialogPane().getScene().getWindow() instanceof Stage s) {
            DialogPlacement.centreOver(s);
        }
    }

    /**
     * A message that wraps at {@link #TEXT_WIDTH} and is as tall as its lines: a wrapping label's preferred width is
     * its longest line, so the dialog grew as wide as that line and then got the height of an unwrapped label.
     */
    static Label wrapped(String message) {
        Label l = new Label(message) {
            @Override
            protected double computePrefWidth(double height) {
                return Math.min(TEXT_WIDTH, super.computePrefWidth(height));
            }

            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(width < 0 ? prefWidth(-1) : width);
            }
        };
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
