package org.podforge.app.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.app.DocumentModel;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.service.Session;
import org.podforge.service.templates.PrewiredServer;

/** Double-click or Enter on a pre-wired server: into the selected rack at the lowest free U, one undo step. */
class PrewiredActivationTest {
    @Test
    void goesIntoTheSelectedRackAndUndoesInOneStep() {
        var catalog = CatalogLoader.builtIn();
        Project p = new Project("Racks");
        Pod pod = new Pod("pod-1", "Pod", 1);
        pod.addRack(new Rack("rack-1", "Rack 1", "RACK-EIA-48U", 0, 0));
        pod.addRack(new Rack("rack-2", "Rack 2", "RACK-EIA-48U", 0, 1));
        p.addPod(pod);
        DocumentModel doc = new DocumentModel(new Session(p, catalog, CatalogLoader.builtInPrices(), null, List.of()));
        PrewiredServer s = PrewiredServer.of("dgx-b200-server", catalog).orElseThrow();
        doc.select(List.of("rack-2"));
        assertTrue(PrewiredActivation.add(doc, s), doc.messageProperty().get());
        assertTrue(PrewiredActivation.add(doc, s), doc.messageProperty().get());
        Rack r2 = doc.getSession().project().rack("rack-2").orElseThrow();
        assertEquals(List.of(1, 11), r2.chassis().stream().map(c -> c.uPosition()).sorted().toList());
        assertEquals(2 * s.components(), r2.chassis().stream().mapToInt(c -> c.components().size()).sum());
        assertTrue(doc.messageProperty().get().contains("at U11"), doc.messageProperty().get());
        doc.undo();
        assertEquals(1, r2.chassis().size(), "one undo removes one whole server");

        DocumentModel empty = new DocumentModel(Session.empty("Empty", catalog, CatalogLoader.builtInPrices()));
        assertFalse(PrewiredActivation.add(empty, s));
        assertTrue(empty.messageProperty().get().startsWith("Add a rack first"), empty.messageProperty().get());
    }
}
