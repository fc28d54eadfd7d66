package org.podforge.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Path;
import org.junit.jupiter.api.Test;
import org.podforge.io.TemplateIndex;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Project;
import org.podforge.service.templates.TemplateRegistry;

/** The link layer draws each board-trace curve once, however many links share it (a DGX board's NVLink links). */
class LinkBundleTest {

    @Test
    void linksBetweenTheSameTwoComponentsOfAChassisShareOneCurve() throws Exception {
        TemplateRegistry templates = TemplateRegistry.builtIn();
        TemplateIndex.Entry dgx = templates.entries().stream().filter(e -> e.id().equals("dgx-b200-server")).findFirst().orElseThrow();
        Project p = templates.read(dgx, CanvasFixtures.CATALOG).project();
        CanvasLayout layout = CanvasLayout.compute(p, CanvasFixtures.CATALOG);
        List<LinkGeometry> geoms = new ArrayList<>();
        Map<String, Medium> media = new HashMap<>();
        Set<List<String>> pairs = new HashSet<>();
        int curves = 0;
        for (Link l : p.allLinks()) {
            LinkGeometry g = LinkGeometry.of(layout, l, null);
            if (g == null) {
                continue;
            }
            geoms.add(g);
            media.put(l.id(), l.medium());
            if (g.curve()) {
                curves++;
                pairs.add(List.of(l.a().componentId(), l.b().componentId()));
            }
        }
        LinkLayer layer = new LinkLayer();
        layer.set(geoms, media, CanvasStyle.of(false));
        long drawn = layer.root.lookupAll(".pf-link-bundle").stream()
                .flatMap(n -> ((Path) n).getElements().stream()).filter(e -> e instanceof CubicCurveTo).count();
        assertTrue(curves >= 2 * pairs.size(), curves + " board-trace links between " + pairs.size() + " pairs: the template should repeat pairs");
        assertEquals(pairs.size(), drawn, "one curve per pair of components, not one per link");
        for (LinkGeometry g : geoms) {
            assertTrue(layer.contains(g.linkId()), "every link is still known for picking: " + g.linkId());
        }
    }
}
