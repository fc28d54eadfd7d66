package org.podforge.rules;

import java.util.Objects;
import java.util.function.Function;
import org.podforge.model.Project;
import org.podforge.model.command.Command;

/**
 * A one-click fix offered with a finding: a label ("Insert an Aries 6 x16 retimer") and a factory that
 * builds an undoable {@link Command} for the project as it is when the user clicks. Execute the command on
 * the session's stack; undo brings the finding back. Two fixes are equal when their labels are.
 */
public final class Fix {
    private final String label;
    private final Function<Project, Command> factory;

    public Fix(String label, Function<Project, Command> factory) {
        this.label = Objects.requireNonNull(label);
        this.factory = Objects.requireNonNull(factory);
    }

    public String label() {
        return label;
    }

    /** Builds the command; throws {@link org.podforge.model.command.CommandException} when the fix no longer applies. */
    public Command command(Project project) {
        return factory.apply(project);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fix f && f.label.equals(label);
    }

    @Override
    public int hashCode() {
        return label.hashCode();
    }

    @Override
    public String toString() {
        return label;
    }
}
