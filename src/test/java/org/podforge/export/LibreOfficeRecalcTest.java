package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;
import org.podforge.rules.Thresholds;
import org.podforge.service.generate.ClusterGenerator;

/**
 * Our workbook opened by another spreadsheet program (decision 0043): LibreOffice Calc loads it, recalculates every
 * formula (its "recalculate on load: always" setting, in a profile of our own) and saves it again; then every cell of
 * ours must hold the value LibreOffice's copy holds, formulas' cached values included, and no sheet may be missing.
 * So a number Excel shows before it recalculates is the number it shows after.
 *
 * <p>Opt-in: it needs {@code soffice} (Debian: {@code libreoffice-calc}) and takes about 20 s, so it runs only with
 * {@code -Dpodforge.libreoffice=true} ({@code mvn -o test -Dtest=LibreOfficeRecalcTest -Dpodforge.libreoffice=true});
 * otherwise it is skipped. That the comparison can fail is shown by {@link #aTamperedCachedValueIsCaught}.
 */
class LibreOfficeRecalcTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    @TempDir
    Path dir;

    @Test
    void theSampleAndAClusterRecalculateToTheValuesWeWrote() throws Exception {
        Path soffice = soffice();
        Project cluster = new ClusterGenerator(CATALOG, Thresholds.builtIn()).generate(ClusterGenerator.sampleCluster(4096, null)).project();
        for (Map.Entry<String, Project> design : Map.of("sample", BomFixtures.sample(), "cluster", cluster).entrySet()) {
            Path ours = dir.resolve(design.getKey() + ".xlsx");
            WorkbookExporter.export(DesignReport.of(design.getValue(), CATALOG, PRICES), ours);
            Comparison c = compare(ours, roundTrip(soffice, ours));
            assertTrue(c.formulas > 100, design.getKey() + ": " + c.formulas + " formulas");
            assertEquals(List.of(), c.differences, design.getKey() + ": cells whose value LibreOffice computes differently");
        }
    }

    @Test
    void aTamperedCachedValueIsCaught() throws Exception {
        Path soffice = soffice();
        Path ours = dir.resolve("tampered.xlsx");
        WorkbookExporter.export(DesignReport.of(BomFixtures.sample(), CATALOG, PRICES), ours);
        Path copy = dir.resolve("copy.xlsx");
        Files.copy(ours, copy);
        String cell;
        try (Workbook wb = WorkbookFactory.create(copy.toFile(), null, false)) {
            Cell f = firstFormula(wb);
            cell = f.getSheet().getSheetName() + "!" + f.getAddress();
            f.setCellValue(f.getNumericCellValue() + 12345.5); // keeps the formula, changes only its cached value
            try (var out = Files.newOutputStream(dir.resolve("tampered-ours.xlsx"))) {
                wb.write(out);
            }
        }
        Path tampered = dir.resolve("tampered-ours.xlsx");
        Comparison c = compare(tampered, roundTrip(soffice, tampered));
        assertEquals(1, c.differences.size(), c.differences.toString());
        assertTrue(c.differences.get(0).startsWith(cell), c.differences.toString());
    }

    private static Cell firstFormula(Workbook wb) {
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC) {
                        return c;
                    }
                }
            }
        }
        throw new AssertionError("no numeric formula in the workbook");
    }

    private static Path soffice() {
        assumeTrue(Boolean.getBoolean("podforge.libreoffice"), "opt-in: -Dpodforge.libreoffice=true");
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, "soffice");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new AssertionError("-Dpodforge.libreoffice=true but no soffice on the PATH (Debian: apt-get install libreoffice-calc)");
    }

    /** LibreOffice opens {@code in}, recalculates every formula and saves it as xlsx: the copy's path. */
    private Path roundTrip(Path soffice, Path in) throws IOException, InterruptedException {
        Path profile = dir.resolve("lo-profile");
        Path xcu = profile.resolve("user/registrymodifications.xcu");
        if (!Files.exists(xcu)) {
            Files.createDirectories(xcu.getParent());
            Files.writeString(xcu, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                    <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
                    <value>0</value></prop></item>
                    </oor:items>
                    """, StandardCharsets.UTF_8);
        }
        Path out = Files.createDirectories(dir.resolve("lo-out-" + in.getFileName()));
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "xlsx", "--outdir", out.toString(), in.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("lo.log").toFile()).start();
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "LibreOffice did not finish in 240 s");
        Path copy = out.resolve(in.getFileName());
        assertTrue(Files.exists(copy), "LibreOffice wrote no copy: " + Files.readString(dir.resolve("lo.log")));
        return copy;
    }

    record Comparison(int formulas, List<String> differences) {
    }

    private static Comparison compare(Path ours, Path theirs) throws IOException {
        List<String> diffs = new ArrayList<>();
        int formulas = 0;
        try (Workbook a = WorkbookFactory.create(ours.toFile(), null, true); Workbook b = WorkbookFactory.create(theirs.toFile(), null, true)) {
            for (Sheet s : a) {
                Sheet t = b.getSheet(s.getSheetName());
                if (t == null) {
                    diffs.add(s.getSheetName() + ": missing in LibreOffice's copy");
                    continue;
                }
                for (Row r : s) {
                    for (Cell c : r) {
                        formulas += c.getCellType() == CellType.FORMULA ? 1 : 0;
                        Row tr = t.getRow(r.getRowNum());
                        Cell tc = tr == null ? null : tr.getCell(c.getColumnIndex());
                        String mine = value(c);
                        String lo = tc == null ? "" : value(tc);
                        if (!mine.equals(lo)) {
                            diffs.add(s.getSheetName() + "!" + c.getAddress() + ": ours [" + mine + "], LibreOffice [" + lo + "]");
                        }
                    }
                }
            }
        }
        return new Comparison(formulas, diffs);
    }

    /** A cell's value (a formula's cached value) as text; numbers to 9 significant digits. */
    private static String value(Cell c) {
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case NUMERIC -> String.format(Locale.ROOT, "%.9g", c.getNumericCellValue());
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            case ERROR -> "#error " + c.getErrorCellValue();
            default -> "";
        };
    }
}
