package org.podforge.service.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.ProjectReader;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Project;
import org.podforge.model.command.Command;

/** Remove Links of Selection: all links of the selected parts in one undo step, the parts themselves kept. */
class UnwiringTest {
    private static Project load(String name) throws Exception {
        return new ProjectReader(CatalogLoader.builtIn()).read(Path.of("docs/examples", name)).project();
    }

    @Test
    void aTrayLosesItsOwnLinksAndThoseToTheSpineAndUndoPutsThemBack() throws Exception {
        Project p = load("gb200-nvl72.podforge.json");
        String json = ProjectWriter.toJson(p);
        int all = p.allLinks().size();
        String tray = p.component("gpu-1").orElseThrow().chassis().id();
        // a GB200 tray: 4 C2C + 6 NIC/DPU links inside, 4 GPUs x 18 NVLink links to the switch trays
        assertEquals(10 + 72, Unwiring.links(p, List.of(tray)).size());
        Command c = Unwiring.command(p, List.of(tray));
        c.execute(p);
        assertEquals(all - 82, p.allLinks().size());
        assertEquals(12, p.chassis(tray).orElseThrow().components().size(), "the parts stay");
        c.undo(p);
        assertEquals(json, ProjectWriter.toJson(p));
    }

    @Test
    void aSelectionWithoutLinksGivesNoCommand() throws Exception {
        Project p = load("gb200-nvl72.podforge.json");
        String shelf = p.pods().get(0).racks().get(0).chassis().get(0).id();
        assertNull(Unwiring.command(p, List.of(shelf)), "a power shelf has no links");
        assertNull(Unwiring.command(p, List.of("no-such-id")));
        String link = p.allLinks().get(0).id();
        assertEquals(List.of(link), Unwiring.links(p, List.of(shelf, link)), "a selected link goes too (at fit zoom a click lands on links)");
    }
}
