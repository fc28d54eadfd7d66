package org.podforge.app.hall;

import java.util.Locale;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.rules.Compatibility;
import org.podforge.model.Plural;

/** The hover text of the hall view, toolkit-free: a rack with its place, a bundle with its count and speed. */
public final class HallHover {
    private HallHover() {
    }

    /** "Rack 2 of Pod A @3 · row 1, position 7" or "Leaf rack 1 (network) · row 0, position 8 · 2 switches: ...". */
    public static String place(HallModel m, Project p, int place) {
        HallModel.Place pl = m.places().get(place);
        String where = String.format(Locale.ROOT, "row %d, position %d", pl.row(), pl.position());
        if (pl.kind() == HallModel.Kind.POD_RACK) {
            return pl.label() + " of " + m.blocks().get(pl.block()).label() + " \u00b7 " + where
                    + (pl.replica() > 0 ? " (moving it moves it in every replica)" : "");
        }
        StringBuilder b = new StringBuilder(pl.label()).append(" (network rack) \u00b7 ").append(where);
        Rack r = p.rack(pl.rackId()).orElse(null);
        if (r != null) {
            int n = 0;
            StringBuilder names = new StringBuilder();
            for (Chassis c : r.chassis()) {
                for (Component comp : c.components()) {
                    if (n < 6) {
                        names.append(n == 0 ? "" : ", ").append(comp.label()).append(" (").append(comp.partNumber()).append(')');
                    }
                    n++;
                }
            }
            b.append(" \u00b7 ").append(Plural.of(n, "switch", "switches"));
            if (n > 0) {
                b.append(": ").append(names).append(n > 6 ? ", \u2026" : "");
            }
        }
        return b.toString();
    }

    /** "Pod A @3 \u2194 Leaf rack 1: 16 cables, 400G each (6.4 Tb/s per direction)". */
    public static String bundle(HallModel m, HallModel.Bundle bu, boolean overview) {
        String a = overview ? endName(m, bu.a()) : placeName(m, bu.a());
        String b = overview ? endName(m, bu.b()) : placeName(m, bu.b());
        String speed;
        if (Double.isNaN(bu.minGbps())) {
            speed = "speed unknown (a port without a speed in the catalog)";
        } else if (bu.uniformSpeed()) {
            speed = Compatibility.gbpsLabel(bu.minGbps()) + " each (" + total(bu.cables() * bu.minGbps()) + " per direction)";
        } else {
            speed = Compatibility.gbpsLabel(bu.minGbps()) + " to " + Compatibility.gbpsLabel(bu.maxGbps()) + " each";
        }
        return String.format(Locale.ROOT, "%s \u2194 %s: %s, %s", a, b, Plural.of(bu.cables(), "cable"), speed);
    }

    private static String total(double gbps) {
        if (gbps >= 1000) {
            return String.format(Locale.ROOT, "%,.1f Tb/s", gbps / 1000);
        }
        return String.format(Locale.ROOT, "%,.0f Gb/s", gbps);
    }

    private static String placeName(HallModel m, int place) {
        HallModel.Place pl = m.places().get(place);
        return pl.kind() == HallModel.Kind.POD_RACK ? pl.label() + " of " + m.blocks().get(pl.block()).label() : pl.label();
    }

    private static String endName(HallModel m, int blockEnd) {
        if (blockEnd < m.blocks().size()) {
            return m.blocks().get(blockEnd).label();
        }
        return m.places().get(m.networkPlaceBase() + blockEnd - m.blocks().size()).label();
    }
}
