package org.podforge;

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
        if (PodForgeCli.isCliInvocation(args)) {
            System.exit(PodForgeCli.run(args));
        }
        PodForgeApp.launchApp(args);
    }
}
