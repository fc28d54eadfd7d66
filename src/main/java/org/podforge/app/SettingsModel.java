package org.podforge.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podforge.io.AppSettings;
import org.podforge.io.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's persisted settings as properties: dark theme on/off and the recent-files list (existing
 * files only). Every change is written back to {@code settings.json} at once.
 */
public final class SettingsModel {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsModel.class);
    private final SettingsStore store;
    private AppSettings settings;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();

    public SettingsModel(SettingsStore store) {
        this.store = store;
        SettingsStore.Loaded l = store.load();
        if (!l.problem().isEmpty()) {
            LOG.warn(l.problem());
        }
        this.settings = l.settings();
        dark.set(settings.dark());
        publishRecent();
        dark.addListener((o, a, b) -> update(settings.withTheme(b ? AppSettings.DARK : AppSettings.LIGHT)));
    }

    public AppSettings current() {
        return settings;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Recent files that still exist, most recent first. */
    public ObservableList<String> recentFiles() {
        return recentFiles;
    }

    public void addRecent(Path file) {
        update(settings.withRecent(file.toAbsolutePath().normalize().toString()));
    }

    public void removeRecent(String file) {
        update(settings.withoutRecent(file));
    }

    public void setWindow(double w, double h, boolean maximized) {
        update(settings.withWindow(w, h, maximized));
    }

    public void setFirstStartDone() {
        if (!settings.firstStartDone()) {
            update(settings.withFirstStartDone());
        }
    }

    private void update(AppSettings s) {
        settings = s;
        publishRecent();
        try {
            store.save(s);
        } catch (IOException e) {
            LOG.warn("cannot write {}: {}", store.file(), e.toString());
        }
    }

    private void publishRecent() {
        List<String> existing = settings.recentFiles().stream().filter(f -> Files.isRegularFile(Path.of(f))).toList();
        if (!existing.equals(recentFiles)) {
            recentFiles.setAll(existing);
        }
    }
}
