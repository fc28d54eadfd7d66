package org.podforge.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.podforge.model.Cage;
import org.podforge.model.Cooling;
import org.podforge.model.Family;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.PartStatus;
import org.podforge.model.PortRole;
import org.podforge.model.PortSpec;
import org.podforge.model.Protocol;
import org.podforge.model.RackSpec;
import org.podforge.model.SlotSpec;
import org.podforge.model.SourceRef;

/**
 * Reads the catalog ({@code catalog/index.json} and the part files it lists) and price books, from the
 * classpath (the copy embedded in the jar) or from a directory. Every error names file, path and cause.
 */
public final class CatalogLoader {
    public static final String BUILT_IN = "built-in";
    /** Duplicate keys are an error (the parser names the key and its line), never "last one wins". */
    private static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> PART_FIELDS = Set.of("partNumber", "name", "vendor", "family", "productLine",
            "description", "powerW", "latencyNs", "slotType", "heightU", "slots", "traceLengthM", "ports", "medium",
            "protocols", "generation", "speedGbps", "lanes", "maxReachM", "retimers", "memoryCapacityGB", "rack",
            "attributes", "sources", "status", "cage", "farCage", "laneRateGbps", "reachM", "breakouts", "lengthM",
            "systemMaxW", "psuEfficiency", "cooling");
    private static final Set<String> PORT_FIELDS = Set.of("name", "count", "role", "protocols", "generation",
            "cxlVersion", "speedGbps", "lanes", "bifurcations", "cage", "laneRateGbps", "maxLinkGbps");

    private static volatile Catalog builtIn;
    private static volatile PriceBook builtInPrices;

    private CatalogLoader() {
    }

    /** The catalog shipped inside the application (cached). */
    public static Catalog builtIn() {
        Catalog c = builtIn;
        if (c == null) {
            synchronized (CatalogLoader.class) {
                c = builtIn;
                if (c == null) {
                    c = load(new ClasspathSource());
                    builtIn = c;
                }
            }
        }
        return c;
    }

    /** The default price book shipped inside the application (cached). */
    public static PriceBook builtInPrices() {
        PriceBook p = builtInPrices;
        if (p == null) {
            synchronized (CatalogLoader.class) {
                p = builtInPrices;
                if (p == null) {
                    Source src = new ClasspathSource();
                    JsonFields index = new JsonFields("catalog/index.json", "", src.read("index.json"));
                    List<String> books = index.textList("priceBooks");
                    if (books.isEmpty()) {
                        throw new CatalogException("catalog/index.json lists no price book");
                    }
                    p = readPriceBook("catalog/" + books.get(0), src.read(books.get(0)), BUILT_IN);
                    builtInPrices = p;
                }
            }
        }
        return p;
    }

    /** A catalog directory laid out like the repository's {@code catalog/}. */
    public static Catalog load(Path catalogDir) {
        return load(new DirSource(catalogDir));
    }

    /** The part files listed in the index, relative to the catalog directory. */
    public static List<String> partFiles(Path catalogDir) {
        Source src = new DirSource(catalogDir);
        return new JsonFields(src.name("index.json"), "", src.read("index.json")).textList("partFiles");
    }

    static Catalog load(Source src) {
        JsonFields index = new JsonFields(src.name("index.json"), "", src.read("index.json"));
        index.allowOnly(Set.of("partFiles", "priceBooks", "rules"));
        List<Part> parts = new ArrayList<>();
        for (String f : index.textList("partFiles")) {
            String name = src.name(f);
            JsonFields root = new JsonFields(name, "", src.read(f));
            root.allowOnly(Set.of("parts", "comment"));
            for (JsonFields pf : root.objects("parts")) {
                parts.add(readPart(pf));
            }
        }
        try {
            return new Catalog(parts);
        } catch (CatalogException e) {
            throw new CatalogException(src.name("") + ": " + e.getMessage());
        }
    }

    /** Reads a price book file (the default one, or a user's). */
    public static PriceBook loadPriceBook(Path file) {
        JsonNode node;
        try (InputStream in = Files.newInputStream(file)) {
            node = parse(file.toString(), in);
        } catch (IOException e) {
            throw new CatalogException("cannot read price book " + file + ": " + e.getMessage(), e);
        }
        return readPriceBook(file.toString(), node, file.toAbsolutePath().toString());
    }

