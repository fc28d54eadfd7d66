package org.podforge.service.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podforge.catalog.Catalog;
import org.podforge.geometry.Geometry;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.LinkPattern;
import org.podforge.model.MeshWiring;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.RailWiring;
import org.podforge.model.ReplicaLayout;

/**
 * Places the pod replicas and the network racks in the hall and writes the fabric: racks of switch boxes,
 * the rail pattern (server rails to the leaves of each scalable unit) and the mesh patterns (leaf-spine,
 * spine-core), each with the cable and modules its longest run needs.
 *
 * <p>Hall: a row holds up to {@link #ROW_RACKS} rack positions. Whole scalable units sit side by side in a
 * row when they fit (else a unit runs over several rows), and each unit's leaf racks stand at the end of
 * the row of its first replica. Spine racks stand at the end of the middle row of their block (two tiers:
 * of the whole hall), core racks at the end of the hall's middle row, after the spines.
 */
final class FabricBuilder {
    /** Rack positions in one row of the hall [ASSUMPTION: a long data-hall row; docs/decisions/0014]. */
    static final int ROW_RACKS = 40;

    private final Catalog catalog;
    private final Geometry geometry;
    private final Project project;
    private final PodDesigner.Result pod;
    private final FabricPlan plan;
    private final ClusterGenerator.ScaleOut so;
    private final Part rackPart;
    private final double budgetW;
    private final GenerateRequest req;
    private final Map<Integer, Integer> nextFree = new HashMap<>();
    private int rackNo;

    FabricBuilder(Catalog catalog, Geometry geometry, Project project, PodDesigner.Result pod, FabricPlan plan, ClusterGenerator.ScaleOut so,
                  Part rackPart, double budgetW, GenerateRequest req) {
        this.catalog = catalog;
        this.geometry = geometry;
        this.project = project;
        this.pod = pod;
        this.plan = plan;
        this.so = so;
        this.rackPart = rackPart;
        this.budgetW = budgetW;
        this.req = req;
    }

