package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;
import org.podforge.rules.Thresholds;
import org.podforge.service.generate.ClusterGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The package our writer makes is whole, as Excel requires before it reads a cell (a part without a content type or a
 * relationship to nowhere makes Excel "repair" the file): every part is well-formed, namespace-correct XML; every part
 * has a content type (an override or the default for its extension); every relationship's target exists; every
 * {@code r:id} a part uses is one of its relationships; and no part is left unreferenced.
 */
class XlsxPackageTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();
    private static final Pattern R_ID = Pattern.compile("\\br:id=\"([^\"]+)\"");

    @Test
    void theSamplesPackageIsWhole() throws Exception {
        assertWhole(DesignReport.of(BomFixtures.sample(), CATALOG, PRICES), SheetParts.EXCEL_DATA_ROWS);
    }

    @Test
    void aClustersPackageIsWholeWithTheCableScheduleSplit() throws Exception {
        Project cluster = new ClusterGenerator(CATALOG, Thresholds.builtIn()).generate(ClusterGenerator.sampleCluster(256, null)).project();
        assertWhole(DesignReport.of(cluster, CATALOG, PRICES), 500);
    }

    private static void assertWhole(DesignReport report, int rowsPerSheet) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.write(report, out, rowsPerSheet, LocalDate.of(2026, 12, 2), Instant.parse("2026-12-02T18:00:00Z"));
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                assertTrue(parts.put(e.getName(), zin.readAllBytes()) == null, "two entries " + e.getName());
            }
        }
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Map<String, Document> xml = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            xml.put(p.getKey(), dbf.newDocumentBuilder().parse(new ByteArrayInputStream(p.getValue()))); // throws if not well-formed
        }
        List<String> problems = new ArrayList<>();
        // content types
        Document types = xml.get("[Content_Types].xml");
        Set<String> overrides = new HashSet<>();
        Set<String> defaults = new HashSet<>();
        NodeList o = types.getElementsByTagNameNS("*", "Override");
        for (int i = 0; i < o.getLength(); i++) {
            overrides.add(((Element) o.item(i)).getAttribute("PartName").substring(1));
        }
        NodeList d = types.getElementsByTagNameNS("*", "Default");
        for (int i = 0; i < d.getLength(); i++) {
            defaults.add(((Element) d.item(i)).getAttribute("Extension"));
        }
        for (String name : parts.keySet()) {
            if (!name.equals("[Content_Types].xml") && !overrides.contains(name)
                    && !defaults.contains(name.substring(name.lastIndexOf('.') + 1))) {
                problems.add(name + " has no content type");
            }
        }
        for (String name : overrides) {
            if (!parts.containsKey(name)) {
                problems.add("content type for a missing part " + name);
            }
        }
        // relationships
        Set<String> referenced = new HashSet<>(List.of("[Content_Types].xml"));
        for (String name : parts.keySet()) {
            if (!name.endsWith(".rels")) {
                continue;
            }
            referenced.add(name);
            String source = name.replace("_rels/", "").replaceAll("\\.rels$", "");
            String dir = source.contains("/") ? source.substring(0, source.lastIndexOf('/') + 1) : "";
            Set<String> ids = new HashSet<>();
            NodeList rels = xml.get(name).getElementsByTagNameNS("*", "Relationship");
            for (int i = 0; i < rels.getLength(); i++) {
                Element r = (Element) rels.item(i);
                if (!ids.add(r.getAttribute("Id"))) {
                    problems.add(name + ": two relationships " + r.getAttribute("Id"));
                }
                String target = resolve(dir, r.getAttribute("Target"));
                referenced.add(target);
                if (!parts.containsKey(target)) {
                    problems.add(name + ": " + r.getAttribute("Id") + " points to a missing part " + target);
                }
            }
            if (!source.isEmpty() && parts.containsKey(source)) {
                Matcher m = R_ID.matcher(new String(parts.get(source), java.nio.charset.StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!ids.contains(m.group(1))) {
                        problems.add(source + " uses " + m.group(1) + ", not among its relationships");
                    }
                }
            }
        }
        for (String name : parts.keySet()) {
            if (!referenced.contains(name)) {
                problems.add(name + " is not referenced by any relationship");
            }
            if (R_ID.matcher(new String(parts.get(name), java.nio.charset.StandardCharsets.UTF_8)).find()
                    && !parts.containsKey(relsOf(name))) {
                problems.add(name + " uses r:id but has no relationships part");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(parts.keySet().stream().filter(n -> n.startsWith("xl/worksheets/sheet")).count() >= 8, parts.keySet().toString());
        assertTrue(parts.containsKey("xl/charts/chart2.xml") && parts.containsKey("xl/tables/table4.xml"), parts.keySet().toString());
    }

    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** A relationship's target, relative to its source's folder, as a zip entry name. */
    private static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        List<String> out = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.equals("..")) {
                out.remove(out.size() - 1);
            } else if (!seg.equals(".") && !seg.isEmpty()) {
                out.add(seg);
            }
        }
        return String.join("/", out);
    }
}
