package org.podforge.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.podforge.io.AppLog;
import org.podforge.service.AppDirs;
import org.podforge.service.AppInfo;
import org.podforge.service.FolderOpener;

/**
 * The Help menu's own actions: Open Log Folder (the folder of the rolling log file, in the desktop's file
 * manager) and About (version, Java and JavaFX, where the log and settings are, licence).
 */
final class HelpActions {
    private final DialogService dialogs;
    private final FolderOpener opener;
    private final Supplier<Optional<Path>> logFile;
    private final AppDirs dirs;

    HelpActions(DialogService dialogs, FolderOpener opener, Supplier<Optional<Path>> logFile, AppDirs dirs) {
        this.dialogs = dialogs;
        this.opener = opener;
        this.logFile = logFile;
        this.dirs = dirs;
    }

    /** The actions for the running app: the real log file and the OS's file manager. */
    static List<AppAction> create(DialogService dialogs) {
        return new HelpActions(dialogs, new FolderOpener(), AppLog::currentFile, AppDirs.standard()).actions();
    }

    List<AppAction> actions() {
        return List.of(
                new AppAction("open-log-folder", "Open Log Folder", MaterialDesignF.FOLDER_TEXT_OUTLINE, null, null,
                        "Show the folder of PodForge's log file", this::openLogFolder),
                new AppAction("about", "About PodForge", MaterialDesignI.INFORMATION_OUTLINE, null, null, null, this::about));
    }

    /** The folder of the log file being written, else where it would be. */
    Path logFolder() {
        return logFile.get().map(Path::getParent).orElse(dirs.logDir());
    }

    void openLogFolder() {
        String problem = opener.open(logFolder());
        if (problem != null) {
            dialogs.showInfo("Log folder", problem + logStatus());
        }
    }

    private String logStatus() {
        return logFile.get().map(f -> "\n\nThe log file is " + f + ".")
                .orElse("\n\nPodForge is not writing a log file this time (see the terminal it was started from).");
    }

    void about() {
        dialogs.showInfo("About PodForge", aboutText());
    }

    String aboutText() {
        return AppInfo.NAME + " " + AppInfo.version() + "\n"
                + "Design AI pods: drag, connect, validate, cost, export.\n\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), JavaFX "
                + System.getProperty("javafx.runtime.version", "unknown") + "\n"
                + "Log file: " + logFile.get().map(Path::toString).orElse("none this time (" + dirs.logDir() + " could not be used)") + "\n"
                + "Settings: " + dirs.configDir() + "\n"
                + "Autosaves: " + dirs.autosaveDir() + "\n\n"
                + "Licence: Apache License 2.0. The catalog's prices are illustrative estimates unless a price book says otherwise.";
    }
}
