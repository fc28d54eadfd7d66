package org.podforge.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogException;
import org.podforge.catalog.UserCatalog;
import org.podforge.catalog.netbox.DeviceTypeImport;
import org.podforge.io.AtomicFiles;
import org.podforge.model.Part;
import org.podforge.model.Plural;

/**
 * Brings NetBox device types into the user catalog: reads each YAML file, refuses a part number the
 * catalog (or another user-catalog file) already has, and writes one part file per device type
 * ({@code netbox-<slug>.json}, atomically; importing the same slug again replaces it). The command line
 * and the app both call this; nothing here needs a display.
 */
public final class CatalogImports {
    private CatalogImports() {
    }

    /**
     * What happened to one file: imported (result and the file written) or refused (the error, naming the
     * file, the line where known, and what to do).
     */
    public record Outcome(Path source, DeviceTypeImport.Result result, Path written, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * Imports each file into {@code intoDir} (created if missing).
     *
     * @param base the catalog without the user catalog (built-in, or a --catalog directory)
     */
    public static List<Outcome> importNetBox(List<Path> files, Path intoDir, Catalog base) {
        List<Outcome> out = new ArrayList<>();
        for (Path f : files) {
            DeviceTypeImport.Result r;
            try {
                r = DeviceTypeImport.read(f);
            } catch (CatalogException e) {
                out.add(new Outcome(f, null, null, e.getMessage()));
                continue;
            }
            Path target = intoDir.resolve(r.fileName());
            String clash = clash(r, base, intoDir, target);
            if (clash != null) {
                out.add(new Outcome(f, r, null, clash));
                continue;
            }
            try {
                Files.createDirectories(intoDir);
                byte[] bytes = UserCatalog.toBytes(r.partFile());
                AtomicFiles.write(target, o -> o.write(bytes));
                out.add(new Outcome(f, r, target, null));
            } catch (IOException e) {
                out.add(new Outcome(f, r, null, "cannot write " + target + ": " + e.getMessage()));
            }
        }
        return out;
    }

    /** What one import did, as the command line and the app show it: the file written, each part, each note. */
    public static String describe(Outcome o) {
        if (!o.ok()) {
            return o.error();
        }
        StringBuilder sb = new StringBuilder(o.source() + " -> " + o.written());
        for (Part p : o.result().parts()) {
            sb.append("\n  ").append(p.partNumber()).append("  ").append(p.family().label()).append("  ").append(p.name())
                    .append(p.heightU().map(h -> ", " + h + " U").orElse(""))
                    .append(p.ports().isEmpty() ? "" : ", " + Plural.of(p.ports().size(), "port"));
        }
        o.result().notes().forEach(n -> sb.append("\n  note: ").append(n));
        return sb.toString();
    }

    /** A part number that the catalog or another user-catalog file already has, as a sentence; null when none. */
    private static String clash(DeviceTypeImport.Result r, Catalog base, Path intoDir, Path target) {
        UserCatalog.Loaded others = UserCatalog.extend(base, intoDir);
        for (Part p : r.parts()) {
            if (base.contains(p.partNumber())) {
                return r.source() + ": part number " + p.partNumber() + " is already in the catalog (" + base.require(p.partNumber()).name()
                        + "); nothing written. Use that part, or give the YAML a different part_number to import it as a part of its own";
            }
            Path from = others.files().get(p.partNumber());
            if (from != null && !from.getFileName().equals(target.getFileName())) {
                return r.source() + ": part number " + p.partNumber() + " is already in the user catalog (" + from
                        + "); nothing written. Delete that file or give the YAML a different part_number";
            }
        }
        return null;
    }
}
