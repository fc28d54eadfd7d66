package org.podforge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.bom.DesignReport;
import org.podforge.bom.LinkFacts;
import org.podforge.bom.Validator;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.export.CsvExporter;
import org.podforge.export.WorkbookExporter;
import org.podforge.testutil.TestCatalog;

/**
 * A seeded fuzzer over project files: truncation, byte flips, duplicated and deleted keys, wrong types, huge
 * and negative numbers, control and non-characters, deep nesting and formula-like names. For every mutant:
 * no exception but a {@link ProjectFileException}; every rejection names a position; every accepted file
 * round-trips byte-identically; and a sample of the accepted files exports to a workbook POI opens.
 * <p>
 * Bounded for the default build ({@value #DEFAULT_RUNS} mutants, a few seconds); a longer run:
 * {@code mvn -o test -Dtest=ProjectFuzzTest -Dpodforge.fuzz.runs=20000 -Dpodforge.fuzz.exports=50 -Dpodforge.fuzz.seed=7}.
 */
class ProjectFuzzTest {
    static final int DEFAULT_RUNS = 600;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A place in the file: a line and column, or a JSON path after " at ". */
    private static final Pattern POSITION = Pattern.compile("line \\d+, column \\d+| at [A-Za-z_$][\\w.\\[\\]$:-]*|the file is empty");
    private static final List<String> HOSTILE = List.of("\u0000", "\u001b[2J", "\uFFFF", "\uFFFE", "\ud800", "\u202E",
            "=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "-1+2", "\t", "\r", "x".repeat(5000));
    private static final List<String> NUMBERS = List.of("-1", "0", "-0.0", "2147483648", "-2147483649", "4294967297",
            "1e308", "1e400", "-1e400", "123456789012345678901234567890", "0.0000001", "1" + "0".repeat(1200));

    private final Catalog catalog = TestCatalog.catalog();

    @TempDir
    Path dir;

    @Test
    void mutatedProjectFilesAreRejectedWithAPositionOrRoundTrip() throws Exception {
        long seed = Long.getLong("podforge.fuzz.seed", 20261201L);
        int runs = Integer.getInteger("podforge.fuzz.runs", DEFAULT_RUNS);
        int exports = Integer.getInteger("podforge.fuzz.exports", 3);
        Random rnd = new Random(seed);
        List<String> bases = List.of(ProjectWriter.toJson(TestCatalog.smallProject()),
                ProjectWriter.toJson(org.podforge.bom.BomFixtures.sample()));
        int accepted = 0;
        int exported = 0;
        Map<String, Integer> rejectedBy = new TreeMap<>();
        for (int i = 0; i < runs; i++) {
            String base = bases.get(rnd.nextInt(bases.size()));
            String kind = MUTATIONS[rnd.nextInt(MUTATIONS.length)];
            byte[] mutant = mutate(kind, base, rnd);
            String label = "seed " + seed + " run " + i + " (" + kind + ")";
            LoadResult lr;
            try {
                lr = new ProjectReader(catalog).read("fuzz.podforge.json", mutant);
            } catch (ProjectFileException e) {
                assertTrue(e.getMessage() != null && POSITION.matcher(e.getMessage()).find(),
                        label + ": a rejection without a position: " + e.getMessage());
                rejectedBy.merge(kind, 1, Integer::sum);
                continue;
            } catch (Throwable t) {
                throw new AssertionError(label + ": " + t + "\n" + preview(mutant), t);
            }
            accepted++;
            String once = ProjectWriter.toJson(lr.project());
            LoadResult again = new ProjectReader(catalog).read("again.podforge.json", once.getBytes(StandardCharsets.UTF_8));
            assertEquals(once, ProjectWriter.toJson(again.project()), label + ": the round trip is not byte-identical");
            if (exported < exports && accepted % 7 == 1) {
                exportOpens(lr, label);
                exported++;
            }
        }
        System.out.printf("fuzz: seed %d, %d mutants, %d accepted, %d exported, rejected by mutation %s%n", seed, runs, accepted,
                exported, rejectedBy);
        assertTrue(accepted > 0 && rejectedBy.values().stream().mapToInt(Integer::intValue).sum() > runs / 4,
                "the mutations both pass and fail: " + accepted + " accepted");
    }

    private void exportOpens(LoadResult lr, String label) throws Exception {
        Catalog real = CatalogLoader.builtIn();
        DesignReport rep = DesignReport.of(lr.project(), real, CatalogLoader.builtInPrices(), LinkFacts.nominal(lr.project(), real),
                Validator.unavailable("fuzz"));
        Path out = dir.resolve("f.xlsx");
        WorkbookExporter.export(rep, out);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getNumberOfSheets() >= 7, label);
        }
        CsvExporter.exportAll(rep, dir.resolve("csv"));
    }

    private static String preview(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

    static final String[] MUTATIONS = {"truncate", "flip", "duplicateKey", "deleteKey", "wrongType", "number", "hostileText",
            "deepNesting", "insertKey"};

    static byte[] mutate(String kind, String base, Random rnd) throws Exception {
        switch (kind) {
            case "truncate":
                return base.substring(0, rnd.nextInt(base.length())).getBytes(StandardCharsets.UTF_8);
            case "flip": {
                byte[] b = base.getBytes(StandardCharsets.UTF_8);
                for (int n = 1 + rnd.nextInt(3); n > 0; n--) {
                    b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                }
                return b;
            }
            case "duplicateKey": {
                List<int[]> keys = keyPositions(base);
                int[] k = keys.get(rnd.nextInt(keys.size()));
                String member = base.substring(k[0], k[1]);
                return (base.substring(0, k[0]) + member + ", " + base.substring(k[0])).getBytes(StandardCharsets.UTF_8);
            }
            default:
                break;
        }
        JsonNode root = JSON.readTree(base);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(rnd.nextInt(containers.size()));
        switch (kind) {
            case "deleteKey":
            case "wrongType":
            case "number":
            case "hostileText":
            case "deepNesting":
                if (target instanceof ObjectNode && target.size() > 0) {
                    ObjectNode o = (ObjectNode) target;
                    String field = nth(o.fieldNames(), rnd.nextInt(o.size()));
                    if (kind.equals("deleteKey")) {
                        o.remove(field);
                    } else {
                        o.set(field, replacement(kind, o.get(field), rnd));
                    }
                } else if (target instanceof ArrayNode && target.size() > 0) {
                    ArrayNode a = (ArrayNode) target;
                    int idx = rnd.nextInt(a.size());
                    if (kind.equals("deleteKey")) {
                        a.remove(idx);
                    } else {
                        a.set(idx, replacement(kind, a.get(idx), rnd));
                    }
                }
                break;
            case "insertKey":
                if (target instanceof ObjectNode) {
                    ((ObjectNode) target).put(rnd.nextBoolean() ? "extra" : "name", HOSTILE.get(rnd.nextInt(HOSTILE.size())));
                }
                break;
            default:
                throw new IllegalArgumentException(kind);
        }
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        if (kind.equals("number")) {
            // literal numbers Jackson would not write itself (1e400, 1200 digits)
            text = text.replace("\"__NUM__", "").replace("__NUM__\"", "");
        }
        if (kind.equals("deepNesting")) {
            int depth = 200 + rnd.nextInt(3000);
            text = text.replace("\"__DEEP__\"", "[".repeat(depth) + "]".repeat(depth));
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode replacement(String kind, JsonNode old, Random rnd) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (kind) {
            case "wrongType": {
                JsonNode[] alts = {f.textNode("x"), f.numberNode(7), f.booleanNode(true), f.nullNode(), f.arrayNode(), f.objectNode()};
                return alts[rnd.nextInt(alts.length)];
            }
            case "number":
                return f.textNode("__NUM__" + NUMBERS.get(rnd.nextInt(NUMBERS.size())) + "__NUM__");
            case "hostileText": {
                String h = HOSTILE.get(rnd.nextInt(HOSTILE.size()));
                return f.textNode(old != null && old.isTextual() ? old.asText() + h : h);
            }
            case "deepNesting":
                return f.textNode("__DEEP__");
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            for (JsonNode c : n) {
                collect(c, out);
            }
        }
    }

    private static String nth(Iterator<String> it, int n) {
        String s = it.next();
        for (int i = 0; i < n; i++) {
            s = it.next();
        }
        return s;
    }

    /** [start, end) of each {@code "key" : scalar} member in pretty-printed JSON. */
    private static List<int[]> keyPositions(String s) {
        List<int[]> out = new ArrayList<>();
        java.util.regex.Matcher m = Pattern.compile("\"[A-Za-z]+\" : (\"[^\"\\\\]*\"|-?[0-9.eE+]+|true|false|null)").matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
