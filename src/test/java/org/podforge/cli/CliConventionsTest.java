package org.podforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Conventions across the commands: one meaning per short option, and shell completion for all of them. */
class CliConventionsTest {

    @Test
    void aShortOptionMeansTheSameLongOptionInEveryCommand() {
        CommandLine root = new CommandLine(new PodForgeCli());
        Map<String, String> meaning = new HashMap<>();
        for (CommandLine sub : root.getSubcommands().values()) {
            for (CommandLine.Model.OptionSpec o : sub.getCommandSpec().options()) {
                String shortName = null;
                for (String n : o.names()) {
                    if (n.matches("-[A-Za-z]")) {
                        shortName = n;
                    }
                }
                if (shortName != null) {
                    String before = meaning.putIfAbsent(shortName, o.longestName());
                    assertTrue(before == null || before.equals(o.longestName()), sub.getCommandName() + ": " + shortName
                            + " means " + o.longestName() + " here but " + before + " elsewhere");
                }
            }
        }
        assertEquals("--format", meaning.get("-f"));
    }

    @Test
    void completionScriptCoversCommandsAndOptions() {
        CliTest.Run r = CliTest.run("completion");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("complete -F"), "a bash completion function is registered");
        for (String word : new String[] {"export", "validate", "bom", "--prices", "--xlsx", "--format"}) {
            assertTrue(r.out().contains(word), "completes " + word);
        }
    }
}
