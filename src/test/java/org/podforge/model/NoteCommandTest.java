package org.podforge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.NoteCommand;

/** Canvas notes: add, edit, move and delete are each one undo step that restores the note exactly, in its place. */
class NoteCommandTest {

    @Test
    void addEditMoveDeleteUndoAndRedo() {
        Project p = new Project("notes");
        CommandStack stack = new CommandStack(p);
        stack.execute(NoteCommand.add(p, "first", 10, 20));
        stack.execute(NoteCommand.add(p, "second", 30, 40));
        assertEquals(List.of(new Note("note-1", "first", 10, 20), new Note("note-2", "second", 30, 40)), p.notes());
        stack.execute(NoteCommand.edit(p, "note-1", "first, edited\nline two"));
        stack.execute(NoteCommand.move(p, "note-1", -5, 7.5));
        assertEquals(new Note("note-1", "first, edited\nline two", -5, 7.5), p.notes().get(0), "an edit and a move keep the note's place in the list");
        stack.execute(NoteCommand.delete(p, "note-1"));
        assertEquals(List.of("note-2"), p.notes().stream().map(Note::id).toList());
        stack.undo();
        assertEquals(new Note("note-1", "first, edited\nline two", -5, 7.5), p.notes().get(0), "undo of a delete puts it back first");
        stack.undo();
        assertEquals(new Note("note-1", "first, edited\nline two", 10, 20), p.notes().get(0));
        stack.undo();
        assertEquals("first", p.notes().get(0).text());
        stack.redo();
        stack.redo();
        stack.redo();
        assertEquals(List.of("note-2"), p.notes().stream().map(Note::id).toList());
        assertEquals("note-3", NoteCommand.add(p, "x", 0, 0).after().id(), "a new id follows the highest note id");
    }

    @Test
    void aNewNoteNeverTakesAnIdOfThePartsAndStaleCommandsAreRefused() {
        Project p = new Project("ids");
        Pod pod = new Pod("note-1", "", 1);
        p.addPod(pod);
        assertEquals("note-2", NoteCommand.add(p, "x", 0, 0).after().id());
        CommandStack stack = new CommandStack(p);
        stack.execute(NoteCommand.add(p, "x", 0, 0));
        NoteCommand stale = NoteCommand.edit(p, "note-2", "y");
        stack.execute(NoteCommand.delete(p, "note-2"));
        assertThrows(CommandException.class, () -> stack.execute(stale));
        assertThrows(CommandException.class, () -> NoteCommand.move(p, "note-9", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Note("note-1", "x".repeat(Note.MAX_TEXT + 1), 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Note("note-1", "x", Double.NaN, 0));
        assertTrue(p.notes().isEmpty());
    }
}
