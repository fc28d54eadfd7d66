package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.io.ProjectReader;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Pod;
import org.podforge.model.Project;

/** scaleup.domain on switched domains: its fixes make the design better, and unused ports are said once. */
class ScaleUpDomainRuleTest {
    static final Path DIR = Path.of("src/test/resources/rules/scaleup.domain");

    static Project read(String name) throws Exception {
        return new ProjectReader(RuleEngineTest.CATALOG).read(DIR.resolve(name)).project();
    }

    static List<Finding> findings(Project p) {
        return RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES).stream()
                .filter(f -> f.ruleId().equals("scaleup.domain") && f.severity() != Severity.INFO).toList();
    }

    @Test
    void theFixesOfAMissingPlaneAndAPortUsedTwiceRepairTheHgxBaseboard() throws Exception {
        Project p = read("positive-switched.podforge.json");
        for (Finding f : findings(p)) {
            if (f.severity() == Severity.ERROR) {
                assertEquals(1, f.fixes().size(), f.message());
                f.fixes().get(0).command(p).execute(p);
            }
        }
        List<Finding> left = findings(p);
        // only gpu-7's narrow plane is left: one cable is missing there and no fix invents where it goes
        assertEquals(1, left.size(), left.toString());
        assertTrue(left.get(0).message().contains("gpu-7\u2192nvsw-2 x8"), left.get(0).message());
    }

    @Test
    void aMissingSwitchChipLeavesEveryGpuWithUnusedPortsInOneWarning() throws Exception {
        Project p = read("negative-hgx-b200.podforge.json");
        Pod pod = p.pods().get(0);
        Chassis srv = pod.racks().get(0).chassis().get(0);
        Component sw2 = srv.components().stream().filter(c -> c.id().equals("nvsw-2")).findFirst().orElseThrow();
        for (Link l : List.copyOf(pod.links())) {
            if (l.b().componentId().equals("nvsw-2")) {
                pod.removeLink(l);
            }
        }
        srv.removeComponent(sw2);
        List<Finding> f = findings(p);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().startsWith("8 accelerators of gpu-1's NVLink scale-up domain reach every switch plane but leave 72 scale-up ports unconnected"),
                f.get(0).message());
        assertTrue(f.get(0).message().contains("gpu-1 uses 9 of its 18"), f.get(0).message());
    }
}
