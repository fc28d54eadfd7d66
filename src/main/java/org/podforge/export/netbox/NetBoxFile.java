package org.podforge.export.netbox;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.podforge.export.Csv;

/**
 * One CSV file of the NetBox import set: its file name (numbered in NetBox's import order), its header
 * (field names of the NetBox import form it feeds, docs/export.md cites each form) and its rows.
 */
public interface NetBoxFile {
    String fileName();

    List<String> columns();

    void writeRows(NetBoxInventory inv, Writer w) throws IOException;

    default void write(NetBoxInventory inv, Writer w) throws IOException {
        row(w, columns());
        writeRows(inv, w);
    }

    /**
     * Every cell of the set goes through here: {@link Csv#row} makes each one safe with
     * {@link org.podforge.export.SafeText#cell} (never a formula, XML-safe) and quotes it as RFC 4180 says.
     * A name is transformed the same way in every file, so references between the files still match.
     */
    static void row(Writer w, List<String> cells) throws IOException {
        Csv.row(w, cells);
    }

    static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
