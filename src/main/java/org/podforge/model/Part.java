package org.podforge.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A catalog part: something you can buy. Immutable. Optional specs are null where no public source
 * gives them; {@link #sources()} say where each given spec comes from and whether it is an estimate.
 */
public final class Part {
    private final String partNumber;
    private final String name;
    private final String vendor;
    private final Family family;
    private final String productLine;
    private final String description;
    private final Double powerW;
    private final Double systemMaxW;
    private final Double psuEfficiency;
    private final Cooling cooling;
    private final Double latencyNs;
    private final String slotType;
    private final Integer heightU;
    private final List<SlotSpec> slots;
    private final Double traceLengthM;
    private final List<PortSpec> ports;
    private final Medium medium;
    private final Set<Protocol> protocols;
    private final Integer generation;
    private final Double speedGbps;
    private final Integer lanes;
    private final Double maxReachM;
    private final Integer retimers;
    private final Double memoryCapacityGB;
    private final RackSpec rack;
    private final PartStatus status;
    private final Cage cage;
    private final Cage farCage;
    private final Double laneRateGbps;
    private final Map<Medium, Double> reachM;
    private final List<String> breakouts;
    private final Double lengthM;
    private final Map<String, String> attributes;
    private final List<SourceRef> sources;
    private final List<Port> expandedPorts;
    private final Map<String, Port> portsByName;
    private final List<String> slotNames;

    private Part(Builder b) {
        this.partNumber = requireText(b.partNumber, "partNumber");
        this.name = b.name == null || b.name.isBlank() ? b.partNumber : b.name;
        this.vendor = b.vendor == null ? "" : b.vendor;
        this.family = Objects.requireNonNull(b.family, "family of " + b.partNumber);
        this.productLine = b.productLine == null ? "" : b.productLine;
        this.description = b.description == null ? "" : b.description;
        this.powerW = b.powerW;
        this.systemMaxW = b.systemMaxW;
        if (b.psuEfficiency != null && !(b.psuEfficiency > 0 && b.psuEfficiency <= 1)) {
            throw new IllegalArgumentException("psuEfficiency is a fraction above 0 and at most 1, not " + b.psuEfficiency);
        }
        this.psuEfficiency = b.psuEfficiency;
        this.cooling = b.cooling;
        this.latencyNs = b.latencyNs;
        this.slotType = b.slotType;
        this.heightU = b.heightU;
        this.slots = List.copyOf(b.slots);
        this.traceLengthM = b.traceLengthM;
        this.ports = List.copyOf(b.ports);
        this.medium = b.medium;
        this.protocols = b.protocols.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(b.protocols));
        this.generation = b.generation;
        this.speedGbps = b.speedGbps;
        this.lanes = b.lanes;
        this.maxReachM = b.maxReachM;
        this.retimers = b.retimers;
        this.memoryCapacityGB = b.memoryCapacityGB;
        this.rack = b.rack;
        this.status = b.status;
        this.cage = b.cage;
        this.farCage = b.farCage;
        this.laneRateGbps = b.laneRateGbps;
        this.reachM = b.reachM.isEmpty() ? Map.of() : Collections.unmodifiableMap(new java.util.EnumMap<>(b.reachM));
        this.breakouts = List.copyOf(b.breakouts);
        for (String s : breakouts) {
            Bifurcation.parse(s); // fail early on a malformed split
        }
        this.lengthM = b.lengthM;
        if (lengthM != null && maxReachM != null && lengthM > maxReachM + 1e-9) {
            throw new IllegalArgumentException("stock length " + lengthM + " m exceeds the part's reach of " + maxReachM + " m");
        }
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
        this.sources = List.copyOf(b.sources);

        List<Port> expanded = new ArrayList<>();
        Map<String, Port> byName = new LinkedHashMap<>();
        for (PortSpec spec : ports) {
            for (Port p : spec.expand()) {
                if (byName.put(p.name(), p) != null) {
                    throw new IllegalArgumentException("part " + partNumber + " has two ports named '" + p.name() + "'");
                }
                expanded.add(p);
            }
        }
        this.expandedPorts = List.copyOf(expanded);
        this.portsByName = Collections.unmodifiableMap(byName);
        List<String> names = new ArrayList<>();
        for (SlotSpec s : slots) {
            for (String n : s.slotNames()) {
                if (names.contains(n)) {
                    throw new IllegalArgumentException("part " + partNumber + " has two slots named '" + n + "'");
                }
                names.add(n);
            }
        }
        this.slotNames = List.copyOf(names);
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return s;
    }

    public static Builder builder(String partNumber, Family family) {
        return new Builder().partNumber(partNumber).family(family);
    }

    public String partNumber() { return partNumber; }
    public String name() { return name; }
    public String vendor() { return vendor; }
    public Family family() { return family; }
    public String productLine() { return productLine; }
    public String description() { return description; }
    public Optional<Double> powerW() { return Optional.ofNullable(powerW); }
    /**
     * The vendor's maximum power of the whole populated system (a server, a tray, a switch box), at the wall:
     * what planners budget. It covers the chassis and everything inside it; empty when no figure is published.
     */
    public Optional<Double> systemMaxW() { return Optional.ofNullable(systemMaxW); }
    /** Efficiency of the chassis' own power supplies (0..1) where published. */
    public Optional<Double> psuEfficiency() { return Optional.ofNullable(psuEfficiency); }
    /** How the chassis (or rack part) is cooled, where the catalog says. */
    public Optional<Cooling> cooling() { return Optional.ofNullable(cooling); }
    public Optional<Double> latencyNs() { return Optional.ofNullable(latencyNs); }
    public Optional<String> slotType() { return Optional.ofNullable(slotType); }
    public Optional<Integer> heightU() { return Optional.ofNullable(heightU); }
    public List<SlotSpec> slots() { return slots; }
    public Optional<Double> traceLengthM() { return Optional.ofNullable(traceLengthM); }
    public List<PortSpec> portSpecs() { return ports; }
    public Optional<Medium> medium() { return Optional.ofNullable(medium); }
    public Set<Protocol> protocols() { return protocols; }
    public Optional<Integer> generation() { return Optional.ofNullable(generation); }
    public Optional<Double> speedGbps() { return Optional.ofNullable(speedGbps); }
    public Optional<Integer> lanes() { return Optional.ofNullable(lanes); }
    public Optional<Double> maxReachM() { return Optional.ofNullable(maxReachM); }
    public int retimers() { return retimers == null ? 0 : retimers; }
    public Optional<Integer> retimersSpec() { return Optional.ofNullable(retimers); }
    public Optional<Double> memoryCapacityGB() { return Optional.ofNullable(memoryCapacityGB); }
    public Optional<RackSpec> rack() { return Optional.ofNullable(rack); }
    /** Whether the part can be bought; {@link PartStatus#ORDERABLE} when the catalog file does not say. */
    public PartStatus status() { return status == null ? PartStatus.ORDERABLE : status; }
    /** The status as the catalog file gives it, empty when the file does not say (older catalog files). */
    public Optional<PartStatus> declaredStatus() { return Optional.ofNullable(status); }
    public boolean isOrderable() { return status().orderable(); }
    /** The cage a transceiver plugs into, or that a cable's (first) end fits. */
    public Optional<Cage> cage() { return Optional.ofNullable(cage); }
    /** The cage of a cable's far end(s) when it differs from {@link #cage()} (e.g. an OSFP to 2 x QSFP112 splitter). */
    public Optional<Cage> farCage() { return Optional.ofNullable(farCage != null ? farCage : cage); }
    /** Rate of one electrical lane in Gb/s per direction. */
    public Optional<Double> laneRateGbps() {
        if (laneRateGbps != null) {
            return Optional.of(laneRateGbps);
        }
        return speedGbps != null && lanes != null ? Optional.of(speedGbps / lanes) : Optional.empty();
    }
    /** Reach per medium in metres, as the catalog gives it (transceivers: per fibre type). */
    public Map<Medium, Double> reachByMedium() { return reachM; }
    /** The reach over {@code m}: the per-medium figure, else {@link #maxReachM()} when {@code m} is the part's medium. */
    public Optional<Double> reachM(Medium m) {
        Double r = reachM.get(m);
        if (r != null) {
            return Optional.of(r);
        }
        return m == medium ? maxReachM() : Optional.empty();
    }
    /**
     * How the part splits into legs, in lanes: "2x4" on an 800G twin-port module (two 400G legs of 4 lanes),
     * "2x4" on a fixed 800G-to-2x400G splitter cable. Empty: straight only.
     */
    public List<String> breakouts() { return breakouts; }
    /** Stock length of a fixed-length cable in metres, or empty (transceivers, fibre cut to length). */
    public Optional<Double> lengthM() { return Optional.ofNullable(lengthM); }
    public Map<String, String> attributes() { return attributes; }
    public List<SourceRef> sources() { return sources; }

    /** All concrete ports, groups expanded, in catalog order. */
    public List<Port> ports() { return expandedPorts; }

    public Optional<Port> port(String portName) {
        return Optional.ofNullable(portsByName.get(portName));
    }

    /** All concrete slot names of a chassis, groups expanded, in catalog order. */
    public List<String> slotNames() { return slotNames; }

    /** The slot type of a named slot of this chassis. */
    public Optional<String> slotTypeOf(String slotName) {
        for (SlotSpec s : slots) {
            if (s.slotNames().contains(slotName)) {
                return Optional.of(s.type());
            }
        }
        return Optional.empty();
    }

    /** True when any source backing {@code field} marks it as an estimate. */
    public boolean isEstimate(String field) {
        return sources.stream().anyMatch(s -> s.covers(field) && s.estimate());
    }

    /** The sources that back {@code field}. */
    public List<SourceRef> sourcesFor(String field) {
        return sources.stream().filter(s -> s.covers(field)).toList();
    }

    @Override
    public String toString() {
        return partNumber + " (" + name + ")";
    }

    /** Builder used by the catalog loader and by tests. */
    public static final class Builder {
        private String partNumber;
        private String name;
        private String vendor;
        private Family family;
        private String productLine;
        private String description;
        private Double powerW;
        private Double systemMaxW;
        private Double psuEfficiency;
        private Cooling cooling;
        private Double latencyNs;
        private String slotType;
        private Integer heightU;
        private final List<SlotSpec> slots = new ArrayList<>();
        private Double traceLengthM;
        private final List<PortSpec> ports = new ArrayList<>();
        private Medium medium;
        private final Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
        private Integer generation;
        private Double speedGbps;
        private Integer lanes;
        private Double maxReachM;
        private Integer retimers;
        private Double memoryCapacityGB;
        private RackSpec rack;
        private PartStatus status;
        private Cage cage;
        private Cage farCage;
        private Double laneRateGbps;
        private final Map<Medium, Double> reachM = new java.util.EnumMap<>(Medium.class);
        private final List<String> breakouts = new ArrayList<>();
        private Double lengthM;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<SourceRef> sources = new ArrayList<>();

        public Builder partNumber(String v) { this.partNumber = v; return this; }
        public Builder name(String v) { this.name = v; return this; }
        public Builder vendor(String v) { this.vendor = v; return this; }
        public Builder family(Family v) { this.family = v; return this; }
        public Builder productLine(String v) { this.productLine = v; return this; }
        public Builder description(String v) { this.description = v; return this; }
        public Builder powerW(Double v) { this.powerW = v; return this; }
        public Builder systemMaxW(Double v) { this.systemMaxW = v; return this; }
        public Builder psuEfficiency(Double v) { this.psuEfficiency = v; return this; }
        public Builder cooling(Cooling v) { this.cooling = v; return this; }
        public Builder latencyNs(Double v) { this.latencyNs = v; return this; }
        public Builder slotType(String v) { this.slotType = v; return this; }
        public Builder heightU(Integer v) { this.heightU = v; return this; }
        public Builder slot(SlotSpec v) { this.slots.add(v); return this; }
        public Builder traceLengthM(Double v) { this.traceLengthM = v; return this; }
        public Builder port(PortSpec v) { this.ports.add(v); return this; }
        public Builder medium(Medium v) { this.medium = v; return this; }
        public Builder protocol(Protocol v) { this.protocols.add(v); return this; }
        public Builder generation(Integer v) { this.generation = v; return this; }
        public Builder speedGbps(Double v) { this.speedGbps = v; return this; }
        public Builder lanes(Integer v) { this.lanes = v; return this; }
        public Builder maxReachM(Double v) { this.maxReachM = v; return this; }
        public Builder retimers(Integer v) { this.retimers = v; return this; }
        public Builder memoryCapacityGB(Double v) { this.memoryCapacityGB = v; return this; }
        public Builder rack(RackSpec v) { this.rack = v; return this; }
        public Builder status(PartStatus v) { this.status = v; return this; }
        public Builder cage(Cage v) { this.cage = v; return this; }
        public Builder farCage(Cage v) { this.farCage = v; return this; }
        public Builder laneRateGbps(Double v) { this.laneRateGbps = v; return this; }
        public Builder reachM(Medium m, double metres) { this.reachM.put(m, metres); return this; }
        public Builder breakout(String v) { this.breakouts.add(v); return this; }
        public Builder lengthM(Double v) { this.lengthM = v; return this; }
        public Builder attribute(String k, String v) { this.attributes.put(k, v); return this; }
        public Builder source(SourceRef v) { this.sources.add(v); return this; }

        public Part build() {
            return new Part(this);
        }
    }
}
