package org.podforge.export.netbox;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** DCIM > Racks > Import ({@code RackImportForm}): one planned rack per rack per copy of its pod. */
public final class RacksCsv implements NetBoxFile {
    public static final List<String> COLUMNS = List.of("site", "name", "status", "width", "u_height", "description");

    @Override
    public String fileName() {
        return "04-racks.csv";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void writeRows(NetBoxInventory inv, Writer w) throws IOException {
        inv.forEachRack(r -> NetBoxFile.row(w, List.of(r.site(), r.name(), "planned", r.width(), NetBoxFile.text(r.uHeight()),
                r.description())));
    }
}