    static PriceBook readPriceBook(String fileName, JsonNode node, String origin) {
        JsonFields b = new JsonFields(fileName, "", node);
        b.allowOnly(Set.of("name", "currency", "estimate", "basis", "prices", "version", "date", "quoteNumber", "validUntil"));
        List<PriceBook.Price> prices = new ArrayList<>();
        for (JsonFields pf : b.objects("prices")) {
            pf.allowOnly(Set.of("partNumber", "unitPrice", "estimate", "basis", "url", "unit", "leadTimeDays", "moq", "breaks",
                    "sparesPercent"));
            double price = pf.number("unitPrice");
            if (price < 0) {
                throw pf.error("unitPrice", "a price must be zero or more, not " + price);
            }
            List<PriceBook.Break> breaks = new ArrayList<>();
            for (JsonFields bf : pf.objects("breaks")) {
                bf.allowOnly(Set.of("minQty", "unitPrice"));
                breaks.add(new PriceBook.Break(bf.integer("minQty"), bf.number("unitPrice")));
            }
            Integer moq = pf.optInt("moq");
            PriceBook.Terms terms;
            try {
                terms = new PriceBook.Terms(pf.optText("unit"), pf.optInt("leadTimeDays"), moq == null ? null : moq.longValue(),
                        breaks, pf.optNumber("sparesPercent"));
            } catch (CatalogException e) {
                throw pf.error(e.getMessage());
            }
            prices.add(new PriceBook.Price(pf.text("partNumber"), price, pf.optBool("estimate", true),
                    pf.optText("basis"), pf.optText("url"), terms));
        }
        String currency = b.has("currency") ? b.text("currency") : "USD";
        if (!currency.matches("[A-Z]{3}")) {
            throw b.error("currency", "expected a three-letter currency code such as USD, not '" + currency + "'");
        }
        try {
            PriceBook.Info info = new PriceBook.Info(b.optText("version"), optDate(b, "date"), b.optText("quoteNumber"),
                    optDate(b, "validUntil"));
            return new PriceBook(b.text("name"), currency, b.optBool("estimate", true), b.optText("basis"), origin, prices, info);
        } catch (CatalogException e) {
            throw new CatalogException(fileName + ": " + e.getMessage());
        }
    }

    private static java.time.LocalDate optDate(JsonFields f, String field) {
        String v = f.optText(field);
        if (v == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw f.error(field, "expected a date as YYYY-MM-DD, found '" + v + "'");
        }
    }

