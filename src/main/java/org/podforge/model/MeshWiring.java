package org.podforge.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Switch-to-switch wiring between two tiers, group by group: in each of {@code groups} groups, every lower
 * switch joins every upper switch of the group with {@code linksPerPair} cables. Group {@code g} is
 * {@code lower[g*m .. g*m+m-1]} and {@code upper[g*n .. g*n+n-1]} ({@code m = lower.size()/groups},
 * {@code n = upper.size()/groups}). Lower switch {@code a} of a group uses up ports
 * {@code lowerFirstPort + b*k + t} towards upper switch {@code b} (cable {@code t} of {@code k}); upper
 * switch {@code b} uses down ports {@code upperFirstPort + a*k + t}. Leaf-to-spine wiring of a two-tier
 * fabric is one group; in a three-tier fabric, leaf-to-spine is one group per spine block and spine-to-core
 * one group per core plane.
 */
public record MeshWiring(List<String> lower, List<String> upper, int groups, int linksPerPair, String lowerPortPrefix,
                         int lowerFirstPort, String upperPortPrefix, int upperFirstPort) implements Wiring {
    public MeshWiring {
        lower = List.copyOf(lower);
        upper = List.copyOf(upper);
        if (groups < 1 || linksPerPair < 1) {
            throw new IllegalArgumentException("a mesh has at least 1 group and 1 link per switch pair");
        }
        if (lower.isEmpty() || upper.isEmpty() || lower.size() % groups != 0 || upper.size() % groups != 0) {
            throw new IllegalArgumentException("a mesh of " + Plural.of(groups, "group") + " needs lower and upper switch counts divisible by it; "
                    + "found " + lower.size() + " and " + upper.size());
        }
        if (lowerFirstPort < 0 || upperFirstPort < 0) {
            throw new IllegalArgumentException("port numbers are not negative");
        }
    }

    /** Lower switches per group. */
    public int lowerPerGroup() {
        return lower.size() / groups;
    }

    /** Upper switches per group. */
    public int upperPerGroup() {
        return upper.size() / groups;
    }

    @Override
    public long count(Project p) {
        return (long) lower.size() * upperPerGroup() * linksPerPair;
    }

    @Override
    public void forEach(Project p, CableSink out) {
        int m = lowerPerGroup();
        int n = upperPerGroup();
        int k = linksPerPair;
        // a port's name depends only on its offset (b*k+t up, a*k+t down): made once, not once per cable
        String[] upPorts = Wiring.portNames(lowerPortPrefix, lowerFirstPort, n * k);
        String[] downPorts = Wiring.portNames(upperPortPrefix, upperFirstPort, m * k);
        long index = 0;
        for (int g = 0; g < groups; g++) {
            for (int a = 0; a < m; a++) {
                String lo = lower.get(g * m + a);
                for (int b = 0; b < n; b++) {
                    String up = upper.get(g * n + b);
                    for (int t = 0; t < k; t++) {
                        out.cable(index++, new PortRef(lo, upPorts[b * k + t]), new PortRef(up, downPorts[a * k + t]));
                    }
                }
            }
        }
    }

    @Override
    public void portUse(Project p, PortUseSink out) {
        int m = lowerPerGroup();
        int n = upperPerGroup();
        for (String lo : lower) {
            out.use(lo, lowerPortPrefix, lowerFirstPort, n * linksPerPair, true, (long) n * linksPerPair);
        }
        for (String up : upper) {
            out.use(up, upperPortPrefix, upperFirstPort, m * linksPerPair, false, (long) m * linksPerPair);
        }
    }

    @Override
    public Set<String> componentIds() {
        Set<String> ids = new LinkedHashSet<>(lower);
        ids.addAll(upper);
        return ids;
    }

    @Override
    public List<String> problems(Project p) {
        List<String> out = new ArrayList<>();
        for (String id : componentIds()) {
            Component c = p.component(id).orElse(null);
            if (c == null || c.chassis() == null || c.chassis().rack() == null || c.chassis().rack().pod() != null) {
                out.add("switch '" + id + "' is not a switch in a network rack of the fabric");
            }
        }
        return out;
    }

    @Override
    public String describe(Project p) {
        return String.format(Locale.ROOT, "%d lower x %s in %s, %s per pair: %s", lower.size(), Plural.of(upper.size(), "upper switch", "upper switches"),
                Plural.of(groups, "group"), Plural.of(linksPerPair, "cable"), Plural.of(count(p), "cable"));
    }

    @Override
    public List<PortRef> endRefs(boolean low) {
        return low ? lower.stream().map(id -> new PortRef(id, lowerPortPrefix + lowerFirstPort)).toList()
                : upper.stream().map(id -> new PortRef(id, upperPortPrefix + upperFirstPort)).toList();
    }
}
