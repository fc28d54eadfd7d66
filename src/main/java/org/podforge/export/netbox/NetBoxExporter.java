package org.podforge.export.netbox;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.Catalog;
import org.podforge.io.FileSet;

/**
 * The NetBox import set: eight CSV files, numbered in the order NetBox needs them (sites, manufacturers,
 * device roles, racks, device types, devices, interfaces, cables), each written atomically.
 * docs/export.md describes the columns and the import steps.
 */
public final class NetBoxExporter {
    /** The files in import order. */
    public static final List<NetBoxFile> FILES = List.of(new SitesCsv(), new ManufacturersCsv(), new DeviceRolesCsv(),
            new RacksCsv(), new DeviceTypesCsv(), new DevicesCsv(), new InterfacesCsv(), new CablesCsv());

    /** What was written, and what the user must fill in before importing. */
    public record Result(List<Path> files, List<String> warnings) {
    }

    private NetBoxExporter() {
    }

    public static Result exportAll(DesignReport report, Catalog catalog, Path dir) throws IOException {
        try (FileSet set = new FileSet(dir)) {
            Result r = exportAll(report, catalog, dir, set);
            set.commit();
            return r;
        }
    }

    /** Adds the files in {@code dir} to a set the caller commits (the CSV export folder: see {@link FileSet}). */
    public static Result exportAll(DesignReport report, Catalog catalog, Path dir, FileSet set) throws IOException {
        NetBoxInventory inv = NetBoxInventory.of(report, catalog);
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (NetBoxFile f : FILES) {
            out.add(set.add(dir.resolve(f.fileName()), os -> {
                Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                f.write(inv, w);
                w.flush();
            }));
        }
        return new Result(out, inv.warnings()); // after the files: writing the interfaces completes the warnings
    }
}
