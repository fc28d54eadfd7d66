package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.bom.DesignReport;
import org.podforge.bom.Standard;
import org.podforge.bom.Validator;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.export.netbox.NetBoxExporter;
import org.podforge.export.netbox.NetBoxFile;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.RailWiring;
import org.podforge.model.ReplicaLayout;

/**
 * The cross-pod cables of the fabric in the cable schedule, the NetBox set and the P2P workbook, on a small hall:
 * pod A (one server, deployed twice, replica 1 one rack position along), pod B (one server) and a leaf SN5600 in a
 * network rack of the same row. Pod A's NIC reaches the leaf by a rail pattern (two cables), pod B's by hand.
 */
class FabricExportsTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @TempDir
    Path dir;

    static Project twoPodsAndALeaf() {
        Project p = new Project("two pods and a leaf");
        for (String x : new String[] {"a", "b"}) {
            Pod pod = new Pod("pod-" + x, "Pod " + x.toUpperCase(), x.equals("a") ? 2 : 1);
            if (x.equals("a")) {
                pod.setLayout(new ReplicaLayout(2, 0, 1));
            }
            Rack r = new Rack("rack-" + x, "Rack " + x.toUpperCase(), "RACK-EIA-42U", 0, x.equals("a") ? 0 : 3);
            Chassis s = new Chassis("srv-" + x, "", "GENERIC-HGX-8GPU-10U", 1);
            s.addComponent(new Component("nic-" + x, "", "NVIDIA-CONNECTX-7", "pcie-1"));
            r.addChassis(s);
            pod.addRack(r);
            p.addPod(pod);
        }
        Rack net = new Rack("net-1", "Net 1", "RACK-EIA-42U", 0, 5);
        Chassis box = new Chassis("leafbox-1", "", "NVIDIA-SN5600-BOX", 1);
        box.addComponent(new Component("leaf-1", "", "NVIDIA-SN5600", "asic"));
        net.addChassis(box);
        p.fabric().addRack(net);
        LinkPattern rails = new LinkPattern("rails-a", "Rails of pod A", new RailWiring("pod-a", List.of(List.of(new PortRef("nic-a", "net"))),
                List.of("leaf-1"), 2, "port-", 1), 4, Medium.FIBER_MM);
        rails.setCablePart("GENERIC-MMF-MPO-OM4");
        p.fabric().addPattern(rails);
        p.fabric().addLink(new Link("hand-b", new PortRef("nic-b", "net", 0), new PortRef("leaf-1", "port-10"), 4, Medium.FIBER_MM));
        return p;
    }

    static DesignReport report(Project p) {
        return DesignReport.of(p, CATALOG, CatalogLoader.builtInPrices(), Standard.linkFacts(p, CATALOG), Validator.unavailable("test"));
    }

    @Test
    void theCableScheduleListsTheFabricCablesWithTheirReplicaAndHallLengths() throws Exception {
        DesignReport rep = report(twoPodsAndALeaf());
        assertEquals(3, rep.cables().cableCount(), "2 rail cables of pod A's replicas and 1 hand-made cable of pod B");
        StringWriter w = new StringWriter();
        CsvExporter.writeCables(rep.cables(), w);
        List<List<String>> rows = CsvExporterTest.parse(w.toString());
        assertEquals(CsvExporter.CABLE_COLUMNS, rows.get(0));
        Map<String, List<String>> byLabel = new HashMap<>();
        rows.subList(1, rows.size()).forEach(r -> byLabel.put(r.get(0), r));
        assertEquals(Set.of("hand-b", "rails-a#1", "rails-a#2"), byLabel.keySet());
        List<String> r1 = byLabel.get("rails-a#1");
        List<String> r2 = byLabel.get("rails-a#2");
        assertEquals(List.of("Rack A.1", "1", "srv-a", "nic-a", "net", "Net 1", "1", "leafbox-1", "leaf-1", "port-1"), r1.subList(1, 11));
        assertEquals(List.of("Rack A.2", "1", "srv-a", "nic-a", "net", "Net 1", "1", "leafbox-1", "leaf-1", "port-2"), r2.subList(1, 11));
        assertEquals("Rack B", byLabel.get("hand-b").get(1), "a pod deployed once has no copy suffix");
        assertEquals("GENERIC-MMF-MPO-OM4", r1.get(11));
        // replica 1 stands one rack position nearer the network rack: its cable is one pitch (0.6 m) + 10 % slack shorter
        double l1 = Double.parseDouble(r1.get(13));
        double l2 = Double.parseDouble(r2.get(13));
        assertEquals(0.66, l1 - l2, 1e-6, r1 + " / " + r2);
        assertTrue(Double.parseDouble(byLabel.get("hand-b").get(13)) < l2, "pod B stands two positions from the leaf rack");
    }

    @Test
    void netBoxGetsTheNetworkRackTheSwitchAndOneCableRowPerFabricCable() throws Exception {
        DesignReport rep = report(twoPodsAndALeaf());
        NetBoxExporter.exportAll(rep, CATALOG, dir);
        Map<String, List<Map<String, String>>> f = new HashMap<>();
        for (NetBoxFile file : NetBoxExporter.FILES) {
            List<List<String>> rows = CsvExporterTest.parse(Files.readString(dir.resolve(file.fileName()), StandardCharsets.UTF_8));
            List<Map<String, String>> recs = new ArrayList<>();
            for (List<String> r : rows.subList(1, rows.size())) {
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < r.size(); i++) {
                    m.put(file.columns().get(i), r.get(i));
                }
                recs.add(m);
            }
            f.put(file.fileName(), recs);
        }
        Set<String> racks = new HashSet<>();
        f.get("04-racks.csv").forEach(r -> racks.add(r.get("name")));
        assertEquals(Set.of("Rack A.1", "Rack A.2", "Rack B", "Net 1"), racks);
        Map<String, String> roleOf = new HashMap<>();
        f.get("06-devices.csv").forEach(d -> roleOf.put(d.get("name"), d.get("role")));
        String site = "two-pods-and-a-leaf/";
        assertEquals(Set.of(site + "srv-a.1", site + "srv-a.2", site + "srv-b", site + "leafbox-1"), roleOf.keySet());
        assertEquals("Network switch", roleOf.get(site + "leafbox-1"));
        Set<String> interfaces = new HashSet<>();
        f.get("07-interfaces.csv").forEach(i -> interfaces.add(i.get("device") + "|" + i.get("name")));
        List<Map<String, String>> cables = f.get("08-cables.csv");
        assertEquals(3, cables.size());
        for (Map<String, String> c : cables) {
            assertTrue(interfaces.contains(c.get("side_a_device") + "|" + c.get("side_a_name")), c.toString());
            assertTrue(interfaces.contains(c.get("side_b_device") + "|" + c.get("side_b_name")), c.toString());
        }
        Map<String, String> second = cables.stream().filter(c -> c.get("label").equals("rails-a#2")).findFirst().orElseThrow();
        assertEquals(site + "srv-a.2", second.get("side_a_device"));
        assertEquals(site + "leafbox-1", second.get("side_b_device"));
        assertEquals("leaf-1:port-2", second.get("side_b_name"));
    }

    @Test
    void theP2pWorkbookChecksTheFabricCables() throws Exception {
        DesignReport rep = report(twoPodsAndALeaf());
        P2pWorkbook.Result res = P2pWorkbook.write(rep, CATALOG, dir.resolve("p2p.xlsx"));
        assertEquals(Map.of(P2pWorkbook.ETHERNET, 3), res.rowsBySheet(), "ConnectX-7 to a Spectrum-4 leaf: Ethernet");
        assertEquals(0, res.leftOut());
        List<P2pWorkbook.P2pRow> rows = new ArrayList<>();
        P2pWorkbook.rows(rep, CATALOG, rows);
        assertTrue(rows.stream().anyMatch(r -> r.cells().equals(List.of("Rack A.2", "1", "srv-a.2", "1", "Net 1", "1", "leafbox-1", "2"))),
                rows.toString());
    }
}
