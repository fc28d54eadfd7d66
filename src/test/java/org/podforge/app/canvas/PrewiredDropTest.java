package org.podforge.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.podforge.app.canvas.CanvasLayout.Hit;
import org.podforge.bom.Standard;
import org.podforge.bom.ValidationStatus;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.CommandStack;
import org.podforge.service.templates.PrewiredServer;

/** Dropping the palette's pre-wired DGX B200-class server gives a wired server as one undoable command. */
class PrewiredDropTest {
    private static final String DRAG = PrewiredServer.DRAG_PREFIX + "dgx-b200-server";

    @Test
    void dropOnARackAddsTheWholeWiredServerAndUndoRemovesIt() {
        Project project = CanvasFixtures.project();
        CommandStack stack = new CommandStack(project);
        String before = ProjectWriter.toJson(project);
        int links = project.allLinks().size();
        CanvasLayout l = CanvasLayout.compute(project, CanvasFixtures.CATALOG);
        var in = l.rackInner("rack-2");
        Hit top = l.hit(in.cx(), in.y() + 2);
        DropPlan plan = new DropPlanner(project, CanvasFixtures.CATALOG, l).planPart(DRAG, top);
        assertTrue(plan.ok(), plan.message());
        assertTrue(plan.message().contains("at U39"), plan.message());
        stack.execute(plan.command());

        Rack rack = project.rack("rack-2").orElseThrow();
        Chassis added = rack.chassis().stream().filter(c -> c.uPosition() == 39).findFirst().orElseThrow();
        PrewiredServer s = PrewiredServer.of("dgx-b200-server", CanvasFixtures.CATALOG).orElseThrow();
        assertEquals(s.components(), added.components().size());
        assertEquals(8, s.gpus());
        Set<String> ids = added.components().stream().map(Component::id).collect(Collectors.toSet());
        List<Link> newLinks = project.allLinks().stream().filter(x -> ids.contains(x.a().componentId())).toList();
        assertEquals(s.links(), newLinks.size());
        assertEquals(links + s.links(), project.allLinks().size());
        assertTrue(newLinks.stream().allMatch(x -> ids.contains(x.b().componentId())), "board links join the new components only");
        assertEquals(new HashSet<>(ids).size(), ids.size());

        stack.undo();
        assertEquals(before, ProjectWriter.toJson(project), "one undo removes the whole server");
        stack.redo();
        assertEquals(s.components(), project.rack("rack-2").orElseThrow().chassis().stream().filter(c -> c.uPosition() == 39)
                .findFirst().orElseThrow().components().size());
    }

    @Test
    void theDroppedServerValidatesLikeItsTemplateAndNeedsARack() {
        Project p = new Project("One rack");
        Pod pod = new Pod("pod-1", "Pod", 1);
        pod.addRack(new Rack("rack-1", "", "RACK-EIA-48U", 0, 0));
        p.addPod(pod);
        CanvasLayout l = CanvasLayout.compute(p, CanvasFixtures.CATALOG);
        DropPlanner planner = new DropPlanner(p, CanvasFixtures.CATALOG, l);
        assertFalse(planner.planPart(DRAG, null).ok(), "not on empty canvas");
        var in = l.rackInner("rack-1");
        DropPlan plan = planner.planPart(DRAG, l.hit(in.cx(), in.maxY() - 2));
        assertTrue(plan.message().contains("at U1"), plan.message());
        new CommandStack(p).execute(plan.command());
        ValidationStatus v = Standard.validator().validate(p, CanvasFixtures.CATALOG, CatalogLoader.builtInPrices());
        assertEquals(0, v.errors() + v.warnings(), v.findings().toString());
        assertEquals(8, p.allComponents().stream().filter(c -> c.partNumber().equals("NVIDIA-B200")).count());
    }
}