    void build(List<String> notes) {
        Pod design = pod.pod();
        int w = design.racks().size();
        int rackU = rackPart.heightU().orElseThrow();
        int boxU = so.box.heightU().orElse(1);
        double boxW = so.box.powerW().orElse(0.0) + so.sw.powerW().orElse(0.0);
        int boxesPerRack = Math.min(rackU / boxU, boxW > 0 ? (int) Math.floor(budgetW / boxW) : Integer.MAX_VALUE);
        if (boxesPerRack < 1) {
            throw new GenerateRefused("rack", "a " + rackU + "U rack within its budget holds no " + so.box.partNumber());
        }
        int rpu = plan.replicasPerUnit();
        int leafRacksPerUnit = (plan.rails() + boxesPerRack - 1) / boxesPerRack;
        int unitWidth = rpu * w;
        int perRow;
        int unitsPerRow;
        if (unitWidth + leafRacksPerUnit <= ROW_RACKS) {
            unitsPerRow = Math.min(plan.units(), ROW_RACKS / (unitWidth + leafRacksPerUnit));
            perRow = Math.min(req.pods(), unitsPerRow * rpu);
        } else {
            unitsPerRow = 1;
            perRow = Math.max(1, (ROW_RACKS - leafRacksPerUnit) / w);
        }
        design.setLayout(new ReplicaLayout(perRow, 1, w));
        int podRows = (req.pods() + perRow - 1) / perRow;
        int leafCol = perRow * w;
        int netCol = leafCol + unitsPerRow * leafRacksPerUnit + 1;

        // leaves: unit by unit, rail by rail
        List<String> leaves = new ArrayList<>();
        List<List<Rack>> leafRacksByUnit = new ArrayList<>();
        for (int u = 0; u < plan.units(); u++) {
            int firstReplica = u * rpu;
            int row = firstReplica / perRow;
            int col = unitsPerRow > 1 ? leafCol + ((firstReplica % perRow) / rpu) * leafRacksPerUnit : leafCol;
            List<Rack> racks = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < plan.rails(); i++) {
                ids.add("leaf-" + (u * plan.rails() + i + 1));
            }
            for (int k = 0; k < leafRacksPerUnit; k++) {
                racks.add(networkRack(String.format(Locale.ROOT, "Leaf rack SU %d%s", u + 1, leafRacksPerUnit > 1 ? "/" + (k + 1) : ""), row,
                        col + k, ids.subList(k * boxesPerRack, Math.min(ids.size(), (k + 1) * boxesPerRack)), boxU));
            }
            leaves.addAll(ids);
            leafRacksByUnit.add(racks);
        }
        List<Rack> spineRacks = new ArrayList<>();
        List<List<Rack>> spineRacksByBlock = new ArrayList<>();
        List<String> spines = new ArrayList<>();
        if (plan.tiers() >= 2) {
            for (int b = 0; b < plan.blocks(); b++) {
                int firstRow = (b * plan.unitsPerBlock() * rpu) / perRow;
                int lastRow = (Math.min(req.pods(), (b + 1) * plan.unitsPerBlock() * rpu) - 1) / perRow;
                int row = (firstRow + lastRow) / 2;
                List<String> ids = new ArrayList<>();
                for (int j = 0; j < plan.spinesPerBlock(); j++) {
                    ids.add("spine-" + (b * plan.spinesPerBlock() + j + 1));
                }
                List<Rack> racks = new ArrayList<>();
                for (int k = 0; k * boxesPerRack < ids.size(); k++) {
                    String name = plan.tiers() == 3 ? String.format(Locale.ROOT, "Spine rack block %d/%d", b + 1, k + 1)
                            : String.format(Locale.ROOT, "Spine rack %d", k + 1);
                    racks.add(networkRack(name, row, free(row, netCol), ids.subList(k * boxesPerRack, Math.min(ids.size(), (k + 1) * boxesPerRack)),
                            boxU));
                }
                spines.addAll(ids);
                spineRacks.addAll(racks);
                spineRacksByBlock.add(racks);
            }
        }
        List<String> cores = new ArrayList<>();
        List<Rack> coreRacks = new ArrayList<>();
        if (plan.tiers() == 3) {
            int row = podRows / 2;
            int coreCol = netCol;
            for (int x : nextFree.values()) {
                coreCol = Math.max(coreCol, x + 1);
            }
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < plan.cores(); i++) {
                ids.add("core-" + (i + 1));
            }
            for (int k = 0; k * boxesPerRack < ids.size(); k++) {
                coreRacks.add(networkRack(String.format(Locale.ROOT, "Core rack %d", k + 1), row, free(row, coreCol),
                        ids.subList(k * boxesPerRack, Math.min(ids.size(), (k + 1) * boxesPerRack)), boxU));
            }
            cores.addAll(ids);
        }

        // rails: rail i holds, server by server, the NIC ports i, i + rails, ...
        int rails = plan.rails();
        List<List<PortRef>> railPorts = new ArrayList<>();
        for (int i = 0; i < rails; i++) {
            railPorts.add(new ArrayList<>());
        }
        for (List<PortRef> server : pod.nicPortsByServer()) {
            for (int j = 0; j < server.size(); j++) {
                railPorts.get(j % rails).add(server.get(j));
            }
        }
        MediaChooser chooser = new MediaChooser(catalog);
        double railLen = longestRail(design, perRow, leafRacksByUnit);
        MediaChooser.Media railMedia = chooser.choose("rails", so.protocol, so.nicPort, so.swPort, so.lanes, railLen, req.media());
        notes.addAll(railMedia.notes());
        String prefix = portPrefix(so.swPort.name());
        addPattern("rails", "Rails to leaves", new RailWiring(design.id(), railPorts, leaves, rpu, prefix, 1), railMedia);
        if (plan.tiers() >= 2) {
            double len = longest(plan.tiers() == 2 ? List.of(allOf(leafRacksByUnit)) : leafRacksByBlock(leafRacksByUnit),
                    plan.tiers() == 2 ? List.of(spineRacks) : spineRacksByBlock);
            MediaChooser.Media m = chooser.choose("leaf-spine", so.protocol, so.swPort, so.swPort, so.lanes, len, req.media());
            notes.addAll(m.notes());
            int groups = plan.tiers() == 2 ? 1 : plan.blocks();
            addPattern("leaf-spine", "Leaf to spine",
                    new MeshWiring(leaves, spines, groups, plan.leafSpineLinksPerPair(), prefix, plan.leafDownMax() + 1, prefix, 1), m);
        }
        if (plan.tiers() == 3) {
            double len = longest(List.of(spineRacks), List.of(coreRacks));
            MediaChooser.Media m = chooser.choose("spine-core", so.protocol, so.swPort, so.swPort, so.lanes, len, req.media());
            notes.addAll(m.notes());
            List<String> lower = new ArrayList<>();
            for (int j = 0; j < plan.spinesPerBlock(); j++) {
                for (int b = 0; b < plan.blocks(); b++) {
                    lower.add(spines.get(b * plan.spinesPerBlock() + j));
                }
            }
            addPattern("spine-core", "Spine to core", new MeshWiring(lower, cores, plan.corePlanes(), plan.spineCoreLinksPerPair(), prefix,
                    plan.leavesPerBlock() + 1, prefix, 1), m);
        }
    }

    private List<List<Rack>> leafRacksByBlock(List<List<Rack>> byUnit) {
        List<List<Rack>> out = new ArrayList<>();
        for (int b = 0; b < plan.blocks(); b++) {
            List<Rack> racks = new ArrayList<>();
            for (int u = b * plan.unitsPerBlock(); u < (b + 1) * plan.unitsPerBlock(); u++) {
                racks.addAll(byUnit.get(u));
            }
            out.add(racks);
        }
        return out;
    }

    private static List<Rack> allOf(List<List<Rack>> lists) {
        List<Rack> out = new ArrayList<>();
        lists.forEach(out::addAll);
        return out;
    }

    private static String portPrefix(String portName) {
        int dash = portName.lastIndexOf('-');
        return dash < 0 ? portName : portName.substring(0, dash + 1);
    }

    private void addPattern(String id, String name, org.podforge.model.Wiring wiring, MediaChooser.Media m) {
        LinkPattern lp = new LinkPattern(id, name, wiring, so.lanes, m.medium());
        lp.setCablePart(m.cablePart());
        lp.setTransceiverPart(m.transceiverPart());
        lp.setTransceiverPartB(m.transceiverPartB());
        project.fabric().addPattern(lp);
    }

    private int free(int row, int from) {
        int at = Math.max(from, nextFree.getOrDefault(row, from));
        nextFree.put(row, at + 1);
        return at;
    }

    private Rack networkRack(String name, int row, int position, List<String> switchIds, int boxU) {
        rackNo++;
        Rack rack = new Rack("netrack-" + rackNo, name, rackPart.partNumber(), row, position);
        rack.setPowerBudgetW(req.rackBudgetW());
        rack.setCooling(req.cooling());
        int u = 1;
        for (String id : switchIds) {
            Chassis box = new Chassis(id + "-box", id, so.box.partNumber(), u);
            String slot = ScaleUpPlan.slotsOfType(so.box, "NETWORK_SWITCH").get(0);
            box.addComponent(new Component(id, id, so.sw.partNumber(), slot));
            rack.addChassis(box);
            u += boxU;
        }
        project.fabric().addRack(rack);
        return rack;
    }

    /** The longest server-to-leaf run: every replica's racks to its unit's leaf racks, from the lowest server. */
    private double longestRail(Pod design, int perRow, List<List<Rack>> leafRacksByUnit) {
        double max = 0;
        ReplicaLayout layout = design.layout();
        for (int r = 0; r < req.pods(); r++) {
            for (Rack pr : design.racks()) {
                Chassis low = pr.chassis().get(0);
                Component probe = probe(pr.partNumber(), pr.row() + layout.rowOffset(r), pr.position() + layout.positionOffset(r), low);
                for (Rack lr : leafRacksByUnit.get(r / plan.replicasPerUnit())) {
                    max = Math.max(max, lengthTo(probe, lr));
                }
            }
        }
        return max;
    }

    /** The longest run between racks of group g of {@code lower} and of group g of {@code upper} (one group: all pairs). */
    private double longest(List<List<Rack>> lower, List<List<Rack>> upper) {
        double max = 0;
        for (int g = 0; g < lower.size(); g++) {
            for (Rack a : lower.get(g)) {
                Component pa = probe(a.partNumber(), a.row(), a.position(), a.chassis().get(0));
                for (Rack b : upper.get(upper.size() == 1 ? 0 : g)) {
                    max = Math.max(max, lengthTo(pa, b));
                }
            }
        }
        return max;
    }

    private double lengthTo(Component probe, Rack rack) {
        Chassis low = rack.chassis().get(0);
        Component other = probe(rack.partNumber(), rack.row(), rack.position(), low);
        double m = geometry.between(probe, other).metres();
        return Double.isNaN(m) ? 0 : m;
    }

    /** A detached copy of {@code chassis} in a detached rack at a hall place, to measure a run. */
    private static Component probe(String rackPart, int row, int position, Chassis chassis) {
        Rack r = new Rack("probe", "", rackPart, row, position);
        Chassis c = new Chassis("probe-c", "", chassis.partNumber(), chassis.uPosition());
        r.addChassis(c);
        Component x = new Component("probe-x", "", "probe", "probe");
        c.addComponent(x);
        return x;
    }
}
