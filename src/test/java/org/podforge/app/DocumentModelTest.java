package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.PriceBook;
import org.podforge.model.command.Edits;
import org.podforge.model.command.RemoveCommand;
import org.podforge.service.Session;
import org.podforge.testutil.TestCatalog;

class DocumentModelTest {
    private Session session() {
        return new Session(TestCatalog.smallProject(), TestCatalog.catalog(), PriceBook.empty(), null, List.of());
    }

    @Test
    void titleCarriesTheProjectNameAndADirtyMarkThatSaveAndUndoClear() {
        DocumentModel doc = new DocumentModel(session());
        assertEquals("PodForge — Test design", doc.getTitle());
        assertFalse(doc.canUndoProperty().get());
        assertTrue(doc.execute(Edits.rename(doc.getSession().project(), "srv-1", "Alpha")));
        assertEquals("PodForge — Test design *", doc.getTitle());
        assertEquals("Undo Rename Server 1 to Alpha", doc.undoTextProperty().get());
        assertTrue(doc.canUndoProperty().get());
        doc.undo();
        assertEquals("PodForge — Test design", doc.getTitle());
        assertEquals("Redo Rename Server 1 to Alpha", doc.redoTextProperty().get());
        doc.redo();
        assertTrue(doc.execute(Edits.projectName("Pod X")));
        assertEquals("PodForge — Pod X *", doc.getTitle(), "renaming the project renames the window");
    }

    @Test
    void aRefusedCommandIsNotRecordedAndItsReasonIsShown() {
        DocumentModel doc = new DocumentModel(session());
        assertFalse(doc.execute(new RemoveCommand("no-such-id")));
        assertFalse(doc.canUndoProperty().get());
        assertTrue(doc.messageProperty().get().contains("no-such-id"), doc.messageProperty().get());
    }

    @Test
    void selectionFollowsTheSessionAndIsPrunedByDeletes() {
        DocumentModel doc = new DocumentModel(session());
        doc.select(List.of("srv-1", "gpu-21"));
        assertEquals(Set.of("srv-1", "gpu-21"), doc.selectionProperty().get());
        assertTrue(doc.hasSelectionProperty().get());
        doc.execute(new RemoveCommand("srv-2"));
        assertEquals(Set.of("srv-1"), doc.selectionProperty().get());
        doc.setSession(session());
        assertEquals(Set.of(), doc.selectionProperty().get(), "a new session starts with nothing selected");
    }

    @Test
    void aRecoveredDesignIsDirtyUntilSaved() {
        DocumentModel doc = new DocumentModel(session());
        doc.markRecovered();
        assertTrue(doc.isDirty());
        assertTrue(doc.getTitle().endsWith(" *"));
        doc.getSession().commands().markSaved();
        assertFalse(doc.isDirty());
    }
}
