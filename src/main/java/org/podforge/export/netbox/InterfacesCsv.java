package org.podforge.export.netbox;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * DCIM > Interfaces > Import ({@code InterfaceImportForm}): every port a cable lands on; a port split
 * into breakout legs is a parent row followed by its children (the parent must exist first).
 */
public final class InterfacesCsv implements NetBoxFile {
    public static final List<String> COLUMNS = List.of("device", "name", "parent", "type", "speed", "description");

    @Override
    public String fileName() {
        return "07-interfaces.csv";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void writeRows(NetBoxInventory inv, Writer w) throws IOException {
        inv.interfaces().forEachInterface(i -> NetBoxFile.row(w, List.of(i.device(), i.name(), i.parent(), i.type(),
                NetBoxFile.text(i.speedKbps()), i.description())));
    }
}
