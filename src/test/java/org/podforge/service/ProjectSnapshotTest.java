package org.podforge.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Project;
import org.podforge.model.command.Edits;
import org.podforge.model.command.CommandStack;
import org.podforge.testutil.TestCatalog;

class ProjectSnapshotTest {
    @Test
    void aSnapshotIsEqualOnDiskAndIndependentOfLaterEdits() {
        Project p = TestCatalog.smallProject();
        p.setThresholdOverride("rack.power.defaultBudgetW", 9000.0);
        p.setSeverityOverride("reach", "ERROR");
        Project snap = ProjectSnapshot.copyOf(p);
        assertEquals(ProjectWriter.toJson(p), ProjectWriter.toJson(snap));
        new CommandStack(p).execute(Edits.rename(p, "srv-1", "Renamed"));
        assertEquals("Server 1", snap.chassis("srv-1").orElseThrow().name());
        assertNotEquals(ProjectWriter.toJson(p), ProjectWriter.toJson(snap));
    }
}
