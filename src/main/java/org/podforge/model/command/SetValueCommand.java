package org.podforge.model.command;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.podforge.model.Project;

/**
 * Sets one value (a name, a lane count, a length, a part number ...) and remembers the old one. Repeated
 * edits of the same property of the same object merge into one undo step. Build instances through
 * {@link Edits}.
 */
public final class SetValueCommand<T> implements Command {
    private final String description;
    private final String key;
    private final Function<Project, T> getter;
    private final BiConsumer<Project, T> setter;
    private T newValue;
    private T oldValue;
    private boolean captured;
    private final Set<String> affected;
    private final boolean global;

    SetValueCommand(String description, String key, Set<String> affected, boolean global,
                    Function<Project, T> getter, BiConsumer<Project, T> setter, T newValue) {
        this.description = description;
        this.key = key;
        this.affected = new LinkedHashSet<>(affected);
        this.global = global;
        this.getter = getter;
        this.setter = setter;
        this.newValue = newValue;
    }

    @Override
    public String description() {
        return description;
    }

    public T newValue() {
        return newValue;
    }

    @Override
    public void execute(Project p) {
        T current = getter.apply(p);
        if (!captured) {
            oldValue = current;
            captured = true;
        }
        setter.accept(p, newValue);
    }

    @Override
    public void undo(Project p) {
        setter.accept(p, oldValue);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean mergeWith(Command next) {
        if (next instanceof SetValueCommand<?> s && s.key.equals(key)) {
            newValue = (T) s.newValue;
            return true;
        }
        return false;
    }

    /** True when executing would change nothing. */
    public boolean isNoOp(Project p) {
        return Objects.equals(getter.apply(p), newValue);
    }

    @Override
    public Set<String> affectedIds() {
        return Set.copyOf(affected);
    }

    @Override
    public boolean affectsAll() {
        return global;
    }
}
