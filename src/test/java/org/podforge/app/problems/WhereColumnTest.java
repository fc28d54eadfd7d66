package org.podforge.app.problems;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podforge.rules.Finding;
import org.podforge.rules.Severity;

/** The Where column is shown only when it tells the findings apart. */
class WhereColumnTest {
    private static Finding f(String subject) {
        return new Finding("rack.power", Severity.WARNING, "m " + subject, List.of(subject), List.of(), "");
    }

    @Test
    void oneDesignOfOnePodDoesNotNeedTheColumnSeveralPlacesDo() {
        Map<String, String> place = Map.of("a", "Pod A", "b", "Pod A", "c", "Pod B x 4 replicas");
        assertFalse(WhereColumn.differs(List.of(f("a"), f("b")), x -> place.get(x.subjects().get(0))), "every finding in Pod A");
        assertFalse(WhereColumn.differs(List.of(), x -> "?"), "no finding");
        assertTrue(WhereColumn.differs(List.of(f("a"), f("b"), f("c")), x -> place.get(x.subjects().get(0))), "Pod A and Pod B");
    }
}
