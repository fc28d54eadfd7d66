package org.podforge.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podforge.model.Bifurcation;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.PortRef;

/**
 * How many transceiver modules a set of links uses, and where. A link has one module at each end, except
 * that a breakout module (a twin-port 800G OSFP with two 400G legs) is shared: the links that leave one
 * port with the same breakout module use one module per {@code legs} links (fabric-and-power-facts I2).
 * The BOM counts and powers modules from here, so a twin-port module feeding two NICs is one module.
 */
public final class TransceiverUse {
    private TransceiverUse() {
    }

    /** Modules of one part at one port end, and the links they serve. */
    public record Modules(PortRef end, String partNumber, int count, List<Link> links) {
    }

    public static List<Modules> of(Collection<Link> links, Catalog catalog) {
        List<Modules> out = new ArrayList<>();
        Map<String, List<Link>> shared = new LinkedHashMap<>();
        Map<String, PortRef> sharedEnd = new LinkedHashMap<>();
        for (Link l : links) {
            for (PortRef end : new PortRef[] {l.a(), l.b()}) {
                String pn = l.transceiverAt(end);
                if (pn == null) {
                    continue;
                }
                int legs = legs(catalog.find(pn).orElse(null));
                if (legs <= 1) {
                    out.add(new Modules(end, pn, 1, List.of(l)));
                } else {
                    String key = end + "|" + pn;
                    shared.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
                    sharedEnd.put(key, end);
                }
            }
        }
        for (Map.Entry<String, List<Link>> e : shared.entrySet()) {
            String pn = e.getKey().substring(e.getKey().indexOf('|') + 1);
            int legs = legs(catalog.find(pn).orElse(null));
            int n = e.getValue().size();
            out.add(new Modules(sharedEnd.get(e.getKey()), pn, (n + legs - 1) / legs, List.copyOf(e.getValue())));
        }
        return out;
    }

    /**
     * Breakout (splitter) cables: the links that leave one port on the same splitter part share one cable per
     * {@code legs} links (an 800G-to-2x400G DAC serves two NIC links). The shared end is the one more of these
     * links meet at. Straight cables are not listed (one per link).
     */
    public static List<Modules> splitterCables(Collection<Link> links, Catalog catalog) {
        Map<String, Integer> meet = new LinkedHashMap<>();
        List<Link> split = new ArrayList<>();
        for (Link l : links) {
            if (l.cablePart() != null && legs(catalog.find(l.cablePart()).orElse(null)) > 1) {
                split.add(l);
                meet.merge(l.a() + "|" + l.cablePart(), 1, Integer::sum);
                meet.merge(l.b() + "|" + l.cablePart(), 1, Integer::sum);
            }
        }
        Map<String, List<Link>> groups = new LinkedHashMap<>();
        Map<String, PortRef> ends = new LinkedHashMap<>();
        for (Link l : split) {
            String ka = l.a() + "|" + l.cablePart();
            String kb = l.b() + "|" + l.cablePart();
            boolean atB = meet.get(kb) > meet.get(ka);
            String key = atB ? kb : ka;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
            ends.put(key, atB ? l.b() : l.a());
        }
        List<Modules> out = new ArrayList<>();
        for (Map.Entry<String, List<Link>> e : groups.entrySet()) {
            String pn = e.getKey().substring(e.getKey().indexOf('|') + 1);
            int legs = legs(catalog.find(pn).orElse(null));
            out.add(new Modules(ends.get(e.getKey()), pn, (e.getValue().size() + legs - 1) / legs, List.copyOf(e.getValue())));
        }
        return out;
    }

    /** Most legs a module breaks out to (2 for a twin-port "2x4"), 1 for a straight module or an unknown part. */
    public static int legs(Part p) {
        int legs = 1;
        if (p != null) {
            for (String b : p.breakouts()) {
                legs = Math.max(legs, Bifurcation.parse(b).links());
            }
        }
        return legs;
    }
}
