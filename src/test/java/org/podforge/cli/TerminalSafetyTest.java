package org.podforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names from a design never reach the terminal as control or bidi characters. */
class TerminalSafetyTest {
    @TempDir
    Path dir;

    private static boolean hasUnsafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n');
            if (!lineEnd && TerminalSafeWriter.unsafe(c)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void infoAndBomEscapeControlAndBidiCharactersInNames() throws Exception {
        String text = Files.readString(CliTest.SAMPLE).replace("\"name\" : \"Sample: 8 x 8 XPU pod with Scorpio X scale-up\"",
                "\"name\" : \"evil\\u001b[2J\\u0000\\u202Egnp.exe\\r\\u0085\"");
        Path f = dir.resolve("evil.podforge.json");
        Files.writeString(f, text);
        CliTest.Run info = CliTest.run("info", f.toString());
        assertEquals(0, info.code(), info.err());
        assertTrue(info.out().contains("Project: evil\\u001B[2J\\u0000\\u202Egnp.exe\\u000D\\u0085"), info.out());
        assertFalse(hasUnsafe(info.out()), info.out());
        for (String format : new String[] {"text", "csv", "json"}) {
            CliTest.Run bom = CliTest.run("bom", f.toString(), "--format", format);
            assertEquals(0, bom.code(), bom.err());
            assertFalse(hasUnsafe(bom.out()), format);
        }
    }

    @Test
    void csvLineEndsAndTabsPassUnchangedAndLoneCrIsEscaped() throws Exception {
        StringWriter sw = new StringWriter();
        PrintWriter w = new PrintWriter(new TerminalSafeWriter(sw));
        w.print("a,b\r\nc\td\r");
        w.print("\ne\rf\u202Eg");
        w.flush();
        assertEquals("a,b\r\nc\td\r\ne\\u000Df\\u202Eg", sw.toString());
    }
}
