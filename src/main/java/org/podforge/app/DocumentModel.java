package org.podforge.app;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;
import org.podforge.service.Session;

/**
 * The open design as JavaFX properties (a ViewModel: no Node references). Wraps the toolkit-free
 * {@link Session}, which New/Open replace, and republishes its command-stack and selection events as
 * properties the title, the actions and the panels bind to. Use from the FX thread only.
 */
public final class DocumentModel {
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>(this, "session");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "PodForge");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyObjectWrapper<Set<String>> selection = new ReadOnlyObjectWrapper<>(this, "selection", Set.of());
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection");
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private final ReadOnlyObjectWrapper<CommandStack.Event> lastEvent = new ReadOnlyObjectWrapper<>(this, "lastEvent");
    /** The last message for the user (a command that did not apply, a file saved ...). */
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    /** True for a design recovered from an autosave: unsaved even though its stack is clean. */
    private final ReadOnlyBooleanWrapper recovered = new ReadOnlyBooleanWrapper(this, "recovered");

    private final Consumer<CommandStack.Event> stackListener = this::onStack;
    private final Consumer<Set<String>> selectionListener = s -> selection.set(s);

    public DocumentModel(Session initial) {
        session.addListener((obs, old, now) -> {
            if (old != null) {
                old.commands().removeListener(stackListener);
                old.removeSelectionListener(selectionListener);
            }
            if (now != null) {
                now.commands().addListener(stackListener);
                now.addSelectionListener(selectionListener);
            }
            recovered.set(false);
            selection.set(now == null ? Set.of() : now.selection());
            refresh(null);
        });
        selection.addListener((obs, o, n) -> hasSelection.set(!n.isEmpty()));
        session.set(initial);
    }

    // ---- commands -------------------------------------------------------------------------------

    /**
     * Executes a command on the current session. A command that does not apply is not recorded; its
     * reason goes to {@link #messageProperty()} and false is returned.
     */
    public boolean execute(Command c) {
        try {
            getSession().execute(c);
            return true;
        } catch (CommandException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    public void undo() {
        if (getSession().commands().canUndo()) {
            Command c = getSession().commands().undo();
            message.set("Undid " + c.description());
        }
    }

    public void redo() {
        if (getSession().commands().canRedo()) {
            Command c = getSession().commands().redo();
            message.set("Redid " + c.description());
        }
    }

    public void select(java.util.Collection<String> ids) {
        getSession().select(ids);
    }

    /** Replaces the open design (New, Open, recover). */
    public void setSession(Session s) {
        session.set(s);
    }

    /** Marks the current design as recovered from an autosave (unsaved until saved). */
    public void markRecovered() {
        recovered.set(true);
        refresh(null);
    }

    /** Call after the session was saved (Session.save marks its stack saved, which also refreshes). */
    public void savedAs() {
        recovered.set(false);
        refresh(null);
    }

    private void onStack(CommandStack.Event ev) {
        if (ev.kind() == CommandStack.Kind.SAVED) {
            recovered.set(false);
        }
        refresh(ev);
    }

    private void refresh(CommandStack.Event ev) {
        Session s = getSession();
        if (s == null) {
            return;
        }
        CommandStack st = s.commands();
        dirty.set(st.isDirty() || recovered.get());
        canUndo.set(st.canUndo());
        canRedo.set(st.canRedo());
        undoText.set(st.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(st.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        String name = s.project().name().isBlank() ? "Untitled" : s.project().name();
        title.set("PodForge — " + name + (dirty.get() ? " *" : ""));
        revision.set(revision.get() + 1);
        lastEvent.set(ev);
    }

    // ---- properties -----------------------------------------------------------------------------

    public Session getSession() { return session.get(); }
    public ReadOnlyObjectProperty<Session> sessionProperty() { return session; }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public String getTitle() { return title.get(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public boolean isDirty() { return dirty.get(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoTextProperty() { return redoText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Set<String>> selectionProperty() { return selection.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasSelectionProperty() { return hasSelection.getReadOnlyProperty(); }
    /** Bumped on every stack event and session change: panels that show derived data listen to it. */
    public ReadOnlyLongProperty revisionProperty() { return revision; }
    /** The stack event behind the last revision bump (null for a session change). */
    public ReadOnlyObjectProperty<CommandStack.Event> lastEventProperty() { return lastEvent.getReadOnlyProperty(); }
    public StringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty recoveredProperty() { return recovered.getReadOnlyProperty(); }

    /** Ids of the selected objects in a stable order. */
    public List<String> selectedIds() {
        return selection.get().stream().sorted().toList();
    }
}
