package org.podforge.model;

import java.util.Objects;

/**
 * A free text note on the pod canvas ("Row B is reserved for the storage pod"), saved with the design. A view
 * annotation: no rule, cost or export reads it. Immutable: {@link org.podforge.model.command.NoteCommand} replaces
 * a note with its edited copy, so undo restores the exact note.
 *
 * @param id   unique among the design's notes ("note-1"), never among its parts: selecting a note is the canvas's
 * @param text what it says; line breaks kept; at most {@link #MAX_TEXT} characters
 * @param x    where its top-left corner sits on the pod canvas, in canvas units (1 unit = 1 px at 100% zoom)
 * @param y    as x, downwards
 */
public record Note(String id, String text, double x, double y) {
    /** The longest text a note holds: a note, not a document. */
    public static final int MAX_TEXT = 2000;

    public Note {
        Ids.requireValid(id);
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a note holds at most " + MAX_TEXT + " characters, not " + text.length());
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a note needs a finite place, not " + x + ", " + y);
        }
    }

    public Note withText(String t) {
        return new Note(id, t, x, y);
    }

    public Note at(double nx, double ny) {
        return new Note(id, text, nx, ny);
    }
}
