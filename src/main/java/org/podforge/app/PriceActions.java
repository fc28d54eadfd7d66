package org.podforge.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.podforge.catalog.CatalogException;
import org.podforge.catalog.PriceBook;
import org.podforge.export.PriceBookFiles;
import org.podforge.export.PriceBookWriter;
import org.podforge.service.LoadPriceBookCommand;
import org.podforge.service.Session;
import org.podforge.service.SetPriceCommand;

/**
 * Prices in the app: load a price book (JSON, CSV or xlsx), edit a part's unit price in the BOM table
 * (an undoable command), save the book back to the file it came from, in the same format, or to another.
 */
final class PriceActions {
    private final DocumentModel doc;
    private final DialogService dialogs;

    PriceActions(DocumentModel doc, DialogService dialogs) {
        this.doc = doc;
        this.dialogs = dialogs;
    }

    List<AppAction> actions() {
        return List.of(
                new AppAction("load-prices", "Load Price Book…", MaterialDesignF.FOLDER_OPEN_OUTLINE, null, null,
                        "Cost the design with a price book from a JSON, CSV or Excel file", this::load),
                new AppAction("save-prices", "Save Price Book", MaterialDesignC.CONTENT_SAVE_OUTLINE, null, null,
                        "Save the edited prices back to the price book's file", this::save),
                new AppAction("save-prices-as", "Save Price Book As…", MaterialDesignC.CONTENT_SAVE_EDIT_OUTLINE, null, null,
                        "Save the prices to a new JSON, CSV or xlsx file", this::saveAs));
    }

    /** Sets one part's price from the text typed in the BOM table; returns null, or why the text is not a price. */
    String setPrice(String partNumber, String text) {
        Double price;
        try {
            price = SetPriceCommand.parse(text);
        } catch (IllegalArgumentException e) {
            doc.messageProperty().set(e.getMessage());
            return e.getMessage();
        }
        Session s = doc.getSession();
        PriceBook.Price old = s.priceBook().prices().get(partNumber);
        if ((price == null && old == null) || (price != null && old != null && old.unitPrice() == price)) {
            return null;
        }
        doc.execute(new SetPriceCommand(s, partNumber, price));
        doc.messageProperty().set((price == null ? "Removed the price of " : "Priced ") + partNumber
                + "; Catalog > Save Price Book writes it to " + where(s.priceBook()));
        return null;
    }

    void load() {
        List<Path> files = dialogs.chooseOpenFiles("Load price book", null, "Price books (JSON, CSV, xlsx)",
                List.of("*.json", "*.csv", "*.xlsx"));
        if (files.isEmpty()) {
            return;
        }
        try {
            PriceBook pb = PriceBookFiles.load(files.get(0));
            doc.execute(new LoadPriceBookCommand(doc.getSession(), pb));
            doc.messageProperty().set("Costing with " + pb.label() + " (" + pb.prices().size() + " prices) from " + files.get(0).getFileName());
        } catch (CatalogException e) {
            dialogs.showError("Cannot load the price book", e.getMessage());
        }
    }

    void save() {
        PriceBook pb = doc.getSession().priceBook();
        Path file = file(pb);
        if (file == null) {
            saveAs();
            return;
        }
        write(pb, file);
    }

    void saveAs() {
        PriceBook pb = doc.getSession().priceBook();
        Path current = file(pb);
        String ext = current == null ? ".xlsx" : extension(current);
        String name = (current == null ? pb.name().replaceAll("[^A-Za-z0-9._ -]", "_") : current.getFileName().toString()
                .replaceFirst("(?i)\\.(json|csv|xlsx)$", ""));
        dialogs.chooseSaveFile("Save price book", current == null ? null : current.getParent(), name + ext,
                "Price book (" + ext + ")", ext).ifPresent(f -> write(pb, f));
    }

    private void write(PriceBook pb, Path file) {
        try {
            PriceBookWriter.save(pb, file);
            PriceBook saved = pb.withOrigin(file.toAbsolutePath().toString());
            doc.getSession().priceBookSaved(saved);
            doc.messageProperty().set("Saved " + pb.prices().size() + " prices to " + file.getFileName());
        } catch (IOException | CatalogException e) {
            dialogs.showError("Cannot save the price book", file + ": " + e.getMessage());
        }
    }

    /** The file the book came from, when it is one PodForge can write (not the built-in book). */
    static Path file(PriceBook pb) {
        String o = pb.origin();
        if (o.isEmpty() || o.equals(org.podforge.catalog.CatalogLoader.BUILT_IN)) {
            return null;
        }
        Path p = Path.of(o);
        String ext = extension(p);
        return ext.isEmpty() || (Files.exists(p) && !Files.isRegularFile(p)) ? null : p;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String e : List.of(".json", ".csv", ".xlsx")) {
            if (n.endsWith(e)) {
                return e;
            }
        }
        return "";
    }

    private static String where(PriceBook pb) {
        Path f = file(pb);
        return f == null ? "a file of your choice" : f.getFileName().toString();
    }
}
