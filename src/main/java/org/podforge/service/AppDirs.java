package org.podforge.service;

import dev.dirs.ProjectDirectories;
import java.nio.file.Path;

/**
 * Where the app keeps its settings (config dir), autosaves and log file (data dir): the OS conventions from
 * dev.dirs, or, when the system property {@code podforge.settings.dir} is set (tests, portable
 * installs), that directory for settings and its {@code data} subdirectory for autosaves.
 */
public record AppDirs(Path configDir, Path dataDir) {
    public static final String OVERRIDE_PROPERTY = "podforge.settings.dir";

    public static AppDirs standard() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            Path base = Path.of(override).toAbsolutePath();
            return new AppDirs(base, base.resolve("data"));
        }
        ProjectDirectories d = ProjectDirectories.from("org", "PodForge", "PodForge");
        return new AppDirs(Path.of(d.configDir), Path.of(d.dataDir));
    }

    /** The app's rolling log file lives here (docs/decisions/0018). */
    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** The user catalog: part files loaded beside the catalog (e.g. imported NetBox device types). */
    public Path userCatalogDir() {
        return dataDir.resolve("catalog");
    }

    public Path autosaveDir() {
        return dataDir.resolve("autosave");
    }
}
