package org.podforge.model.command;

import java.util.Objects;
import java.util.Set;
import org.podforge.model.Note;
import org.podforge.model.Project;

/**
 * Adds, edits, moves or deletes one canvas note: the note goes from {@code before} to {@code after} (null: absent),
 * and undo puts {@code before} back where it was in the list. Notes are read by no rule, so nothing is re-checked.
 */
public final class NoteCommand implements Command {
    private final String description;
    private final String id;
    private final Note before;
    private final Note after;
    private int index = -1;

    private NoteCommand(String description, String id, Note before, Note after) {
        this.description = description;
        this.id = id;
        this.before = before;
        this.after = after;
    }

    /** A new note with a fresh id ("note-N") at a canvas point. */
    public static NoteCommand add(Project p, String text, double x, double y) {
        return new NoteCommand("Add note", null, null, new Note(freshId(p), text, x, y));
    }

    public static NoteCommand edit(Project p, String id, String text) {
        Note n = require(p, id);
        return new NoteCommand("Edit note " + id, id, n, n.withText(text));
    }

    public static NoteCommand move(Project p, String id, double x, double y) {
        Note n = require(p, id);
        return new NoteCommand("Move note " + id, id, n, n.at(x, y));
    }

    public static NoteCommand delete(Project p, String id) {
        return new NoteCommand("Delete note " + id, id, require(p, id), null);
    }

    /** The note this command leaves (null for a delete). */
    public Note after() {
        return after;
    }

    private static Note require(Project p, String id) {
        return p.note(id).orElseThrow(() -> new CommandException("There is no note '" + id + "'."));
    }

    /** "note-N", one more than the highest N among notes, and no id a part of the design holds. */
    private static String freshId(Project p) {
        int max = 0;
        for (Note n : p.notes()) {
            String t = n.id().startsWith("note-") ? n.id().substring(5) : "";
            if (!t.isEmpty() && t.length() < 9 && t.chars().allMatch(Character::isDigit)) {
                max = Math.max(max, Integer.parseInt(t));
            }
        }
        String id = "note-" + (max + 1);
        while (p.containsId(id) || p.note(id).isPresent()) {
            id = "note-" + (++max + 1);
        }
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void execute(Project project) {
        Note now = project.note(after != null ? after.id() : id).orElse(null);
        if (!Objects.equals(now, before)) {
            throw new CommandException(before == null ? "There is already a note '" + after.id() + "'."
                    : "Note '" + before.id() + "' changed or is gone; nothing was done.");
        }
        if (after == null) {
            index = project.removeNote(before.id());
        } else {
            index = project.putNote(-1, after);
        }
    }

    @Override
    public void undo(Project project) {
        if (before == null) {
            project.removeNote(after.id());
        } else {
            if (after != null) {
                project.removeNote(after.id());
            }
            project.putNote(index, before);
        }
    }

    @Override
    public Set<String> affectedIds() {
        return Set.of();
    }
}
