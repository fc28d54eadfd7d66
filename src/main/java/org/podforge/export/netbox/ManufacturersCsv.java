package org.podforge.export.netbox;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** DCIM > Manufacturers > Import ({@code ManufacturerImportForm}): the vendors of the chassis. */
public final class ManufacturersCsv implements NetBoxFile {
    public static final List<String> COLUMNS = List.of("name", "slug");

    @Override
    public String fileName() {
        return "02-manufacturers.csv";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void writeRows(NetBoxInventory inv, Writer w) throws IOException {
        for (NetBoxInventory.Manufacturer m : inv.manufacturers()) {
            NetBoxFile.row(w, List.of(m.name(), m.slug()));
        }
    }
}
