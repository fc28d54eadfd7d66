package org.podforge.app.canvas;

import java.util.Locale;
import java.util.stream.Collectors;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortSpec;
import org.podforge.model.Protocol;

/**
 * A port in user words for the port fan's tooltip and the inspector: name, cage, speed and lanes, protocols.
 * A network port without a cage in the catalog says why ({@code cageUnknown}) or "cage not characterized";
 * nothing is guessed.
 */
public final class PortText {
    private PortText() {
    }

    /** E.g. "port-1 · OSFP cage · 1,600G = 8 x 200G · InfiniBand, Ethernet". */
    public static String describe(Part part, Port port) {
        PortSpec s = port.spec();
        StringBuilder sb = new StringBuilder(port.name());
        String cage = cage(part, s);
        if (!cage.isEmpty()) {
            sb.append(" · ").append(cage);
        }
        if (s.speedGbps() != null) {
            sb.append(String.format(Locale.ROOT, " · %,.0fG", s.speedGbps()));
            if (s.laneRateGbps() != null && s.lanes() > 0) {
                sb.append(String.format(Locale.ROOT, " = %d x %,.0fG", s.lanes(), s.laneRateGbps()));
            }
        } else if (s.lanes() > 0) {
            sb.append(" · x").append(s.lanes());
        }
        if (!s.protocols().isEmpty()) {
            sb.append(" · ").append(s.protocols().stream().map(Protocol::name).sorted().collect(Collectors.joining(", ")));
        }
        return sb.toString();
    }

    /** The cage in words; for a network port without one, why it is unknown; empty for other ports. */
    public static String cage(Part part, PortSpec s) {
        if (s.cage() != null) {
            return s.cage().label() + " cage";
        }
        if (!s.isNetwork()) {
            return "";
        }
        String why = part.attributes().get("cageUnknown");
        return why == null || why.isBlank() ? "cage not characterized" : "cage unknown (" + why + ")";
    }

    /**
     * The network ports of a part grouped by cage and speed, e.g. "72 x OSFP cage · 1,600G = 8 x 200G"; empty when
     * the part has no network port.
     */
    public static String networkSummary(Part part) {
        java.util.Map<String, Integer> groups = new java.util.LinkedHashMap<>();
        for (Port port : part.ports()) {
            if (port.spec().isNetwork()) {
                String d = describe(part, new Port("", port.spec()));
                groups.merge(d.startsWith(" · ") ? d.substring(3) : d, 1, Integer::sum);
            }
        }
        return groups.entrySet().stream().map(e -> e.getValue() + " x " + e.getKey()).collect(Collectors.joining("; "));
    }
}
