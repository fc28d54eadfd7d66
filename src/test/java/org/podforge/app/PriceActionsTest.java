package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.catalog.CatalogLoader;
import org.podforge.export.PriceBookFiles;
import org.podforge.service.Session;
import org.podforge.service.SetPriceCommand;

/** Prices edited in the app: undoable, saved back in the format they were loaded from. */
class PriceActionsTest {
    static final String PN = "ASTERA-ARIES6-X16";

    @Test
    void anEditIsUndoableAndSavedBackToTheCsvItCameFrom(@TempDir Path tmp) throws Exception {
        DocumentModel doc = new DocumentModel(Session.empty("t", CatalogLoader.builtIn(), CatalogLoader.builtInPrices()));
        ScriptedDialogs dialogs = new ScriptedDialogs();
        PriceActions a = new PriceActions(doc, dialogs);
        Path csv = tmp.resolve("book.csv");
        org.podforge.export.PriceBookWriter.save(CatalogLoader.builtInPrices(), csv);
        dialogs.files.add(csv);
        a.load();
        Session s = doc.getSession();
        assertEquals(csv.toAbsolutePath().toString(), s.priceBook().origin());
        assertFalse(s.priceBookModified());
        double before = s.priceBook().price(PN).orElseThrow().unitPrice();

        assertNull(a.setPrice(PN, "1,234.50"));
        assertEquals(1234.5, s.priceBook().price(PN).orElseThrow().unitPrice());
        assertTrue(s.priceBookModified());
        assertNull(a.setPrice(PN, "1300"));
        doc.undo(); // the two edits of one part are one step
        assertEquals(before, s.priceBook().price(PN).orElseThrow().unitPrice());
        assertFalse(s.priceBookModified());
        doc.redo();
        assertEquals(1300.0, s.priceBook().price(PN).orElseThrow().unitPrice());

        a.save();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertFalse(s.priceBookModified());
        assertEquals(1300.0, PriceBookFiles.load(csv).price(PN).orElseThrow().unitPrice());
        doc.undo(); // the book goes back to the price loaded from the file
        assertEquals(before, s.priceBook().price(PN).orElseThrow().unitPrice());
        doc.undo(); // and before that, to the built-in book
        assertEquals(CatalogLoader.builtInPrices(), s.priceBook());
    }

    @Test
    void badTextIsRefusedWithWhatToType() {
        DocumentModel doc = new DocumentModel(Session.empty("t", CatalogLoader.builtIn(), CatalogLoader.builtInPrices()));
        PriceActions a = new PriceActions(doc, new ScriptedDialogs());
        String why = a.setPrice(PN, "$1200");
        assertTrue(why.contains("not a price") && why.contains("1250.50"), why);
        assertFalse(doc.canUndoProperty().get());
        assertNull(SetPriceCommand.parse("  "));
        assertEquals(1250000.0, SetPriceCommand.parse("1,250,000"));
    }

    @Test
    void theBuiltInBookIsSavedAsANewFile(@TempDir Path tmp) {
        DocumentModel doc = new DocumentModel(Session.empty("t", CatalogLoader.builtIn(), CatalogLoader.builtInPrices()));
        ScriptedDialogs dialogs = new ScriptedDialogs();
        PriceActions a = new PriceActions(doc, dialogs);
        a.setPrice(PN, "99");
        Path out = tmp.resolve("mine.xlsx");
        dialogs.files.add(out);
        a.save(); // no file of its own: asks where
        assertTrue(Files.exists(out));
        assertEquals(99.0, PriceBookFiles.load(out).price(PN).orElseThrow().unitPrice());
        assertEquals(out.toAbsolutePath().toString(), doc.getSession().priceBook().origin());
    }
}
