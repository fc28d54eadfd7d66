package org.podforge.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.app.DocumentModel;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Medium;
import org.podforge.service.Session;
import org.podforge.testutil.TestCatalog;

class InspectorViewModelTest {
    private final DocumentModel doc = new DocumentModel(
            new Session(TestCatalog.smallProject(), TestCatalog.catalog(), PriceBook.empty(), null, List.of()));
    private final InspectorViewModel vm = new InspectorViewModel(doc);

    @Test
    void showsTheProjectWhenNothingIsSelectedAndTheObjectWhenOneIs() {
        assertEquals("Project", vm.headingProperty().get());
        assertEquals("Test design", vm.row("projectName").value());
        assertEquals("8", vm.row("gpus").value(), "2 servers x 2 GPUs x 2 replicas");
        doc.select(List.of("srv-2"));
        assertEquals("Chassis Server 2", vm.headingProperty().get());
        assertEquals("5", vm.row("u").value());
        assertEquals("4", vm.row("height").value());
        assertFalse(vm.row("id").editable());
        doc.select(List.of("srv-1", "srv-2"));
        assertEquals("2 objects selected", vm.headingProperty().get());
    }

    @Test
    void anEditThatChangesNoShownValueLeavesTheRowsAlone() {
        int[] changes = {0};
        vm.rows().addListener((javafx.collections.ListChangeListener<PropertyRow>) c -> changes[0]++);
        // nothing selected: the project's totals; a chassis 10 U up changes none of them
        doc.execute(new org.podforge.model.command.MoveChassisCommand("srv-2", "rack-1", 20));
        assertEquals(0, changes[0], "the same rows: the inspector's editors are not rebuilt");
        doc.execute(org.podforge.model.command.Edits.projectName("Renamed"));
        assertEquals(1, changes[0], "a total or name that changed is shown");
        assertEquals("Renamed", vm.row("projectName").value());
    }

    @Test
    void aRefusedEditShowsTheRowsAgainSoTheFieldDropsTheTyping() {
        doc.select(List.of("link-11"));
        int[] changes = {0};
        vm.rows().addListener((javafx.collections.ListChangeListener<PropertyRow>) c -> changes[0]++);
        assertFalse(vm.apply("lanes", "sixteen"));
        assertEquals(1, changes[0], "equal rows, shown anew: the view puts the value back in the field");
    }

    @Test
    void editingAPropertyExecutesAnUndoableCommand() {
        doc.select(List.of("srv-2"));
        assertTrue(vm.apply("name", "Beta"));
        assertEquals("Beta", doc.getSession().project().chassis("srv-2").orElseThrow().name());
        assertEquals("Beta", vm.row("name").value(), "the row shows the new value");
        assertEquals("Undo Rename Server 2 to Beta", doc.undoTextProperty().get());
        assertTrue(vm.apply("u", "20"));
        assertEquals(20, doc.getSession().project().chassis("srv-2").orElseThrow().uPosition());
        doc.undo();
        doc.undo();
        assertEquals("Server 2", doc.getSession().project().chassis("srv-2").orElseThrow().name());
        assertEquals(5, doc.getSession().project().chassis("srv-2").orElseThrow().uPosition());
    }

    @Test
    void aRackTakesItsCoolingAsAnUndoableEdit() {
        doc.select(List.of("rack-1"));
        assertEquals(InspectorViewModel.DEFAULT_COOLING, vm.row("cooling").value());
        assertTrue(vm.row("cooling").help().startsWith("air"), vm.row("cooling").help());
        assertEquals("Automatic: air", vm.row("cooling").shown(InspectorViewModel.DEFAULT_COOLING), "the default says what it comes to");
        assertEquals("Rear-door heat exchanger", vm.row("cooling").shown("REAR_DOOR"));
        assertTrue(vm.apply("cooling", "REAR_DOOR"));
        assertEquals(org.podforge.model.Cooling.REAR_DOOR, doc.getSession().project().rack("rack-1").orElseThrow().cooling());
        doc.undo();
        assertEquals(null, doc.getSession().project().rack("rack-1").orElseThrow().cooling());
    }

