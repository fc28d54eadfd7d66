package org.podforge.export.netbox;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** DCIM > Device roles > Import ({@code DeviceRoleImportForm}): GPU server, scale-up switch, storage, ... */
public final class DeviceRolesCsv implements NetBoxFile {
    public static final List<String> COLUMNS = List.of("name", "slug", "color");

    @Override
    public String fileName() {
        return "03-device-roles.csv";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void writeRows(NetBoxInventory inv, Writer w) throws IOException {
        for (NetBoxInventory.Role r : inv.roles()) {
            NetBoxFile.row(w, List.of(r.name(), r.slug(), r.color()));
        }
    }
}