    static Part readPart(JsonFields f) {
        f.allowOnly(PART_FIELDS);
        String pn = f.text("partNumber");
        try {
            Part.Builder b = Part.builder(pn, f.enumValue("family", Family.class))
                    .name(f.optText("name"))
                    .vendor(f.optText("vendor"))
                    .productLine(f.optText("productLine"))
                    .description(f.optText("description"))
                    .powerW(f.optNonNegative("powerW"))
                    .systemMaxW(positive(f, "systemMaxW"))
                    .psuEfficiency(positive(f, "psuEfficiency"))
                    .cooling(f.optEnum("cooling", Cooling.class))
                    .latencyNs(f.optNonNegative("latencyNs"))
                    .slotType(f.optText("slotType"))
                    .heightU(positiveInt(f, "heightU"))
                    .traceLengthM(f.optNonNegative("traceLengthM"))
                    .medium(f.optEnum("medium", Medium.class))
                    .generation(positiveInt(f, "generation"))
                    .speedGbps(f.optNonNegative("speedGbps"))
                    .lanes(positiveInt(f, "lanes"))
                    .maxReachM(f.optNonNegative("maxReachM"))
                    .retimers(f.optInt("retimers"))
                    .memoryCapacityGB(f.optNonNegative("memoryCapacityGB"))
                    .status(f.optEnum("status", PartStatus.class))
                    .cage(f.optEnum("cage", Cage.class))
                    .farCage(f.optEnum("farCage", Cage.class))
                    .laneRateGbps(positive(f, "laneRateGbps"))
                    .lengthM(positive(f, "lengthM"));
            for (String split : f.textList("breakouts")) {
                b.breakout(split);
            }
            if (f.has("reachM")) {
                JsonFields r = f.object("reachM");
                r.node().fieldNames().forEachRemaining(m -> {
                    Medium medium;
                    try {
                        medium = Medium.valueOf(m.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
                    } catch (IllegalArgumentException e) {
                        throw r.error(m, "'" + m + "' is not a medium; expected one of " + java.util.Arrays.toString(Medium.values()));
                    }
                    b.reachM(medium, r.number(m));
                    if (r.number(m) <= 0) {
                        throw r.error(m, "expected a reach above 0 m, found " + r.number(m));
                    }
                });
            }
            for (Protocol p : f.enumList("protocols", Protocol.class)) {
                b.protocol(p);
            }
            for (JsonFields s : f.objects("slots")) {
                s.allowOnly(Set.of("id", "type", "count"));
                Integer count = s.optInt("count");
                b.slot(new SlotSpec(s.text("id"), s.text("type"), count == null ? 1 : count));
            }
            for (JsonFields p : f.objects("ports")) {
                b.port(readPort(p));
            }
            if (f.has("rack")) {
                JsonFields r = f.object("rack");
                r.allowOnly(Set.of("unitHeightMm", "powerBudgetW", "widthMm"));
                b.rack(new RackSpec(r.number("unitHeightMm"), r.optNonNegative("powerBudgetW"), r.optNonNegative("widthMm")));
            }
            if (f.has("attributes")) {
                JsonFields a = f.object("attributes");
                a.node().fields().forEachRemaining(e -> {
                    if (!e.getValue().isValueNode()) {
                        throw a.error(e.getKey(), "attribute values are plain text or numbers");
                    }
                    b.attribute(e.getKey(), e.getValue().asText());
                });
            }
            for (JsonFields s : f.objects("sources")) {
                s.allowOnly(Set.of("fields", "url", "note", "estimate"));
                b.source(new SourceRef(s.textList("fields"), s.text("url"), s.optText("note"), s.optBool("estimate", false)));
            }
            return b.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw f.error("part " + pn + ": " + e.getMessage());
        }
    }

    private static PortSpec readPort(JsonFields p) {
        p.allowOnly(PORT_FIELDS);
        Integer count = p.optInt("count");
        Integer lanes = p.optInt("lanes");
        try {
            return new PortSpec(p.text("name"), count == null ? 1 : count, p.enumValue("role", PortRole.class),
                    Set.copyOf(p.enumList("protocols", Protocol.class)), positiveInt(p, "generation"), p.optText("cxlVersion"),
                    p.optNonNegative("speedGbps"), lanes == null ? 1 : lanes, p.textList("bifurcations"),
                    p.optEnum("cage", Cage.class), positive(p, "laneRateGbps"), maxLinkGbps(p));
        } catch (IllegalArgumentException e) {
            throw p.error(e.getMessage());
        }
    }

    private static java.util.Map<Protocol, Double> maxLinkGbps(JsonFields p) {
        java.util.Map<Protocol, Double> out = new java.util.EnumMap<>(Protocol.class);
        if (p.has("maxLinkGbps")) {
            JsonFields m = p.object("maxLinkGbps");
            m.node().fieldNames().forEachRemaining(k -> {
                Protocol proto;
                try {
                    proto = Protocol.valueOf(k.trim().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw m.error(k, "'" + k + "' is not one of " + java.util.Arrays.toString(Protocol.values()));
                }
                out.put(proto, positive(m, k));
            });
        }
        return out;
    }

    private static Double positive(JsonFields f, String field) {
        Double v = f.optNumber(field);
        if (v != null && v <= 0) {
            throw f.error(field, "expected a number above 0, found " + v);
        }
        return v;
    }

    private static Integer positiveInt(JsonFields f, String field) {
        Integer v = f.optInt(field);
        if (v != null && v < 1) {
            throw f.error(field, "expected a whole number of at least 1, found " + v);
        }
        return v;
    }

    static JsonNode parse(String name, InputStream in) throws IOException {
        try {
            JsonNode n = MAPPER.readTree(in);
            if (n == null || n.isMissingNode()) {
                throw new CatalogException(name + ": the file is empty");
            }
            return n;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new CatalogException(name + (loc == null ? "" : " line " + loc.getLineNr() + ", column " + loc.getColumnNr())
                    + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    interface Source {
        JsonNode read(String relative);

        String name(String relative);
    }

    static final class ClasspathSource implements Source {
        @Override
        public JsonNode read(String relative) {
            String res = "/catalog/" + relative;
            try (InputStream in = CatalogLoader.class.getResourceAsStream(res)) {
                if (in == null) {
                    throw new CatalogException("the built-in catalog file " + res + " is missing from the application");
                }
                return parse(name(relative), in);
            } catch (IOException e) {
                throw new CatalogException("cannot read " + res + ": " + e.getMessage(), e);
            }
        }

        @Override
        public String name(String relative) {
            return "catalog/" + relative;
        }
    }

    static final class DirSource implements Source {
        private final Path dir;

        DirSource(Path dir) {
            this.dir = dir;
        }

        @Override
        public JsonNode read(String relative) {
            Path f = dir.resolve(relative);
            try (InputStream in = Files.newInputStream(f)) {
                return parse(f.toString(), in);
            } catch (IOException e) {
                throw new CatalogException("cannot read catalog file " + f + ": " + e.getMessage(), e);
            }
        }

        @Override
        public String name(String relative) {
            return dir.resolve(relative).toString();
        }
    }
}
