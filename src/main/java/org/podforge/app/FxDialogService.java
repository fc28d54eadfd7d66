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
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {
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
        WindowModal.over(a, owner);
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save changes to " + designName + "?");
        a.setContentText("Your changes will be lost if you don't save them.");
        ButtonType r = a.showAndWait().orElse(cancel);
        return r == save ? SaveChoice.SAVE : r == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.YES, ButtonType.NO);
        WindowModal.over(a, owner);
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
        WindowModal.over(a, owner);
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
            Label l = new Label(message);
            l.setWrapText(true);
            l.setMaxWidth(520);
            a.getDialogPane().setContent(l);
        }
        a.showAndWait();
    }
}
