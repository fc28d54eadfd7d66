package org.podforge.export.netbox;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * DCIM > Device types > Import ({@code DeviceTypeImportForm}): one type per chassis part. The model is
 * the part number (unique per manufacturer, as NetBox requires); the part's name is the description.
 */
public final class DeviceTypesCsv implements NetBoxFile {
    public static final List<String> COLUMNS = List.of("manufacturer", "model", "slug", "part_number", "u_height",
            "description");

    @Override
    public String fileName() {
        return "05-device-types.csv";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void writeRows(NetBoxInventory inv, Writer w) throws IOException {
        for (NetBoxInventory.DeviceType t : inv.deviceTypes()) {
            NetBoxFile.row(w, List.of(t.manufacturer(), t.model(), t.slug(), t.partNumber(), NetBoxFile.text(t.uHeight()),
                    t.description()));
        }
    }
}
