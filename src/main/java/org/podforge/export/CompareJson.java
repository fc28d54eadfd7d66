package org.podforge.export;

import org.podforge.bom.Comparison;
import org.podforge.bom.ValidationStatus;
import org.podforge.io.JsonOut;

/** A comparison as JSON ({@code podforge compare --format json}); docs/schemas/compare.schema.json gives its shape. */
public final class CompareJson {
    /** Version of this JSON's shape; raise it when a field changes meaning or goes. */
    public static final int FORMAT_VERSION = 1;

    private CompareJson() {
    }

    public static String of(Comparison c) {
        JsonOut j = JsonOut.document(FORMAT_VERSION);
        j.key("currency").str(c.currency());
        j.key("mixedCurrencies").bool(c.mixedCurrencies());
        j.key("designs").array();
        for (Comparison.Design d : c.designs()) {
            ValidationStatus v = d.report().validation();
            j.object().key("name").str(d.name()).key("project").str(d.report().project().name())
                    .key("priceBook").str(d.report().bom().priceBookLabel()).key("currency").str(d.report().bom().currency())
                    .key("validation").str(v.summary()).endObject();
        }
        j.endArray();
        j.key("rows").array();
        for (Comparison.Row r : c.rows()) {
            j.object().key("section").str(r.section()).key("metric").str(r.metric()).key("unit").str(r.unit().name().toLowerCase(java.util.Locale.ROOT))
                    .key("differs").bool(r.differs());
            j.key("values").array();
            for (Double v : r.values()) {
                j.num(v);
            }
            j.endArray();
            j.key("deltas").array();
            for (int i = 0; i < r.values().size(); i++) {
                j.num(r.delta(i));
            }
            j.endArray().endObject();
        }
        j.endArray();
        j.endObject();
        return j.finish();
    }
}
