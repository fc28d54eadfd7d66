package org.podforge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsThemeRecentFilesAndWindow() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("cfg"));
        assertEquals(AppSettings.defaults(), store.load().settings(), "no file yet: defaults");
        AppSettings s = AppSettings.defaults().withTheme("dark").withRecent("/a.podforge.json").withRecent("/b.podforge.json")
                .withRecent("/a.podforge.json").withWindow(1200, 800, true).withFirstStartDone();
        store.save(s);
        SettingsStore.Loaded back = store.load();
        assertEquals("", back.problem());
        assertEquals(s, back.settings());
        assertEquals(List.of("/a.podforge.json", "/b.podforge.json"), back.settings().recentFiles());
        assertTrue(back.settings().dark());
    }

    @Test
    void recentListIsCappedAtTen() {
        AppSettings s = AppSettings.defaults();
        for (int i = 0; i < 15; i++) {
            s = s.withRecent("/f" + i);
        }
        assertEquals(AppSettings.MAX_RECENT, s.recentFiles().size());
        assertEquals("/f14", s.recentFiles().get(0));
    }

    @Test
    void aMalformedFileGivesDefaultsAndSaysWhere() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\n  \"theme\": \"dark\",,\n}");
        SettingsStore.Loaded l = new SettingsStore(dir).load();
        assertEquals(AppSettings.defaults(), l.settings());
        assertTrue(l.problem().contains("line 2"), l.problem());
    }
}
