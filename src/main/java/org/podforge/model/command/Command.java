package org.podforge.model.command;

import java.util.Set;
import org.podforge.model.Project;

/**
 * One undoable change to a project. Commands refer to nodes by id, so they stay valid across undo and
 * redo. {@link #execute} may throw {@link CommandException} before changing anything when the command
 * no longer applies (e.g. its target was deleted).
 */
public interface Command {

    /** Short user-facing text, e.g. "Move srv-1 to U12". Shown as "Undo Move srv-1 to U12". */
    String description();

    void execute(Project project);

    void undo(Project project);

    /**
     * Tries to absorb {@code next}, a command executed right after this one, so both undo in one step
     * (repeated nudges of the same chassis). Called after {@code next} was executed. Returns false
     * when the commands do not merge.
     */
    default boolean mergeWith(Command next) {
        return false;
    }

    /**
     * Ids of the nodes this command creates, removes or changes: the rules engine re-checks what
     * depends on them. The empty set with {@link #affectsAll()} true means "anything may have changed".
     */
    Set<String> affectedIds();

    /** True for project-wide changes (settings, overrides) after which everything is re-checked. */
    default boolean affectsAll() {
        return false;
    }
}
