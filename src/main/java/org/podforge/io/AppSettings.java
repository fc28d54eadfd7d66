package org.podforge.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the desktop app remembers between runs: theme, recently opened files (most recent first, at most
 * {@link #MAX_RECENT}), window geometry and whether the first-start sample was already shown. Immutable;
 * the {@code with*} methods return changed copies.
 */
public record AppSettings(String theme, List<String> recentFiles, double windowWidth, double windowHeight,
                          boolean maximized, boolean firstStartDone) {
    public static final int MAX_RECENT = 10;
    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    public AppSettings {
        theme = DARK.equals(theme) ? DARK : LIGHT;
        recentFiles = List.copyOf(recentFiles == null ? List.of() : recentFiles);
        if (!(windowWidth >= 400 && windowWidth <= 20_000)) {
            windowWidth = 1400;
        }
        if (!(windowHeight >= 300 && windowHeight <= 20_000)) {
            windowHeight = 900;
        }
    }

    public static AppSettings defaults() {
        return new AppSettings(LIGHT, List.of(), 1400, 900, false, false);
    }

    public boolean dark() {
        return DARK.equals(theme);
    }

    public AppSettings withTheme(String t) {
        return new AppSettings(t, recentFiles, windowWidth, windowHeight, maximized, firstStartDone);
    }

    /** Puts the file first in the recent list, removing an older entry for it and trimming the list. */
    public AppSettings withRecent(String file) {
        Objects.requireNonNull(file);
        List<String> out = new ArrayList<>();
        out.add(file);
        for (String f : recentFiles) {
            if (!f.equals(file) && out.size() < MAX_RECENT) {
                out.add(f);
            }
        }
        return new AppSettings(theme, out, windowWidth, windowHeight, maximized, firstStartDone);
    }

    public AppSettings withoutRecent(String file) {
        List<String> out = new ArrayList<>(recentFiles);
        out.remove(file);
        return new AppSettings(theme, out, windowWidth, windowHeight, maximized, firstStartDone);
    }

    public AppSettings withWindow(double w, double h, boolean max) {
        return new AppSettings(theme, recentFiles, w, h, max, firstStartDone);
    }

    public AppSettings withFirstStartDone() {
        return new AppSettings(theme, recentFiles, windowWidth, windowHeight, maximized, true);
    }
}
