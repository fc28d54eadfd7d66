package org.podforge;

import java.util.Locale;
import org.podforge.app.PodForgeApp;
import org.podforge.cli.PodForgeCli;

/**
 * Entry point of the jar. With no arguments (or only a project file) it starts the desktop app; with a
 * command ({@code info}, {@code catalog}, {@code validate}, ...) it runs the command line without a
 * display. Not a JavaFX {@code Application}, so the app starts with JavaFX on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        SelfStart.startIfBare(); // a bare java -jar runs again with the class-data archive and C1 only (decision 0045)
        org.podforge.service.StartupTrace.mark("main");
        if (PodForgeCli.isCliInvocation(args)) {
            System.exit(PodForgeCli.run(args));
        }
        if (!displayAvailable()) {
            System.err.println("PodForge: no display to open the window on (DISPLAY is not set). "
                    + "The command line works without one: java -jar podforge.jar --help");
            System.exit(PodForgeCli.BAD_INPUT);
        }
        org.podforge.app.StartupPreload.begin(args); // catalog and first design, read while JavaFX starts
        PodForgeApp.launchApp(args);
    }

    /**
     * On Linux and the BSDs the window needs an X11 or Wayland display; macOS and Windows always have one,
     * and so does JavaFX's Monocle platform.
     */
    static boolean displayAvailable() {
        if ("Monocle".equals(System.getProperty("glass.platform"))) {
            return true; // Monocle (headless or embedded) draws without a window system: the CDS training run, kiosks
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
