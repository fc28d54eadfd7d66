package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.podforge.io.ProjectReader;
import org.podforge.model.Project;

/**
 * Golden fixtures: src/test/resources/rules/&lt;rule-id&gt;/positive.podforge.json must trigger the rule and
 * negative.podforge.json must not (no error or warning of that rule); more fixtures named positive-NAME and
 * negative-NAME beside them are held to the same; the findings of the rule in each are
 * asserted exactly against the reviewed &lt;name&gt;.expected.txt beside it (one line per finding: severity,
 * subjects, message, fixes). Set -Dgolden.update=true to rewrite the expected files after a reviewed change.
 */
class GoldenFixturesTest {
    static final Path ROOT = Path.of("src/test/resources/rules");

    @Test
    void everyRuleHasFixtures() {
        for (RuleInfo info : RuleRegistry.builtIn().infos()) {
            assertTrue(Files.exists(ROOT.resolve(info.id()).resolve("positive.podforge.json")), info.id() + " positive fixture");
            assertTrue(Files.exists(ROOT.resolve(info.id()).resolve("negative.podforge.json")), info.id() + " negative fixture");
        }
        assertEquals(24, RuleRegistry.builtIn().rules().size());
    }

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleInfo info : RuleRegistry.builtIn().infos()) {
            // positive.podforge.json and negative.podforge.json, plus any positive-NAME / negative-NAME beside them
            List<Path> files;
            try (Stream<Path> s = Files.list(ROOT.resolve(info.id()))) {
                files = s.filter(f -> f.getFileName().toString().endsWith(".podforge.json"))
                        .filter(f -> f.getFileName().toString().startsWith("positive") || f.getFileName().toString().startsWith("negative"))
                        .sorted().toList();
            }
            for (Path file : files) {
                String name = file.getFileName().toString().replace(".podforge.json", "");
                tests.add(DynamicTest.dynamicTest(info.id() + " " + name, () -> check(info.id(), name, file)));
            }
        }
        return tests.stream();
    }

    static List<String> lines(String ruleId, Path file) throws Exception {
        Project p = new ProjectReader(RuleEngineTest.CATALOG).read(file).project();
        List<String> out = new ArrayList<>();
        for (Finding f : RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES)) {
            if (f.ruleId().equals(ruleId)) {
                out.add(f.severity() + " | " + String.join(",", f.subjects()) + " | " + f.message() + " | fixes: "
                        + String.join("; ", f.fixes().stream().map(Fix::label).toList()));
            }
        }
        return out;
    }

    private static void check(String ruleId, String kind, Path file) throws Exception {
        List<String> actual = lines(ruleId, file);
        Path expectedFile = file.resolveSibling(kind + ".expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.write(expectedFile, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        assertEquals(expected, actual, file.toString());
        if (kind.startsWith("positive")) {
            assertFalse(actual.isEmpty(), ruleId + " must fire on " + file);
        } else {
            assertTrue(actual.stream().noneMatch(l -> l.startsWith("ERROR") || l.startsWith("WARNING")),
                    ruleId + " must not warn on " + file + ": " + actual);
        }
    }
}
