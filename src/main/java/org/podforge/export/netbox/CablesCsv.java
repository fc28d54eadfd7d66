package org.podforge.export.netbox;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * DCIM > Cables > Import ({@code CableImportForm}): one row per physical cable, each end a device
 * interface qualified by its site; length in metres with NetBox's two decimals.
 */
public final class CablesCsv implements NetBoxFile {
    public static final List<String> COLUMNS = List.of("side_a_site", "side_a_device", "side_a_type", "side_a_name",
            "side_b_site", "side_b_device", "side_b_type", "side_b_name", "type", "status", "label", "length", "length_unit",
            "description");

    static final String INTERFACE = "dcim.interface";

    @Override
    public String fileName() {
        return "08-cables.csv";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void writeRows(NetBoxInventory inv, Writer w) throws IOException {
        inv.interfaces().forEachCable(c -> NetBoxFile.row(w, List.of(c.siteA(), c.deviceA(), INTERFACE, c.nameA(), c.siteB(),
                c.deviceB(), INTERFACE, c.nameB(), c.type(), "planned", c.label(), c.length(), c.length().isEmpty() ? "" : "m",
                c.description())));
    }
}
