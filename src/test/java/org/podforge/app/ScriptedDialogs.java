package org.podforge.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A DialogService that answers from a script and records what it was asked. */
final class ScriptedDialogs implements DialogService {
    final Deque<Path> files = new ArrayDeque<>();
    final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    final Deque<Boolean> confirms = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    int saveQuestions;
    /** Error dialogs asked for during a pulse (layout, animation), where the real one cannot be shown. */
    int insidePulse;

    @Override
    public Optional<Path> chooseOpenFile(Path initialDir) {
        return Optional.ofNullable(files.poll());
    }

    /** Answers with every scripted file at once. */
    @Override
    public List<Path> chooseOpenFiles(String title, Path initialDir, String description, List<String> patterns) {
        List<Path> all = new ArrayList<>(files);
        files.clear();
        return all;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialDir, String initialName, String description, String extension) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public SaveChoice askSaveChanges(String designName) {
        saveQuestions++;
        SaveChoice c = saveChoices.poll();
        return c == null ? SaveChoice.CANCEL : c;
    }

    @Override
    public boolean confirm(String title, String message) {
        Boolean b = confirms.poll();
        return b != null && b;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
        if (javafx.application.Platform.isFxApplicationThread() && !javafx.application.Platform.canStartNestedEventLoop()) {
            insidePulse++; // a real (modal) dialog would throw here: "showAndWait is not allowed during animation or layout processing"
        }
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }
}
