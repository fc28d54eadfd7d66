package org.podforge.catalog;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a price book in the catalog's JSON format (docs/catalog.md), which {@link CatalogLoader#loadPriceBook} reads. */
public final class PriceBookJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PriceBookJson() {
    }

    public static byte[] toBytes(PriceBook pb) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", pb.name());
        root.put("currency", pb.currency());
        root.put("estimate", pb.estimate());
        if (!pb.basis().isEmpty()) {
            root.put("basis", pb.basis());
        }
        PriceBook.Info info = pb.info();
        if (info.version() != null) {
            root.put("version", info.version());
        }
        if (info.date() != null) {
            root.put("date", info.date().toString());
        }
        if (info.quoteNumber() != null) {
            root.put("quoteNumber", info.quoteNumber());
        }
        if (info.validUntil() != null) {
            root.put("validUntil", info.validUntil().toString());
        }
        ArrayNode prices = root.putArray("prices");
        for (PriceBook.Price p : pb.prices().values()) {
            ObjectNode o = prices.addObject();
            o.put("partNumber", p.partNumber());
            o.put("unitPrice", p.unitPrice());
            o.put("estimate", p.estimate());
            if (!p.basis().isEmpty()) {
                o.put("basis", p.basis());
            }
            if (!p.url().isEmpty()) {
                o.put("url", p.url());
            }
            PriceBook.Terms t = p.terms();
            if (t.unit() != null) {
                o.put("unit", t.unit());
            }
            if (t.leadTimeDays() != null) {
                o.put("leadTimeDays", t.leadTimeDays());
            }
            if (t.moq() != null) {
                o.put("moq", t.moq());
            }
            if (t.sparesPercent() != null) {
                o.put("sparesPercent", t.sparesPercent());
            }
            if (!t.breaks().isEmpty()) {
                ArrayNode b = o.putArray("breaks");
                t.breaks().forEach(br -> b.addObject().put("minQty", br.minQty()).put("unitPrice", br.unitPrice()));
            }
        }
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return (MAPPER.writer(pp).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogException("cannot write price book " + pb.name() + ": " + e.getMessage(), e);
        }
    }
}
