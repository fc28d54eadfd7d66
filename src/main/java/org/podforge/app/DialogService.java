package org.podforge.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog the shell shows, behind an interface (JabRef style) so that controllers and ViewModels
 * can be tested with scripted answers and no windows.
 */
public interface DialogService {

    /** The answer to "save changes before closing?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseOpenFile(Path initialDir);

    /** @param extension e.g. ".podforge.json" or ".xlsx"; the returned path carries it */
    Optional<Path> chooseSaveFile(String title, Path initialDir, String initialName, String description, String extension);

    /**
     * Files of another kind to read (NetBox device types, price books), several at once; empty when cancelled.
     *
     * @param patterns e.g. "*.yaml", "*.yml"
     */
    default List<Path> chooseOpenFiles(String title, Path initialDir, String description, List<String> patterns) {
        return List.of();
    }

    SaveChoice askSaveChanges(String designName);

    boolean confirm(String title, String message);

    void showError(String title, String message);

    void showInfo(String title, String message);
}
