package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.service.AppDirs;
import org.podforge.service.FolderOpener;

/** Help > Open Log Folder and Help > About, without windows: scripted dialogs and a recorded file manager. */
class HelpActionsTest {
    @Test
    void openLogFolderStartsTheFileManagerOnTheLogFilesFolder(@TempDir Path tmp) {
        List<List<String>> started = new ArrayList<>();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Path log = tmp.resolve("logs/podforge.log");
        HelpActions help = new HelpActions(dialogs, new FolderOpener("Linux", started::add), () -> Optional.of(log),
                new AppDirs(tmp.resolve("config"), tmp.resolve("data")));
        help.actions().stream().filter(a -> a.id().equals("open-log-folder")).findFirst().orElseThrow().fire();
        assertEquals(List.of(List.of("xdg-open", tmp.resolve("logs").toAbsolutePath().toString())), started);
        assertTrue(dialogs.infos.isEmpty(), dialogs.infos.toString());
    }

    @Test
    void withoutAFileManagerItSaysWhereTheFolderIs(@TempDir Path tmp) {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        FolderOpener none = new FolderOpener("Linux", cmd -> {
            throw new IOException("Cannot run program \"xdg-open\": error=2, No such file or directory");
        });
        AppDirs dirs = new AppDirs(tmp.resolve("config"), tmp.resolve("data"));
        new HelpActions(dialogs, none, Optional::empty, dirs).openLogFolder();
        assertEquals(1, dialogs.infos.size());
        String msg = dialogs.infos.get(0);
        assertTrue(msg.contains("xdg-open") && msg.contains(dirs.logDir().toAbsolutePath().toString()), msg);
        assertTrue(msg.contains("not writing a log file"), msg);
    }

    @Test
    void aboutNamesVersionLogFileAndLicence(@TempDir Path tmp) {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Path log = tmp.resolve("logs/podforge.log");
        HelpActions help = new HelpActions(dialogs, new FolderOpener("Linux", c -> { }), () -> Optional.of(log),
                new AppDirs(tmp.resolve("config"), tmp.resolve("data")));
        help.about();
        String text = dialogs.infos.get(0);
        assertTrue(text.startsWith("About PodForge: PodForge "), text);
        assertTrue(text.contains("development build") || text.matches("(?s).*PodForge \\d+\\.\\d+.*"), text);
        assertTrue(text.contains("Log file: " + log), text);
        assertTrue(text.contains("Apache License 2.0"), text);
    }

    @Test
    void eachOsHasItsFileManager() {
        Path d = Path.of("/x/logs");
        assertEquals("explorer.exe", new FolderOpener("Windows 11", c -> { }).command(d).get(0));
        assertEquals("open", new FolderOpener("Mac OS X", c -> { }).command(d).get(0));
        assertEquals("xdg-open", new FolderOpener("Linux", c -> { }).command(d).get(0));
    }
}
