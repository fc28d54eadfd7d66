package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.podforge.model.Chassis;
import org.podforge.model.PortRef;
import org.podforge.model.Rack;

/** The predicates the canvas uses for drop and connect feedback. */
class CompatibilityTest {
    final Designs d = Designs.server(1);

    Verdict connect(String a, String b) {
        return Compatibility.canConnect(d.project, RuleEngineTest.CATALOG, PortRef.parse(a), PortRef.parse(b));
    }

    @Test
    void connect() {
        Chassis s = d.project.chassis("srv-1").orElseThrow();
        d.comp(s, "nic-1", "NVIDIA-CONNECTX-7", "pcie-1");
        d.comp(s, "ssd-1", "MICRON-9550-E3S", "e3s-1");
        d.comp(s, "leo-1", "ASTERA-LEO-CXL2", "board-9");
        assertTrue(connect("cpu-1/pcie-a-1", "leo-1/host").ok());
        assertTrue(connect("pswitch-1/port-5", "nic-1/host").ok());
        assertTrue(connect("retimer-1/down", "ssd-1/host").ok());
        Verdict proto = connect("cpu-1/pcie-b-3", "nic-1/net");
        assertFalse(proto.ok());
        assertEquals("cpu-1/pcie-b-3 speaks PCIe and nic-1/net speaks Ethernet, InfiniBand: no protocol in common", proto.reason());
        assertTrue(connect("nic-1/host", "ssd-1/host").reason().contains("both device (endpoint) ports"));
        assertTrue(connect("gpu-1/nvlink-1", "cpu-1/pcie-b-3").reason().contains("no protocol in common"));
        assertTrue(connect("cpu-1/pcie-z", "nic-1/host").reason().startsWith("AMD-EPYC-9005 has no port 'pcie-z'"));
        assertTrue(connect("nic-1/host", "nic-1/net").reason().contains("a link joins two components"));
        assertTrue(connect("cpu-1/pcie-b-1", "ghost-1/host").reason().contains("ghost-1 does not exist"));
    }

    @Test
    void placeComponentsAndChassis() {
        Chassis s = d.project.chassis("srv-1").orElseThrow();
        assertTrue(Compatibility.canPlace(RuleEngineTest.CATALOG, "NVIDIA-CONNECTX-7", s, "pcie-3").ok());
        assertEquals("NVIDIA-CONNECTX-7 needs a PCIE_X16 slot; gpu-2 is GPU_MODULE",
                Compatibility.canPlace(RuleEngineTest.CATALOG, "NVIDIA-CONNECTX-7", s, "gpu-2").reason());
        assertTrue(Compatibility.canPlace(RuleEngineTest.CATALOG, "NVIDIA-B300", s, "gpu-1").reason().contains("taken by gpu-1"));
        assertFalse(Compatibility.canPlace(RuleEngineTest.CATALOG, "RACK-EIA-42U", s, "board-5").ok());
        assertEquals(Optional.of("gpu-2"), Compatibility.freeSlot(RuleEngineTest.CATALOG, "NVIDIA-B300", s));
        Rack r = d.project.rack("rack-1").orElseThrow();
        assertTrue(Compatibility.canPlaceChassis(RuleEngineTest.CATALOG, "GENERIC-HGX-8GPU-10U", r, 11, null).ok());
        assertTrue(Compatibility.canPlaceChassis(RuleEngineTest.CATALOG, "GENERIC-HGX-8GPU-10U", r, 5, null).reason().contains("overlaps"));
        assertTrue(Compatibility.canPlaceChassis(RuleEngineTest.CATALOG, "GENERIC-HGX-8GPU-10U", r, 5, "srv-1").ok(), "moving srv-1 itself");
        assertTrue(Compatibility.canPlaceChassis(RuleEngineTest.CATALOG, "GENERIC-HGX-8GPU-10U", r, 40, null).reason().contains("beyond the 48U"));
    }

    private static org.podforge.model.Port port(String part, String name) {
        return RuleEngineTest.CATALOG.require(part).port(name).orElseThrow();
    }

    @Test
    void modulesRunAtTheirPortsLaneRateAndCablesAtTheLinks() {
        var q3400 = port("NVIDIA-Q3400-RA", "port-1"); // 8 x 200G
        var cx8 = port("NVIDIA-CONNECTX-8", "net"); // 4 x 200G
        var sn5600 = port("NVIDIA-SN5600", "port-1"); // 8 x 100G
        var ndr = RuleEngineTest.CATALOG.require("NVIDIA-MMS4X00-NS"); // 800G twin-port, 8 x 100G
        var xdr = RuleEngineTest.CATALOG.require("GENERIC-1.6T-OSFP-2xDR4"); // 1.6T twin-port, 8 x 200G
        // an NDR twin-port module in an XDR cage on one 800G leg: cage, speed and lane count pass, the lane rate does not
        Verdict v = Compatibility.canPlug(ndr, q3400, 4);
        assertFalse(v.ok());
        assertTrue(v.reason().endsWith("its lanes run 100G and the port's 200G"), v.reason());
        assertTrue(Compatibility.canPlug(xdr, q3400, 4).ok());
        assertTrue(Compatibility.canPlug(ndr, sn5600, 4).ok());
        // a 400G DR4 (4 x 100G) in a ConnectX-8 (4 x 200G)
        assertTrue(Compatibility.canPlug(RuleEngineTest.CATALOG.require("NVIDIA-MMS4X00-NS400"), cx8, 4).reason().contains("its lanes run 100G"));
        // a 100G-per-lane DAC on a 200G-per-lane link; on a 100G one it fits
        var dac = RuleEngineTest.CATALOG.require("GENERIC-800G-DAC-1M");
        assertTrue(Compatibility.canCable(dac, q3400, q3400, 8).reason().contains("its lanes run 100G and the link's 200G"));
        assertTrue(Compatibility.canCable(dac, sn5600, sn5600, 8).ok());
    }
}
