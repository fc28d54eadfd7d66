package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podforge.io.ProjectReader;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.model.Project;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.CommandStack;

/**
 * A stray root-port link on a correctly wired server (what a too-broad bulk wiring made in the real window): the
 * pcie.tree fix must remove the stray link, not a link the design already had, whichever way the ids sort as text
 * ("link-183" sorts before "link-92") and whether the stray joins two roots or closes a loop.
 */
class PcieTreeCutTest {

    private static final Path SERVER = Path.of("docs/examples/dgx-b200-server.podforge.json");

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
            "cpu-1, pswitch-3", // joins cpu-1 and cpu-2 in one hierarchy; the path's last link is cpu-2's own
            "cpu-2, pswitch-1", // the other way round
            "cpu-1, pswitch-2", // a loop: pswitch-2 already hangs off cpu-1 by link-46
    })
    void theFixRemovesTheStrayLinkAndTheErrorGoes(String cpu, String pswitch) throws Exception {
        Project p = new ProjectReader(RuleEngineTest.CATALOG).read(SERVER).project();
        List<Finding> before = RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES);
        assertTrue(before.stream().noneMatch(f -> f.ruleId().equals("pcie.tree")), "the template starts clean");
        int links = p.pods().get(0).links().size();

        Link stray = new Link("link-" + (links + 1), freePort(p, cpu, PortRole.ROOT), freePort(p, pswitch, PortRole.SWITCH), 16, Medium.PCB);
        CommandStack stack = new CommandStack(p);
        stack.execute(new AddCommand(p.pods().get(0).id(), stray));

        List<Finding> tree = RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES).stream()
                .filter(f -> f.ruleId().equals("pcie.tree") && f.severity() == Severity.ERROR).toList();
        assertEquals(1, tree.size(), "one finding for one stray link: " + tree);
        Finding f = tree.get(0);
        assertEquals(1, f.fixes().size(), f.fixes().toString());
        assertTrue(f.fixes().get(0).label().contains(stray.id()), "offers to remove the stray: " + f.fixes().get(0).label());

        stack.execute(f.fixes().get(0).command(p));
        assertFalse(p.containsId(stray.id()));
        assertEquals(links, p.pods().get(0).links().size(), "only the stray went");
        List<Finding> after = RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES);
        assertTrue(after.stream().noneMatch(x -> x.ruleId().equals("pcie.tree")), "no pcie.tree finding left: " + after);
    }

    /** The first port of the role on the component that no link uses yet. */
    private static PortRef freePort(Project p, String componentId, PortRole role) {
        Component c = p.component(componentId).orElseThrow();
        for (Port port : RuleEngineTest.CATALOG.require(c.partNumber()).ports()) {
            PortRef ref = new PortRef(componentId, port.name());
            if (port.spec().role() == role && p.linksAt(ref).isEmpty()) {
                return ref;
            }
        }
        throw new AssertionError("no free " + role + " port on " + componentId);
    }
}
