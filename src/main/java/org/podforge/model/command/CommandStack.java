package org.podforge.model.command;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.podforge.model.Project;

/**
 * The one place a project changes: execute, undo, redo, with merging of repeated moves, a revision
 * counter and a dirty flag relative to the last save. Not thread-safe: use it from one thread (the UI
 * thread in the app).
 */
public final class CommandStack {

    /** What happened to the stack. */
    public enum Kind { EXECUTE, MERGE, UNDO, REDO, SAVED, CLEARED }

    /** A change notification; {@code command} is the command executed, undone or redone (null otherwise). */
    public record Event(Kind kind, Command command, long revision) {
    }

    private record Entry(Command command, long stateId) {
    }

    private final Project project;
    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<java.util.function.Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private long revision;
    private long nextStateId = 1;
    private long savedStateId;
    private boolean topSealed = true;
    private int limit = 1000;
    private int firing;

    public CommandStack(Project project) {
        this.project = Objects.requireNonNull(project);
    }

    public Project project() {
        return project;
    }

    /** Executes the command and records it. If it throws, nothing is recorded. */
    public void execute(Command command) {
        refuseWhileFiring();
        command.execute(project);
        redo.clear();
        Entry top = undo.peek();
        if (top != null && !topSealed && top.stateId() != savedStateId && top.command().mergeWith(command)) {
            undo.pop();
            undo.push(new Entry(top.command(), nextStateId++));
            fire(Kind.MERGE, command);
            return;
        }
        undo.push(new Entry(command, nextStateId++));
        topSealed = false;
        while (undo.size() > limit) {
            undo.removeLast();
        }
        fire(Kind.EXECUTE, command);
    }

    /** Stops the next command from merging into the current top (e.g. when the selection changes). */
    public void sealTop() {
        topSealed = true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(e -> e.command().description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(e -> e.command().description());
    }

    public Command undo() {
        refuseWhileFiring();
        Entry e = undo.pop();
        e.command().undo(project);
        redo.push(e);
        topSealed = true;
        fire(Kind.UNDO, e.command());
        return e.command();
    }

    public Command redo() {
        refuseWhileFiring();
        Entry e = redo.pop();
        e.command().execute(project);
        undo.push(e);
        topSealed = true;
        fire(Kind.REDO, e.command());
        return e.command();
    }

    /** Descriptions of the undoable commands, most recent first. */
    public List<String> undoHistory() {
        List<String> out = new ArrayList<>();
        for (Entry e : undo) {
            out.add(e.command().description());
        }
        return out;
    }

    /** Bumped by every execute, merge, undo and redo: a cheap "has anything changed" token. */
    public long revision() {
        return revision;
    }

    /** True when the project differs from the state last marked saved. */
    public boolean isDirty() {
        return currentStateId() != savedStateId;
    }

    /** Records that the current state is what is on disk. */
    public void markSaved() {
        savedStateId = currentStateId();
        topSealed = true;
        fire(Kind.SAVED, null);
    }

    /** Forgets all history (the project itself is unchanged) and treats the current state as saved. */
    public void clear() {
        undo.clear();
        redo.clear();
        savedStateId = 0;
        topSealed = true;
        fire(Kind.CLEARED, null);
    }

    public void setLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
    }

    public void addListener(java.util.function.Consumer<Event> l) {
        listeners.add(l);
    }

    public void removeListener(java.util.function.Consumer<Event> l) {
        listeners.remove(l);
    }

    private long currentStateId() {
        Entry top = undo.peek();
        return top == null ? 0 : top.stateId();
    }

    /**
     * A listener that changed the design while a change is reported would make the other listeners see
     * events out of order (and its change would not be one user step): refused, as Scene Builder's
     * JobManager refuses a push from inside a listener.
     */
    private void refuseWhileFiring() {
        if (firing > 0) {
            throw new IllegalStateException("the design cannot change while a change is being reported (a listener tried to execute, undo or redo)");
        }
    }

    private void fire(Kind kind, Command c) {
        revision++;
        Event ev = new Event(kind, c, revision);
        firing++;
        try {
            for (var l : listeners) {
                l.accept(ev);
            }
        } finally {
            firing--;
        }
    }
}
