package org.podforge.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.podforge.app.PodForgeApp;

/**
 * The installer inputs in packaging/ (built into packages only on their own OS, so checked here without
 * jpackage): the icons are valid containers of every size, the desktop entry matches the app's window, the
 * maintainer scripts need no desktop tools. packaging/check-deb.sh checks the built .deb itself.
 */
class PackagingInputsTest {
    static final Path PKG = Path.of("packaging");

    @Test
    void windowsIconHoldsPngImagesOfEverySize() throws Exception {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(PKG.resolve("windows/podforge.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, b.getShort(0));
        assertEquals(1, b.getShort(2), "type 1 = icon");
        int n = b.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int e = 6 + 16 * i;
            int w = b.get(e) & 0xff;
            int len = b.getInt(e + 8);
            int off = b.getInt(e + 12);
            var img = ImageIO.read(new ByteArrayInputStream(b.array(), off, len));
            assertNotNull(img, "entry " + i + " is not a PNG");
            assertEquals(w == 0 ? 256 : w, img.getWidth());
            sizes.add(img.getWidth());
        }
        assertEquals(List.of(16, 24, 32, 48, 64, 128, 256), sizes);
    }

    @Test
    void macIconHoldsPngImagesUpTo1024() throws Exception {
        byte[] all = Files.readAllBytes(PKG.resolve("macos/podforge.icns"));
        ByteBuffer b = ByteBuffer.wrap(all);
        assertEquals("icns", new String(all, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(all.length, b.getInt(4));
        List<Integer> sizes = new ArrayList<>();
        for (int p = 8; p < all.length; ) {
            int len = b.getInt(p + 4);
            var img = ImageIO.read(new ByteArrayInputStream(all, p + 8, len - 8));
            assertNotNull(img, new String(all, p, 4, java.nio.charset.StandardCharsets.US_ASCII));
            sizes.add(img.getWidth());
            p += len;
        }
        assertEquals(List.of(16, 32, 64, 128, 256, 512, 1024), sizes);
    }

    @Test
    void desktopEntryOpensFilesAndMatchesTheWindow() throws Exception {
        List<String> lines = Files.readAllLines(PKG.resolve("linux/PodForge.desktop"));
        assertTrue(lines.contains("Exec=/opt/podforge/bin/PodForge %f"), lines.toString());
        // JavaFX names the main window's WM_CLASS after the Application class (measured with xprop)
        assertTrue(lines.contains("StartupWMClass=" + PodForgeApp.class.getName()), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("GenericName=") && l.length() > 12));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Keywords=") && l.endsWith(";")));
        String mime = Files.readString(PKG.resolve("podforge-file.properties"));
        assertTrue(mime.contains("mime-type=application/x-podforge-project"));
        assertTrue(lines.contains("MimeType=application/x-podforge-project;"));
    }

    @Test
    void maintainerScriptsNeedNoDesktopTools() throws Exception {
        String postinst = Files.readString(PKG.resolve("linux/postinst"));
        String code = postinst.lines().filter(l -> !l.strip().startsWith("#")).reduce("", (a, l) -> a + l + "\n");
        assertFalse(code.contains("xdg-desktop-menu") || code.contains("xdg-mime"), "xdg-utils fail on a minimal Debian");
        assertTrue(code.contains("mkdir -p /usr/share/applications"));
        assertTrue(code.contains("ln -sf \"$APP/bin/PodForge\" /usr/bin/podforge"));
        assertTrue(Files.isExecutable(PKG.resolve("linux/postinst")) && Files.isExecutable(PKG.resolve("linux/prerm")));
        assertTrue(Files.readString(PKG.resolve("linux/prerm")).contains("rm -f /usr/bin/podforge"));
    }
}