    @Test
    void linkChoicesAndNumbersAreParsedAndBadInputIsRefusedWithAReason() {
        doc.select(List.of("link-11"));
        assertEquals("PCB", vm.row("medium").value());
        assertTrue(vm.row("medium").choices().contains("AEC"));
        assertTrue(vm.apply("medium", "AEC"));
        assertEquals(Medium.AEC, doc.getSession().project().link("link-11").orElseThrow().medium());
        assertTrue(vm.apply("length", "2.5"));
        assertEquals(2.5, doc.getSession().project().link("link-11").orElseThrow().lengthOverrideM());
        assertTrue(vm.apply("length", ""), "empty = computed again");
        assertEquals(null, doc.getSession().project().link("link-11").orElseThrow().lengthOverrideM());

        long before = doc.revisionProperty().get();
        assertFalse(vm.apply("lanes", "sixteen"));
        assertTrue(vm.errorProperty().get().contains("not a number"), vm.errorProperty().get());
        assertFalse(vm.apply("lanes", "0"));
        assertTrue(vm.errorProperty().get().contains("at least 1 lane"), vm.errorProperty().get());
        assertEquals(before, doc.revisionProperty().get(), "refused edits execute nothing");
    }

    @Test
    void aRefusedEditsReasonGoesWhenTheDesignOrTheSelectionChanges() {
        doc.select(List.of("srv-2"));
        assertTrue(vm.apply("name", "Beta"));
        assertFalse(vm.apply("u", "five"));
        assertTrue(vm.errorProperty().get().contains("not a number"), vm.errorProperty().get());
        doc.undo();
        assertEquals("", vm.errorProperty().get(), "undo shows the design as it was: the refused typing's reason goes");
        assertEquals("Server 2", vm.row("name").value());

        assertFalse(vm.apply("u", "five"));
        doc.redo();
        assertEquals("", vm.errorProperty().get(), "redo too");
        assertFalse(vm.apply("u", "five"));
        doc.select(List.of("srv-1"));
        assertEquals("", vm.errorProperty().get(), "and another selection");
        assertFalse(vm.apply("u", "five"));
        assertTrue(vm.errorProperty().get().contains("not a number"), "a refused edit still says why");
    }

    @Test
    void aComponentSlotListOnlyOffersSlotsOfItsType() {
        doc.select(List.of("gpu-11"));
        assertEquals(List.of("gpu-1", "gpu-2", "gpu-3", "gpu-4"), vm.row("slot").choices());
        assertTrue(vm.apply("slot", "gpu-4"));
        assertEquals("gpu-4", doc.getSession().project().component("gpu-11").orElseThrow().slot());
    }

    @Test
    void choicesShowHumanNamesAndComputedValuesComeFromTheAnalysis() {
        javafx.beans.property.SimpleObjectProperty<org.podforge.app.Analysis> result = new javafx.beans.property.SimpleObjectProperty<>();
        InspectorViewModel withFacts = new InspectorViewModel(doc, result);
        doc.select(List.of("link-11"));
        PropertyRow medium = withFacts.row("medium");
        assertEquals("PCB", medium.value(), "the value stays the stable key");
        assertEquals("PCB trace", medium.shown("PCB"));
        assertEquals("Passive copper, external (DAC)", medium.shown("COPPER_EXTERNAL"), "not a raw enum name");
        assertEquals("updating\u2026", withFacts.row("computedLength").value(), "no analysis yet: said so, not a stale number");

        Session s = doc.getSession();
        result.set(org.podforge.app.Analysis.compute(doc.revisionProperty().get(), s.project(), s.catalog(), s.priceBook()));
        String length = withFacts.row("computedLength").value();
        assertTrue(length.matches("\\d+\\.\\d\\d m \\(.+\\)") || length.startsWith("not known ("), length);
        assertTrue(withFacts.row("speed").value().length() > 0);

        doc.select(List.of("rack-1"));
        String draw = withFacts.row("draw").value();
        assertTrue(draw.contains(" W"), draw);
        assertTrue(draw.contains("budget") || draw.contains("no budget known"), draw);
        doc.select(List.of("gpu-11"));
        assertTrue(withFacts.row("domain") != null);
    }
}
