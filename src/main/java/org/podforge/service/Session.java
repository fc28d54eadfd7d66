package org.podforge.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.io.LoadResult;
import org.podforge.io.ProjectFileException;
import org.podforge.io.ProjectReader;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Project;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandStack;

/**
 * One open design, toolkit-free: the project, its command stack, the catalog and price book it is
 * checked and costed against, the file it lives in and the current selection (ids). The app wraps it
 * in JavaFX properties; the CLI uses it directly. Not thread-safe: one thread (the FX thread) owns it.
 */
public final class Session {
    private final Catalog catalog;
    private PriceBook priceBook;
    /** The price book as the session got it, or as last loaded or saved to its file. */
    private PriceBook savedPriceBook;
    private final Project project;
    private final CommandStack stack;
    private Path file;
    private final Set<String> selection = new LinkedHashSet<>();
    private final List<Consumer<Set<String>>> selectionListeners = new CopyOnWriteArrayList<>();
    private final List<String> loadWarnings;
    /** Per command (by identity): the selection it was applied to, and the one current when it was undone. */
    private final java.util.Map<Command, Set<String>> selectionBefore = new java.util.IdentityHashMap<>();
    private final java.util.Map<Command, Set<String>> selectionAfter = new java.util.IdentityHashMap<>();

    public Session(Project project, Catalog catalog, PriceBook priceBook, Path file, List<String> loadWarnings) {
        this.project = Objects.requireNonNull(project);
        this.catalog = Objects.requireNonNull(catalog);
        this.priceBook = Objects.requireNonNull(priceBook);
        this.savedPriceBook = priceBook;
        this.stack = new CommandStack(project);
        this.file = file;
        this.loadWarnings = List.copyOf(loadWarnings);
        // before the prune: on EXECUTE the selection is still the one the command was applied to
        stack.addListener(this::restoreSelection);
        stack.addListener(ev -> pruneSelection());
    }

    /** A new, empty design. */
    public static Session empty(String name, Catalog catalog, PriceBook prices) {
        return new Session(new Project(name), catalog, prices, null, List.of());
    }

    /** Opens a project file. */
    public static Session open(Path file, Catalog catalog, PriceBook prices) throws ProjectFileException {
        LoadResult lr = new ProjectReader(catalog).read(file);
        return new Session(lr.project(), catalog, prices, file, lr.warnings());
    }

    public Catalog catalog() { return catalog; }
    public PriceBook priceBook() { return priceBook; }
    public Project project() { return project; }
    public CommandStack commands() { return stack; }

    /** The file this design was opened from or last saved to; null for an untitled design. */
    public Path file() { return file; }

    public List<String> loadWarnings() { return loadWarnings; }

    public void setPriceBook(PriceBook book) {
        this.priceBook = Objects.requireNonNull(book);
    }


    /** A price book just loaded from, or saved to, its file: later edits count as unsaved against it. */
    public void priceBookSaved(PriceBook book) {
        this.priceBook = Objects.requireNonNull(book);
        this.savedPriceBook = book;
    }

    /** The book as last loaded or saved (what {@link #priceBookModified} compares with). */
    public PriceBook savedPriceBook() {
        return savedPriceBook;
    }

    /** Restores both books (undo of loading a price book). */
    public void setPriceBooks(PriceBook current, PriceBook saved) {
        this.priceBook = Objects.requireNonNull(current);
        this.savedPriceBook = saved;
    }

    /** True when prices were edited since the book was loaded or saved (undoing the edits makes it false again). */
    public boolean priceBookModified() {
        return priceBook != savedPriceBook;
    }

    /** Executes a command on the stack (the one way the UI and CLI change a design). */
    public void execute(Command c) {
        stack.execute(c);
    }

    /** Saves to {@link #file()} atomically and marks the stack saved. */
    public void save() throws IOException {
        if (file == null) {
            throw new IllegalStateException("untitled design: use saveAs");
        }
        saveAs(file);
    }

    public void saveAs(Path target) throws IOException {
        ProjectWriter.save(project, target);
        this.file = target;
        stack.markSaved();
    }

    /** "name.podforge.json" or "Untitled". */
    public String displayName() {
        if (file != null) {
            return file.getFileName().toString();
        }
        return project.name().isBlank() ? "Untitled" : project.name();
    }

    // ---- selection ------------------------------------------------------------------------------

    public Set<String> selection() {
        return Set.copyOf(selection);
    }

    public void select(Collection<String> ids) {
        selection.clear();
        for (String id : ids) {
            if (project.containsId(id)) {
                selection.add(id);
            }
        }
        stack.sealTop();
        fireSelection();
    }

    public void addToSelection(Collection<String> ids) {
        for (String id : ids) {
            if (project.containsId(id)) {
                selection.add(id);
            }
        }
        stack.sealTop();
        fireSelection();
    }

    public void clearSelection() {
        if (!selection.isEmpty()) {
            selection.clear();
            fireSelection();
        }
    }

    public void addSelectionListener(Consumer<Set<String>> l) {
        selectionListeners.add(l);
    }

    public void removeSelectionListener(Consumer<Set<String>> l) {
        selectionListeners.remove(l);
    }

    /**
     * Selection is restored by undo: each command remembers the selection it was applied to (restored by
     * its undo) and the selection the user had when it was undone (restored by its redo), as Scene
     * Builder's selection jobs do.
     */
    private void restoreSelection(CommandStack.Event ev) {
        switch (ev.kind()) {
            case EXECUTE -> selectionBefore.put(ev.command(), Set.copyOf(selection));
            case UNDO -> {
                selectionAfter.put(ev.command(), Set.copyOf(selection));
                replaceSelection(selectionBefore.get(ev.command()));
            }
            case REDO -> replaceSelection(selectionAfter.get(ev.command()));
            case CLEARED -> {
                selectionBefore.clear();
                selectionAfter.clear();
            }
            default -> {
            }
        }
    }

    private void replaceSelection(Set<String> ids) {
        if (ids == null) {
            return;
        }
        Set<String> now = new LinkedHashSet<>();
        for (String id : ids) {
            if (project.containsId(id)) {
                now.add(id);
            }
        }
        if (!now.equals(selection)) {
            selection.clear();
            selection.addAll(now);
            fireSelection();
        }
    }

    private void pruneSelection() {
        if (selection.removeIf(id -> !project.containsId(id))) {
            fireSelection();
        }
    }

    private void fireSelection() {
        Set<String> snapshot = Set.copyOf(selection);
        for (var l : selectionListeners) {
            l.accept(snapshot);
        }
    }
}
