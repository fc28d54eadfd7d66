package org.podforge.export.netbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * What a design becomes in NetBox: one site (the project), its racks, the manufacturers, device roles
 * and device types of its chassis, the devices (one per chassis per copy of its pod) with rack, position
 * and face, and the interfaces and cables of {@link InterfacePlan}. Built once, then each file's writer
 * reads it. Anything NetBox needs that the design or catalog does not give is left empty and listed in
 * {@link #warnings()}, never guessed.
 */
public final class NetBoxInventory {

    public record Site(String name, String slug, String description) {
    }

    public record Manufacturer(String name, String slug) {
    }

    public record Role(String name, String slug, String color) {
    }

    /** @param width rail-to-rail width in inches ("19", "21"), "" when the catalog does not say */
    public record RackRow(String site, String name, String width, Integer uHeight, String description) {
    }

    /** @param uHeight null when the catalog gives no height */
    public record DeviceType(String manufacturer, String model, String slug, String partNumber, Integer uHeight,
                             String description) {
    }

    /** @param position lowest rack unit, null when the device type's height is unknown (then no face either) */
    public record Device(String name, String role, String manufacturer, String deviceType, String site, String rack,
                         Integer position, String face, String description) {
    }

    private final Site site;
    private final List<Manufacturer> manufacturers;
    private final List<Role> roles;
    private final List<DeviceType> deviceTypes;
    private final InterfacePlan interfaces;
    private final List<String> warnings;
    private final Project project;
    private final Rows rows;

    private NetBoxInventory(Project project, Site site, Rows rows, InterfacePlan interfaces, List<String> warnings) {
        this.project = project;
        this.site = site;
        this.rows = rows;
        this.manufacturers = List.copyOf(rows.manufacturers().values());
        this.roles = List.copyOf(rows.roles().values());
        this.deviceTypes = List.copyOf(rows.types().values());
        this.interfaces = interfaces;
        this.warnings = warnings;
    }

    public Site site() {
        return site;
    }

    public List<Manufacturer> manufacturers() {
        return manufacturers;
    }

    public List<Role> roles() {
        return roles;
    }

    /** Every copy of every rack, in pod, copy, rack order, then the fabric's network racks (streamed: not kept). */
    public void forEachRack(InterfacePlan.Sink<RackRow> sink) throws IOException {
        walk(sink, d -> { });
    }

    public List<DeviceType> deviceTypes() {
        return deviceTypes;
    }

    /** One device per chassis per copy of its pod, in the order of {@link #forEachRack} (streamed: not kept). */
    public void forEachDevice(InterfacePlan.Sink<Device> sink) throws IOException {
        walk(r -> { }, sink);
    }

    public InterfacePlan interfaces() {
        return interfaces;
    }

    /**
     * What the user must fill in or check before importing (one line each, saying where); complete once the
     * interfaces have been written ({@link InterfacePlan#forEachInterface} adds interface names NetBox cannot take).
     */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Manufacturer name for parts the catalog does not know. */
    static final String UNKNOWN_MANUFACTURER = "Unknown manufacturer";

    public static NetBoxInventory of(DesignReport report, Catalog catalog) {
        Project project = report.project();
        List<String> warnings = new ArrayList<>();
        String siteName = project.name() == null || project.name().isBlank() ? "PodForge design" : project.name().strip();
        Site site = new Site(siteName, NetBoxNames.slug(siteName), "Planned in PodForge");
        NetBoxNames names = new NetBoxNames(project, site.name(), site.slug());

        Set<String> warnedParts = new LinkedHashSet<>();
        Rows rows = new Rows(catalog, names, site, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), warnings,
                warnedParts);
        // the registries and warnings from the first copy of each pod: every copy holds the same parts
        try {
            for (Pod pod : project.pods()) {
                if (pod.replicas() >= 1) {
                    for (Rack rack : pod.racks()) {
                        rows.rack(rack, pod.replicas(), 1, "pod " + pod.label(), r -> { }, d -> { });
                    }
                }
            }
            for (Rack rack : project.fabric().racks()) {
                rows.rack(rack, 1, 1, project.fabric().label(), r -> { }, d -> { });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the sinks here write nothing
        }
        InterfacePlan plan = InterfacePlan.of(report.cables(), catalog, names, warnings);
        return new NetBoxInventory(project, site, rows, plan, warnings);
    }

    /** Every copy of every rack and its chassis, to the sinks (registries already full: nothing new is warned). */
    private void walk(InterfacePlan.Sink<RackRow> racks, InterfacePlan.Sink<Device> devices) throws IOException {
        Rows quiet = new Rows(rows.catalog(), rows.names(), site, rows.manufacturers(), rows.roles(), rows.types(), new ArrayList<>(),
                rows.warnedParts());
        for (Pod pod : project.pods()) {
            for (int copy = 1; copy <= pod.replicas(); copy++) {
                for (Rack rack : pod.racks()) {
                    quiet.rack(rack, pod.replicas(), copy, "pod " + pod.label(), racks, devices);
                }
            }
        }
        // the network racks of the scale-out fabric: one of each, named like a pod deployed once
        for (Rack rack : project.fabric().racks()) {
            quiet.rack(rack, 1, 1, project.fabric().label(), racks, devices);
        }
    }

    /** Racks and devices as they are met, with the registries they fill. */
    private record Rows(Catalog catalog, NetBoxNames names, Site site, Map<String, Manufacturer> manufacturers, Map<String, Role> roles,
                        Map<String, DeviceType> types, List<String> warnings, Set<String> warnedParts) {

        /** One copy of a rack and its chassis. */
        void rack(Rack rack, int replicas, int copy, String where, InterfacePlan.Sink<RackRow> racks,
                  InterfacePlan.Sink<Device> devices) throws IOException {
            String rackName = names.rackName(rack, replicas, copy);
            Optional<Part> rackPart = catalog.find(rack.partNumber());
            String width = rackPart.map(NetBoxInventory::railWidthInches).orElse("");
            if (width.isEmpty() && warnedParts.add("width:" + rack.partNumber())) {
                warnings.add("04-racks.csv: rack part " + rack.partNumber() + " has no known rail width; fill the "
                        + "width column (10, 19, 21 or 23 inches) of its racks before importing");
            }
            racks.accept(new RackRow(site.name(), rackName, width, rackPart.flatMap(Part::heightU).orElse(null),
                    rack.label() + " (" + rack.partNumber() + "), " + where));
            for (Chassis ch : rack.chassis()) {
                DeviceType type = types.computeIfAbsent(ch.partNumber(), pn -> deviceType(catalog, pn, manufacturers, warnings));
                Role role = role(ch, catalog);
                roles.putIfAbsent(role.name(), role);
                boolean placed = type.uHeight() != null;
                String name = names.deviceName(ch.id(), replicas, copy);
                if (name.length() > NetBoxNames.MAX_DEVICE_NAME && copy == 1) {
                    warnings.add("06-devices.csv: device " + name + " is longer than NetBox's "
                            + NetBoxNames.MAX_DEVICE_NAME + " characters; shorten the chassis id " + ch.id());
                }
                devices.accept(new Device(name, role.name(), type.manufacturer(), type.model(), site.name(), rackName,
                        placed ? ch.uPosition() : null, placed ? "front" : "", ch.label()));
            }
        }
    }

    private static DeviceType deviceType(Catalog catalog, String partNumber, Map<String, Manufacturer> manufacturers,
                                         List<String> warnings) {
        Optional<Part> part = catalog.find(partNumber);
        String vendor = part.map(Part::vendor).filter(v -> v != null && !v.isBlank()).orElse(UNKNOWN_MANUFACTURER);
        manufacturers.putIfAbsent(vendor, new Manufacturer(vendor, NetBoxNames.slug(vendor)));
        Integer height = part.flatMap(Part::heightU).orElse(null);
        if (part.isEmpty()) {
            warnings.add("05-device-types.csv: chassis part " + partNumber + " is not in the catalog; its manufacturer reads '"
                    + UNKNOWN_MANUFACTURER + "' and its u_height is empty, so its devices have no rack position");
        } else if (height == null) {
            warnings.add("05-device-types.csv: chassis part " + partNumber + " has no height in the catalog; fill u_height, "
                    + "then position and face of its devices in 06-devices.csv");
        }
        String description = part.map(Part::name).orElse("part not in the catalog");
        return new DeviceType(vendor, partNumber, NetBoxNames.slug(partNumber), partNumber, height, description);
    }

    /**
     * Rail-to-rail width of a rack part in NetBox's inches: EIA-310 racks are 19-inch and Open Rack
     * (OCP) racks 21-inch by definition of those standards; any other rack is unknown.
     */
    static String railWidthInches(Part rack) {
        String text = (rack.productLine() + " " + rack.name()).toLowerCase(Locale.ROOT);
        if (text.contains("eia-310") || text.contains("19-inch")) {
            return "19";
        }
        if (text.contains("open rack")) {
            return "21";
        }
        return "";
    }

    /** The role of a chassis from what it holds: GPUs make a GPU server, and so on down the list. */
    static Role role(Chassis ch, Catalog catalog) {
        Set<Family> families = java.util.EnumSet.noneOf(Family.class);
        for (Component c : ch.components()) {
            catalog.find(c.partNumber()).ifPresent(p -> families.add(p.family()));
        }
        if (families.contains(Family.GPU)) {
            return new Role("GPU server", "gpu-server", "4caf50");
        }
        if (families.contains(Family.SCALEUP_SWITCH)) {
            return new Role("Scale-up switch", "scale-up-switch", "2196f3");
        }
        if (families.contains(Family.NETWORK_SWITCH)) {
            return new Role("Network switch", "network-switch", "673ab7");
        }
        if (families.contains(Family.SSD) && !families.contains(Family.CPU)) {
            return new Role("Storage", "storage", "ff9800");
        }
        if (families.contains(Family.CPU)) {
            return new Role("Server", "server", "9e9e9e");
        }
        return new Role("Chassis", "chassis", "607d8b");
    }
}
