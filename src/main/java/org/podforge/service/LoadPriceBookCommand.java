package org.podforge.service;

import java.util.Set;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;
import org.podforge.model.command.Command;

/** Replaces the open design's price book with one loaded from a file; undo brings the previous book back. */
public final class LoadPriceBookCommand implements Command {
    private final Session session;
    private final PriceBook book;
    private PriceBook before;
    private PriceBook beforeSaved;

    public LoadPriceBookCommand(Session session, PriceBook book) {
        this.session = session;
        this.book = book;
    }

    @Override
    public String description() {
        return "Use price book " + book.name();
    }

    @Override
    public void execute(Project project) {
        before = session.priceBook();
        beforeSaved = session.savedPriceBook();
        session.priceBookSaved(book);
    }

    @Override
    public void undo(Project project) {
        session.setPriceBooks(before, beforeSaved);
    }

    @Override
    public Set<String> affectedIds() {
        return Set.of();
    }

    @Override
    public boolean affectsAll() {
        return true;
    }
}
