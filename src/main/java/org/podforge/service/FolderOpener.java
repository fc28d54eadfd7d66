package org.podforge.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Shows a folder in the desktop's file manager: {@code xdg-open} on Linux and the BSDs, {@code open} on
 * macOS, {@code explorer} on Windows. Without a file manager (a minimal system) it says so, with the
 * path, so the user can go there by hand.
 */
public final class FolderOpener {
    /** Starts a process; tests pass a recorder. */
    public interface Launcher {
        void start(List<String> command) throws IOException;
    }

    private final String osName;
    private final Launcher launcher;

    public FolderOpener() {
        this(System.getProperty("os.name", ""), cmd -> new ProcessBuilder(cmd).inheritIO().start());
    }

    public FolderOpener(String osName, Launcher launcher) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.launcher = launcher;
    }

    /** The command that shows {@code dir} in this OS's file manager. */
    public List<String> command(Path dir) {
        String d = dir.toAbsolutePath().toString();
        if (osName.contains("win")) {
            return List.of("explorer.exe", d);
        }
        if (osName.contains("mac")) {
            return List.of("open", d);
        }
        return List.of("xdg-open", d);
    }

    /**
     * Opens {@code dir} (created first if missing). Returns null when a file manager was started, else a
     * sentence for the user saying why not and where the folder is.
     */
    public String open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return "The folder " + dir + " does not exist and cannot be made (" + e.getMessage() + ").";
        }
        List<String> cmd = command(dir);
        try {
            launcher.start(cmd);
            return null;
        } catch (IOException e) {
            return "No file manager could be started (" + cmd.get(0) + ": " + e.getMessage() + "). The folder is "
                    + dir.toAbsolutePath() + "; open it by hand.";
        }
    }
}
