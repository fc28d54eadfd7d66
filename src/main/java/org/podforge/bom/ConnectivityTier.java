package org.podforge.bom;

import java.util.Set;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Protocol;

/**
 * Which fabric a BOM line pays for: scale-up (the GPU-to-GPU domain), scale-out (NICs, leaf/spine
 * switches and their cables and optics), PCIe/CXL (retimers, PCIe switches, CXL memory controllers and
 * their cables), or compute and other (GPUs, CPUs, SSDs, chassis, racks). Decided from the part alone,
 * in this one place, so every roll-up that splits cost by fabric agrees:
 * <ul>
 *   <li>by family: scale-up switches are scale-up; NICs and network switches scale-out; retimers,
 *       PCIe switches and CXL memory controllers PCIe/CXL;</li>
 *   <li>a link medium (cable, smart cable module, transceiver) by the protocols it carries: NVLink,
 *       UALink, NeuronLink or Infinity Fabric is scale-up; Ethernet or InfiniBand scale-out; PCIe or
 *       CXL PCIe/CXL. A medium that declares no protocol is counted as "other".</li>
 * </ul>
 * Within a design, {@link #mediaInDesign} refines the media by the links they are used on: a cable or
 * transceiver on a link with a GPU scale-up port is scale-up (a PCIe cable to a Scorpio X plane, an Ethernet
 * cable of scale-up Ethernet), one on a network port scale-out, whatever protocol the part carries.
 */
public enum ConnectivityTier {
    SCALE_UP("Scale-up"),
    SCALE_OUT("Scale-out"),
    PCIE_CXL("PCIe/CXL"),
    OTHER("Compute and other");

    private final String label;

    ConnectivityTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The tier of a catalog part; {@link #OTHER} for null (a part the catalog does not know). */
    public static ConnectivityTier of(Part part) {
        if (part == null) {
            return OTHER;
        }
        return switch (part.family()) {
            case SCALEUP_SWITCH -> SCALE_UP;
            case NIC, NETWORK_SWITCH -> SCALE_OUT;
            case RETIMER, PCIE_SWITCH, CXL_MEMORY_CONTROLLER -> PCIE_CXL;
            case CABLE, SMART_CABLE_MODULE, TRANSCEIVER -> ofProtocols(part.protocols());
            default -> OTHER;
        };
    }

    static ConnectivityTier ofProtocols(Set<Protocol> ps) {
        if (ps.contains(Protocol.NVLINK) || ps.contains(Protocol.UALINK) || ps.contains(Protocol.NEURONLINK)
                || ps.contains(Protocol.INFINITY_FABRIC)) {
            return SCALE_UP;
        }
        if (ps.contains(Protocol.ETHERNET) || ps.contains(Protocol.INFINIBAND)) {
            return SCALE_OUT;
        }
        if (ps.contains(Protocol.PCIE) || ps.contains(Protocol.CXL)) {
            return PCIE_CXL;
        }
        return OTHER;
    }

    /**
     * Link media (cables, smart cable modules, transceivers) by the links that use them in {@code project}:
     * a link with a scale-up port at either end is scale-up, else one with a network port is scale-out, else
     * the part's protocols decide. A part used on links of several tiers takes the tier most of its links have.
     */
    public static java.util.Map<String, ConnectivityTier> mediaInDesign(org.podforge.model.Project project,
                                                                      org.podforge.catalog.Catalog catalog) {
        return mediaByVotes(mediaVotes(project, catalog, project.allLinks()));
    }

    /** Per link medium part, how many of {@code links} are of each tier: what {@link #mediaInDesign} counts, for part of a design. */
    static java.util.Map<String, java.util.Map<ConnectivityTier, Integer>> mediaVotes(org.podforge.model.Project project,
            org.podforge.catalog.Catalog catalog, java.util.List<org.podforge.model.Link> links) {
        java.util.Map<String, java.util.Map<ConnectivityTier, Integer>> votes = new java.util.HashMap<>();
        for (org.podforge.model.Link l : links) {
            ConnectivityTier t = linkTier(project, catalog, l);
            if (t == null) {
                continue;
            }
            for (String pn : new String[] {l.cablePart(), l.transceiverPart(), l.transceiverPartB()}) {
                if (pn != null) {
                    votes.computeIfAbsent(pn, k -> new java.util.EnumMap<>(ConnectivityTier.class)).merge(t, 1, Integer::sum);
                }
            }
        }
        return votes;
    }

    /** Each part's tier: the one most of its links have. */
    static java.util.Map<String, ConnectivityTier> mediaByVotes(java.util.Map<String, java.util.Map<ConnectivityTier, Integer>> votes) {
        java.util.Map<String, ConnectivityTier> out = new java.util.TreeMap<>();
        votes.forEach((pn, v) -> out.put(pn, v.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).get().getKey()));
        return out;
    }

    /** Scale-up when either end is a scale-up port, scale-out when either is a network port, else null (the part decides). */
    private static ConnectivityTier linkTier(org.podforge.model.Project project, org.podforge.catalog.Catalog catalog,
                                             org.podforge.model.Link l) {
        org.podforge.model.PortRole a = role(project, catalog, l.a());
        org.podforge.model.PortRole b = role(project, catalog, l.b());
        if (a == org.podforge.model.PortRole.SCALE_UP || b == org.podforge.model.PortRole.SCALE_UP) {
            return SCALE_UP;
        }
        if (a == org.podforge.model.PortRole.NETWORK || b == org.podforge.model.PortRole.NETWORK) {
            return SCALE_OUT;
        }
        return null;
    }

    private static org.podforge.model.PortRole role(org.podforge.model.Project project, org.podforge.catalog.Catalog catalog,
                                                    org.podforge.model.PortRef end) {
        return project.component(end.componentId())
                .flatMap(c -> catalog.find(c.partNumber()))
                .flatMap(p -> p.port(end.port()))
                .map(port -> port.spec().role())
                .orElse(null);
    }

    /** True for the families counted as cables and optics (what {@link Comparison} counts by type). */
    static boolean isCableOrOptics(Family f) {
        return f != null && f.isLinkMedium();
    }
}
