package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.model.Chassis;
import org.podforge.model.Project;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.service.PodGenerator;

/** A generated 512-accelerator cluster: parallel and sequential passes agree; moving a server stays incremental-exact. */
class ClusterValidationTest {

    @Test
    void parallelEqualsSequentialAndMovesStayExact() {
        Project p = PodGenerator.cluster(512);
        RuleEngine parallel = new RuleEngine(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES);
        parallel.validateAll();
        RuleEngine sequential = new RuleEngine(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES).parallel(false);
        sequential.validateAll();
        List<Finding> all = parallel.findings();
        assertEquals(sequential.findings(), all);
        assertTrue(all.stream().noneMatch(f -> f.severity() == Severity.ERROR), all.stream().filter(f -> f.severity() == Severity.ERROR).toList().toString());

        CommandStack stack = new CommandStack(p);
        parallel.attach(stack);
        Chassis server = p.pods().get(3).racks().get(0).chassis().get(0);
        long before = parallel.checkedUnits();
        stack.execute(new MoveChassisCommand(server.id(), server.rack().id(), server.uPosition() + 1));
        // a move re-checks one island (geometric rules only) and the racks and chassis at the ends of its links,
        // not the ~100 units of the cluster
        assertTrue(before > 90, "units of a full pass: " + before);
        assertTrue(parallel.checkedUnits() - before <= 12, "units re-checked: " + (parallel.checkedUnits() - before));
        List<Finding> moved = parallel.findings();
        assertEquals(RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES), moved);
        assertTrue(moved.stream().anyMatch(f -> f.ruleId().equals("rack.space") && f.subjects().contains(server.id())));
        stack.undo();
        assertEquals(all, parallel.findings());
    }
}
