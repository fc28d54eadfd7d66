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

class CliTest {
    static final Path SAMPLE = Path.of("docs/examples/sample-8x8.podforge.json");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PodForgeCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void infoSummarisesTheSample() {
        Run r = run("info", SAMPLE.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Pod A (pod-1) x 1 replica: 2 racks, 12 chassis, 64 GPUs, 1328 links"), r.out());
        assertTrue(r.out().matches("(?s).*Retimer\\s+64.*"), r.out());
        assertTrue(r.out().matches("(?s).*CXL memory controller\\s+32.*"), r.out());
        assertTrue(r.out().matches("(?s).*Scale-up switch\\s+16.*"), r.out());
        assertTrue(r.out().matches("(?s).*GPUs\\s+64.*"), r.out());
    }

    @Test
    void infoOnATruncatedFileExitsTwoAndSaysWhere() throws Exception {
        String text = Files.readString(SAMPLE);
        Path cut = dir.resolve("cut.podforge.json");
        Files.writeString(cut, text.substring(0, text.length() / 3));
        Run r = run("info", cut.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("cut.podforge.json: line ") && r.err().contains("truncated"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingFileAndBadOptionExitTwo() {
        Run r = run("info", dir.resolve("nope.podforge.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
        assertEquals(2, run("info").code());
        assertEquals(2, run("info", "--frobnicate", SAMPLE.toString()).code());
    }

    @Test
    void commandNamesReadFromTheAnnotationsAreTheParsersCommands() {
        // the launcher decides "command or window" from these names without building the parser
        assertEquals(new picocli.CommandLine(new PodForgeCli()).getSubcommands().keySet(), PodForgeCli.commandNames());
        assertTrue(PodForgeCli.isCliInvocation(new String[] {"info", "x.podforge.json"}));
        assertTrue(PodForgeCli.isCliInvocation(new String[] {"help"}));
        assertTrue(PodForgeCli.isCliInvocation(new String[] {"no-such-command"}));
        assertFalse(PodForgeCli.isCliInvocation(new String[] {"design.json"}));
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : PodForgeCli.commandNames()) {
            if (cmd.equals("help")) {
                continue;
            }
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: podforge " + cmd), cmd + ": " + r.out());
        }
    }

    @Test
    void catalogListsAFamily() {
        Run r = run("catalog", "--family", "retimer");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ASTERA-ARIES6-X16") && r.out().contains("PT5161L"), r.out());
        assertFalse(r.out().contains("NVIDIA-B200"), r.out());
        Run bad = run("catalog", "--family", "toaster");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown family 'toaster'"), bad.err());
        Run search = run("catalog", "--search", "scorpio");
        assertTrue(search.out().contains("ASTERA-SCORPIO-X-320") && search.out().contains("ASTERA-SCORPIO-P-64"), search.out());
    }

    @Test
    void generateWritesALoadableCluster() {
        Path f = dir.resolve("c.podforge.json");
        Run r = run("generate", "--gpus", "128", f.toString());
        assertEquals(0, r.code(), r.err());
        Run info = run("info", f.toString());
        assertEquals(0, info.code(), info.err());
        assertTrue(info.out().matches("(?s).*GPUs\\s+128.*"), info.out());
        assertEquals(2, run("generate", "--gpus", "100", f.toString()).code());
    }

    @Test
    void aBareFileOpensTheAppAndACommandRunsTheCli() {
        assertTrue(PodForgeCli.isCliInvocation(new String[] {"info", "x"}));
        assertTrue(PodForgeCli.isCliInvocation(new String[] {"--help"}));
        assertFalse(PodForgeCli.isCliInvocation(new String[] {"design.podforge.json"}));
        assertFalse(PodForgeCli.isCliInvocation(new String[0]));
        assertFalse(PodForgeCli.isCliInvocation(new String[] {SAMPLE.toString()}));
        assertTrue(PodForgeCli.isCliInvocation(new String[] {"valdiate"}), "a typo is a command, not a file to open");
        Run typo = run("valdiate", SAMPLE.toString());
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("Unmatched argument") || typo.err().contains("Unknown"), typo.err());
    }

    @Test
    void importNetBoxWritesTheUserCatalogAndReportsWhatItLeftOut() throws Exception {
        Path into = dir.resolve("user-catalog");
        Run r = run("catalog", "import-netbox", "src/test/resources/netbox/example-ex-6400.yaml", "--into", into.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("EXN-6400-O-BOX  Chassis  Example Networks EX-6400 (switch box), 2 U"), r.out());
        assertTrue(r.out().contains("EXN-6400-O  Scale-out network switch  Example Networks EX-6400, 66 ports"), r.out());
        assertTrue(r.out().contains("note: not imported: 1 interface of management-only"), r.out());
        assertTrue(r.out().contains("1 of 1 device type imported into"), r.out());
        assertTrue(Files.exists(into.resolve("netbox-example-networks-ex-6400.json")));

        Run bad = run("catalog", "import-netbox", "src/test/resources/netbox/bad-indent.yaml", "--into", into.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("bad-indent.yaml, line 8: not valid YAML"), bad.err());
        assertTrue(run("catalog", "import-netbox", "--help").out().contains("--into"));
    }
}
