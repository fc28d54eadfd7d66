package org.podforge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.RemoveCommand;
import org.podforge.service.PodGenerator;
import org.podforge.service.ProjectSnapshot;

/**
 * {@link Project#newId} keeps the highest number per prefix as ids come and go instead of scanning every id after
 * each edit; what it answers must stay what a scan of the design gives (a fresh copy scans).
 */
class NewIdTest {
    @Test
    void newIdsAfterAddsRemovesUndoAndRedoAreThoseOfAFreshScan() {
        Project p = PodGenerator.sample();
        CommandStack stack = new CommandStack(p);
        Random rnd = new Random(4);
        List<Link> pool = new ArrayList<>(p.pods().get(0).links());
        for (int i = 0; i < 60; i++) {
            int op = rnd.nextInt(4);
            if (op == 0 && stack.canUndo()) {
                stack.undo();
            } else if (op == 1 && stack.canRedo()) {
                stack.redo();
            } else if (op == 2) { // remove a link (often the newest, whose number is its prefix's highest)
                List<Link> links = p.pods().get(0).links();
                Link l = rnd.nextBoolean() ? links.get(links.size() - 1) : links.get(rnd.nextInt(links.size()));
                stack.execute(new RemoveCommand(l.id()));
            } else { // a copy of an existing link under a new id
                Link like = pool.get(rnd.nextInt(pool.size()));
                if (!p.linksAt(like.a()).isEmpty()) {
                    stack.execute(new RemoveCommand(p.linksAt(like.a()).get(0).id()));
                }
                if (!p.linksAt(like.b()).isEmpty()) {
                    stack.execute(new RemoveCommand(p.linksAt(like.b()).get(0).id()));
                }
                stack.execute(AddCommand.link(new Link(p.newId("link"), like.a(), like.b(), like.lanes(), like.medium())));
            }
            for (String prefix : List.of("link", "gpu", "chassis", "rack")) {
                assertEquals(ProjectSnapshot.copyOf(p).newId(prefix), p.newId(prefix), "after step " + i + ", prefix " + prefix);
            }
        }
    }

    @Test
    void aZeroPaddedNumberIsCountedWhenTheHighestGoes() {
        Project p = PodGenerator.sample();
        CommandStack stack = new CommandStack(p);
        int n = Integer.parseInt(p.newId("link").substring("link-".length())); // one above the highest
        List<Link> links = new ArrayList<>(p.pods().get(0).links().subList(0, 2));
        for (Link l : links) {
            stack.execute(new RemoveCommand(l.id()));
        }
        Link a = links.get(0);
        Link b = links.get(1);
        stack.execute(AddCommand.link(new Link("link-0" + (n + 1), a.a(), a.b(), a.lanes(), a.medium()))); // link-0N: N+1
        stack.execute(AddCommand.link(new Link("link-" + (n + 2), b.a(), b.b(), b.lanes(), b.medium())));
        assertEquals("link-" + (n + 3), p.newId("link"));
        stack.undo(); // the highest goes: the next highest is the padded one, not a plain number below it
        assertEquals(ProjectSnapshot.copyOf(p).newId("link"), p.newId("link"));
        assertEquals("link-" + (n + 2), p.newId("link"));
    }
}
