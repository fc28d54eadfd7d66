package org.podforge.service;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;
import org.podforge.model.command.Command;

/**
 * Sets (or removes) one part's unit price in the open design's price book. The price book is not part of
 * the project file, but the edit is a command on the same stack, so Undo/Redo take it back like any other
 * edit, and the BOM and rules are re-run (it affects every priced line). Consecutive edits of the same
 * part merge into one undo step.
 */
public final class SetPriceCommand implements Command {
    private final Session session;
    private final String partNumber;
    private Double price;
    private PriceBook before;

    /** @param price the new unit price in the book's currency, or null to remove the part's price */
    public SetPriceCommand(Session session, String partNumber, Double price) {
        if (price != null && (!(price >= 0) || price.isInfinite())) {
            throw new IllegalArgumentException("a price is zero or more, not " + price);
        }
        this.session = session;
        this.partNumber = partNumber;
        this.price = price;
    }

    @Override
    public String description() {
        if (price == null) {
            return "Remove the price of " + partNumber;
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ROOT);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        f.setGroupingUsed(true);
        return "Price " + partNumber + " at " + f.format(price) + " " + session.priceBook().currency();
    }

    @Override
    public void execute(Project project) {
        if (before == null) {
            before = session.priceBook();
        }
        session.setPriceBook(before.withPrice(partNumber, price, "edited in PodForge on " + java.time.LocalDate.now()));
    }

    @Override
    public void undo(Project project) {
        session.setPriceBook(before);
    }

    @Override
    public boolean mergeWith(Command next) {
        if (next instanceof SetPriceCommand n && n.session == session && n.partNumber.equals(partNumber)) {
            price = n.price; // undo still restores the book from before the first edit
            return true;
        }
        return false;
    }

    @Override
    public Set<String> affectedIds() {
        return Set.of();
    }

    @Override
    public boolean affectsAll() {
        return true;
    }

    /**
     * A unit price as a person types it: "1250.50", "1,250.50" or "1 250,50" is not guessed: one dot for
     * decimals, commas only as thousands separators; empty text removes the price.
     *
     * @throws IllegalArgumentException with what to type instead
     */
    public static Double parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("\\d{1,3}(,\\d{3})*(\\.\\d+)?|\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("'" + text + "' is not a price: type a number such as 1250.50 (no currency sign; "
                    + "commas only between thousands), or clear the cell to remove the price");
        }
        return Double.parseDouble(t.replace(",", ""));
    }

    public String partNumber() {
        return partNumber;
    }
}
