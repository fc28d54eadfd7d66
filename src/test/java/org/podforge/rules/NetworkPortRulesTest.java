package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Rack;

/** Network links: what port.speed, lanes.capacity and link.protocol say about speeds, lanes and unknown parts. */
class NetworkPortRulesTest {

    private static List<Finding> of(Designs d, String ruleId) {
        return RuleEngine.validate(d.project, RuleEngineTest.CATALOG, RuleEngineTest.PRICES).stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** A server with two ConnectX-7 and an SN5600 leaf in the same rack. */
    private static Designs leaf() {
        Designs d = new Designs("leaf");
        Rack r = d.rack("rack-1", "RACK-EIA-42U", 0, 0);
        Chassis box = d.chassis(r, "leafbox-1", "NVIDIA-SN5600-BOX", 40);
        d.comp(box, "leaf-1", "NVIDIA-SN5600", "asic");
        Chassis s = d.chassis(r, "srv-1", "GENERIC-HGX-8GPU-10U", 30);
        d.comp(s, "cpu-1", "AMD-EPYC-9005", "cpu-1");
        for (int i = 1; i <= 2; i++) {
            d.comp(s, "nic-" + i, "NVIDIA-CONNECTX-7", "pcie-" + i);
            d.link("cpu-1/pcie-b-" + i, "nic-" + i + "/host", 16, Medium.PCB);
        }
        return d;
    }

    @Test
    void aFourHundredGigEthernetLinkWrittenAsX4IsNotPcieLanes() {
        Designs d = leaf();
        for (int i = 1; i <= 2; i++) {
            d.link("leaf-1/port-1", "nic-" + i + "/net", 4, Medium.COPPER_EXTERNAL).setCablePart("NVIDIA-MCP7Y00-N002");
        }
        assertEquals(List.of(), of(d, "lanes.capacity"));
        assertEquals(List.of(), of(d, "port.speed"), "one 800G-to-2x400G splitter feeding two ConnectX-7 is correct");
        var bom = org.podforge.bom.Bom.of(d.project, RuleEngineTest.CATALOG, RuleEngineTest.PRICES);
        assertEquals(1, bom.lines().stream().filter(x -> x.partNumber().equals("NVIDIA-MCP7Y00-N002")).mapToLong(x -> x.qtyPerPod()).sum(),
                "one splitter cable serves both links");
    }

    @Test
    void aTwinPortModuleFeedsTwoNicsButNeverSitsInOne() {
        Designs d = leaf();
        for (int i = 1; i <= 2; i++) {
            Link l = d.link("leaf-1/port-1", "nic-" + i + "/net", 4, Medium.FIBER_MM);
            l.setCablePart("GENERIC-MMF-MPO-OM4");
            l.setTransceiverPart("NVIDIA-MMA4Z00-NS");
            l.setTransceiverPartB("NVIDIA-MMA4Z00-NS400");
        }
        assertEquals(List.of(), of(d, "port.speed"), "one twin-port module feeding two 400G NICs is correct");
        var bom = org.podforge.bom.Bom.of(d.project, RuleEngineTest.CATALOG, RuleEngineTest.PRICES);
        assertEquals(1, bom.lines().stream().filter(x -> x.partNumber().equals("NVIDIA-MMA4Z00-NS")).mapToLong(x -> x.qtyPerPod()).sum(),
                "one twin-port module at the switch serves both links");
        assertEquals(2, bom.lines().stream().filter(x -> x.partNumber().equals("NVIDIA-MMA4Z00-NS400")).mapToLong(x -> x.qtyPerPod()).sum());

        d.project.link("link-4").orElseThrow().setTransceiverPartB(null); // the twin-port module at both ends
        List<Finding> f = of(d, "port.speed");
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("nic-2/net") && f.get(0).message().contains("runs 800G and the port 400G"), f.get(0).message());
        assertEquals(List.of("Use NVIDIA-MMA4Z00-NS400 at nic-2/net"), f.get(0).fixes().stream().map(Fix::label).toList(),
                "the fix is the 400G flat-top module, never an 800G twin-port one");
    }

    @Test
    void aCableCutTooShortIsReplacedByTheStockLengthThatFits() {
        Designs d = leaf();
        Link l = d.link("leaf-1/port-1", "nic-1/net", 4, Medium.COPPER_EXTERNAL);
        l.setCablePart("NVIDIA-MCP7Y00-N001");
        l.setLengthOverrideM(1.8);
        List<Finding> f = of(d, "port.speed");
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("is 1.00 m long and the run is 1.80 m"), f.get(0).message());
        assertEquals(List.of("Use NVIDIA-MCP7Y00-N002 (2.00 m)"), f.get(0).fixes().stream().map(Fix::label).toList(),
                "the 2 m splitter, not the 3 m one");
    }

    @Test
    void anUnknownPartIsReportedOnceNotOncePerLink() {
        Designs d = leaf();
        Rack r = d.project.rack("rack-1").orElseThrow();
        Chassis tray = d.chassis(r, "tray-1", "GENERIC-SCALEUP-SWITCH-TRAY-1U", 20);
        tray.addComponent(new Component("sw-1", "", "ACME-NVSWITCH", "switch-1"));
        for (int i = 1; i <= 2; i++) {
            d.link("nic-" + i + "/net", "sw-1/p" + i, 4, Medium.COPPER_EXTERNAL);
        }
        List<Finding> f = of(d, "link.protocol");
        assertEquals(1, f.size(), f.toString());
        assertEquals("Part ACME-NVSWITCH is not in the catalog, so 2 links of sw-1 cannot be checked (not characterized); "
                + "add the part to a catalog or replace it.", f.get(0).message());
    }
}
