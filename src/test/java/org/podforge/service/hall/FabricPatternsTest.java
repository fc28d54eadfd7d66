package org.podforge.service.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.app.hall.HallFixtures;
import org.podforge.model.FabricCables;
import org.podforge.model.Project;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;

/** The patterns a rack ends, and deleting one with all its cables as one undo step. */
class FabricPatternsTest {

    @Test
    void aRackListsThePatternsWithAnEndInIt() {
        Project p = HallFixtures.hall();
        assertEquals(List.of("pattern-1"), ids(FabricPatterns.through(p, "rack-1")), "a pod rack: its servers' rails");
        assertEquals(List.of("pattern-1", "pattern-2"), ids(FabricPatterns.through(p, "netrack-1")), "a leaf rack: rails and uplinks");
        assertEquals(List.of("pattern-2"), ids(FabricPatterns.through(p, "netrack-3")), "the spine rack: uplinks only");
        assertEquals(List.of(), FabricPatterns.through(p, "no-such-rack"));
        assertEquals("leaf-spine (16 cables)", FabricPatterns.all(p).get(1).text());
    }

    @Test
    void deletingAPatternRemovesItsCablesInOneUndoStep() {
        Project p = HallFixtures.hall();
        long before = FabricCables.count(p);
        CommandStack stack = new CommandStack(p);
        stack.execute(FabricPatterns.delete(p, "pattern-2"));
        assertEquals("Delete pattern leaf-spine (16 cables)", stack.undoDescription().orElseThrow());
        assertEquals(before - 16, FabricCables.count(p));
        stack.undo();
        assertEquals(before, FabricCables.count(p));
        assertEquals(List.of("pattern-1", "pattern-2"), ids(FabricPatterns.all(p)), "back where it was");
        assertThrows(CommandException.class, () -> FabricPatterns.delete(p, "pattern-9"));
    }

    @Test
    void theModuleMenuOffersWhatFitsEachEndAndSettingOneKeepsTheOther() throws Exception {
        org.podforge.catalog.Catalog catalog = org.podforge.catalog.CatalogLoader.builtIn();
        Project p = new org.podforge.io.ProjectReader(catalog)
                .read(java.nio.file.Path.of("src/test/resources/rules/port.speed/negative-pattern-breakout.podforge.json")).project();
        // multimode rails: 400G flat-top module at the ConnectX-7, twin-port 800G module at the SN5600 leaf (fabric I2)
        FabricPatterns.End a = FabricPatterns.end(p, catalog, "rails", false).orElseThrow();
        assertEquals("NVIDIA-MMA4Z00-NS400", a.current());
        assertEquals(List.of("NVIDIA-MMA4Z00-NS400"), a.fits(), "only the flat-top 400G multimode module fits the NIC");
        FabricPatterns.End b = FabricPatterns.end(p, catalog, "rails", true).orElseThrow();
        assertEquals("NVIDIA-MMA4Z00-NS", b.current());
        assertTrue(b.fits().contains("NVIDIA-MMA4Z00-NS") && !b.fits().contains("NVIDIA-MMA4Z00-NS400"), b.fits().toString());
        CommandStack stack = new CommandStack(p);
        stack.execute(FabricPatterns.setModule(p, "rails", false, null));
        org.podforge.model.LinkPattern lp = p.pattern("rails").orElseThrow();
        assertEquals(null, lp.transceiverPart());
        assertEquals("NVIDIA-MMA4Z00-NS", lp.transceiverPartB(), "end b keeps its module");
        stack.undo();
        assertEquals("NVIDIA-MMA4Z00-NS400", lp.transceiverPart());
        assertEquals("NVIDIA-MMA4Z00-NS", lp.transceiverPartB());
        // end b made the same as end a: stored once (transceiverB null = as end a)
        stack.execute(FabricPatterns.setModule(p, "rails", true, "NVIDIA-MMA4Z00-NS400"));
        assertEquals(null, lp.transceiverPartB());
        assertThrows(CommandException.class, () -> FabricPatterns.setModule(p, "rails", true, "NVIDIA-MMA4Z00-NS400"), "nothing to change");
        assertThrows(CommandException.class, () -> FabricPatterns.setModule(p, "rails", true, null),
                "end b cannot be empty while end a names a module (transceiverB null = as end a)");
        assertFalse(FabricPatterns.end(p, catalog, "rails", true).orElseThrow().clearable(), "so the menu does not offer it");
    }

    @Test
    void aNicNoCatalogedModuleFitsGetsNoOffer() {
        org.podforge.catalog.Catalog catalog = org.podforge.catalog.CatalogLoader.builtIn();
        Project p = new org.podforge.service.generate.ClusterGenerator(catalog, org.podforge.rules.Thresholds.builtIn())
                .generate(org.podforge.service.generate.ClusterGenerator.sampleCluster(128, null)).project();
        FabricPatterns.End a = FabricPatterns.end(p, catalog, "rails", false).orElseThrow();
        assertEquals("NVIDIA-CONNECTX-8/net", a.portKind());
        assertEquals(List.of(), a.fits(), "no 800G flat-top single-mode module in the catalog (fabric I2)");
    }

    private static List<String> ids(List<FabricPatterns.Entry> entries) {
        return entries.stream().map(FabricPatterns.Entry::id).toList();
    }
}
