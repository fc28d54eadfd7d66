package org.podforge.export.netbox;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** DCIM > Sites > Import ({@code SiteImportForm}): the design as one planned site. */
public final class SitesCsv implements NetBoxFile {
    public static final List<String> COLUMNS = List.of("name", "slug", "status", "description");

    @Override
    public String fileName() {
        return "01-sites.csv";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void writeRows(NetBoxInventory inv, Writer w) throws IOException {
        NetBoxInventory.Site s = inv.site();
        NetBoxFile.row(w, List.of(s.name(), s.slug(), "planned", s.description()));
    }
}
