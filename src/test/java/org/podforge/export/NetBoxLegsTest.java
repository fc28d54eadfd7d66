package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.bom.CableEnd;
import org.podforge.bom.CableSchedule;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.CatalogLoader;
import org.podforge.export.netbox.NetBoxExporter;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;

/**
 * The NetBox set streams, keeping a port's legs once per pod design and per fabric port and replica. Here a port
 * carries a pod cable in every replica and a pattern cable in each (a split port in both), another a pod cable in
 * both replicas but a hand-made fabric cable in replica 1 only (split there, not in replica 2), and a leaf port two
 * fabric cables. The interface and cable rows must be those of the straightforward plan: every cable of the
 * schedule in order, each port's cables listed per device as met (the reference below).
 */
class NetBoxLegsTest {
    @TempDir
    Path dir;

    static Project mixed() {
        Project p = FabricExportsTest.twoPodsAndALeaf();
        Pod a = p.pods().get(0);
        a.racks().get(0).chassis().get(0).addComponent(new Component("nic-a2", "", "NVIDIA-CONNECTX-7", "pcie-2"));
        a.addLink(new Link("nic-to-nic", new PortRef("nic-a", "net"), new PortRef("nic-a2", "net"), 4, Medium.FIBER_MM));
        p.fabric().addLink(new Link("hand-a2", new PortRef("nic-a2", "net", 0), new PortRef("leaf-1", "port-10"), 4, Medium.FIBER_MM));
        return p;
    }

    @Test
    void legsPerCopyAreThoseOfTheWholeList() throws Exception {
        DesignReport rep = FabricExportsTest.report(mixed());
        NetBoxExporter.exportAll(rep, CatalogLoader.builtIn(), dir);
        List<String> interfaces = new ArrayList<>();
        for (List<String> r : rows("07-interfaces.csv")) {
            interfaces.add(r.get(0) + "|" + r.get(1) + "|" + r.get(2));
        }
        List<String> cables = new ArrayList<>();
        for (List<String> r : rows("08-cables.csv")) {
            cables.add(r.get(1) + "|" + r.get(3) + "|" + r.get(5) + "|" + r.get(7));
        }
        Reference ref = new Reference(rep.cables(), "two-pods-and-a-leaf/");
        assertEquals(ref.interfaces, interfaces);
        assertEquals(ref.cables, cables);
        String site = "two-pods-and-a-leaf/";
        assertTrue(interfaces.contains(site + "srv-a.1|nic-a2:net/2|nic-a2:net"), "replica 1's port has a fabric cable too: " + interfaces);
        assertTrue(interfaces.contains(site + "srv-a.2|nic-a2:net|"), "replica 2's is one cable: " + interfaces);
        assertTrue(interfaces.contains(site + "leafbox-1|leaf-1:port-10/2|leaf-1:port-10"), interfaces.toString());
    }

    private List<List<String>> rows(String file) throws Exception {
        List<List<String>> rows = CsvExporterTest.parse(Files.readString(dir.resolve(file), StandardCharsets.UTF_8));
        return rows.subList(1, rows.size());
    }

    /** The plan as it was computed before it streamed: every cable kept, every port's cables listed per device. */
    private static final class Reference {
        final List<String> interfaces = new ArrayList<>();
        final List<String> cables = new ArrayList<>();

        Reference(CableSchedule schedule, String site) {
            Map<String, List<Integer>> ports = new LinkedHashMap<>();
            List<String[]> ends = new ArrayList<>();
            schedule.forEachCable(c -> {
                int i = ends.size();
                String[] e = new String[4];
                int k = 0;
                for (CableEnd end : List.of(c.run().a(), c.run().z())) {
                    String device = site + c.deviceName(end);
                    String base = end.componentId() + ":" + end.port();
                    ports.computeIfAbsent(device + "|" + base, x -> new ArrayList<>()).add(i);
                    e[k++] = device;
                    e[k++] = base;
                }
                ends.add(e);
            });
            for (Map.Entry<String, List<Integer>> p : ports.entrySet()) {
                interfaces.add(p.getKey() + "|");
                if (p.getValue().size() > 1) {
                    String base = p.getKey().substring(p.getKey().indexOf('|') + 1);
                    for (int n = 1; n <= p.getValue().size(); n++) {
                        interfaces.add(p.getKey() + "/" + n + "|" + base);
                    }
                }
            }
            for (int i = 0; i < ends.size(); i++) {
                String[] e = ends.get(i);
                cables.add(e[0] + "|" + name(ports.get(e[0] + "|" + e[1]), e[1], i) + "|" + e[2] + "|"
                        + name(ports.get(e[2] + "|" + e[3]), e[3], i));
            }
        }

        private static String name(List<Integer> cables, String base, int cable) {
            return cables.size() == 1 ? base : base + "/" + (cables.indexOf(cable) + 1);
        }
    }
}
