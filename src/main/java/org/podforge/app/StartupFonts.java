package org.podforge.app;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.podforge.service.StartupTrace;

/**
 * Opens the window's fonts on a background thread while the FX thread builds the window (docs/decisions/0021).
 * The first font a window asks for makes JavaFX start its font system (fontconfig's list of the machine's fonts,
 * the logical "System" font, the font files opened and parsed), and the first icon makes ikonli find its icon packs
 * and load the Material Design font: some 100 ms of the FX thread's start, on the critical path, before this. JavaFX's
 * font factory and ikonli's resolver are thread safe (synchronized) and cache what they open, so the FX thread then
 * finds them ready, or waits for the one being opened; it never gets a different font. No scene-graph node is made
 * here: nodes are the FX thread's.
 */
final class StartupFonts {
    private StartupFonts() {
    }

    /** Starts the thread (once the toolkit runs: JavaFX's fonts need its graphics pipeline); returns at once. */
    static void begin() {
        Thread t = new Thread(StartupFonts::open, "podforge-fonts");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    private static void open() {
        try {
            Font system = Font.getDefault(); // starts the font system (fontconfig) and opens the default font
            Font.font(system.getFamily(), FontWeight.BOLD, system.getSize()); // titles, group headers, the Problems summary
            IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance()).resolve(MaterialDesignW.WRENCH_OUTLINE.getDescription());
            StartupTrace.mark("fonts-opened");
        } catch (RuntimeException | LinkageError e) {
            // only a head start: the FX thread opens them itself when it needs them (and reports what fails then)
        }
    }
}
