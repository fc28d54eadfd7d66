package org.podforge.export.netbox;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * DCIM > Devices > Import ({@code DeviceImportForm}): one planned device per chassis per copy of its pod,
 * in its rack at its lowest unit, front face (PodForge places every chassis from the front).
 */
public final class DevicesCsv implements NetBoxFile {
    public static final List<String> COLUMNS = List.of("name", "role", "manufacturer", "device_type", "status", "site",
            "rack", "position", "face", "description");

    @Override
    public String fileName() {
        return "06-devices.csv";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void writeRows(NetBoxInventory inv, Writer w) throws IOException {
        inv.forEachDevice(d -> NetBoxFile.row(w, List.of(d.name(), d.role(), d.manufacturer(), d.deviceType(), "planned", d.site(),
                d.rack(), NetBoxFile.text(d.position()), d.face(), d.description())));
    }
}
