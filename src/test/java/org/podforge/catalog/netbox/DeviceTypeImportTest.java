package org.podforge.catalog.netbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.CatalogException;
import org.podforge.model.Cage;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.Protocol;

/**
 * NetBox device-type YAML (the device-type library's documented fields: schema/devicetype.json and
 * schema/components.json of netbox-community/devicetype-library) into catalog parts.
 */
class DeviceTypeImportTest {
    static final Path DIR = Path.of("src/test/resources/netbox");

    static String notes(DeviceTypeImport.Result r) {
        return String.join("\n", r.notes());
    }

    @Test
    void aSwitchBecomesABoxAndASwitchWithOnePortPerDataInterface() {
        DeviceTypeImport.Result r = DeviceTypeImport.read(DIR.resolve("example-ex-6400.yaml"));
        assertEquals("netbox-example-networks-ex-6400.json", r.fileName());
        assertEquals(2, r.parts().size());
        Part box = r.parts().get(0);
        Part sw = r.parts().get(1);
        assertEquals("EXN-6400-O-BOX", box.partNumber());
        assertEquals(Family.CHASSIS, box.family());
        assertEquals(2, box.heightU().orElseThrow());
        assertEquals(List.of("asic-1"), box.slotNames().size() == 1 ? List.of("asic-1") : box.slotNames());
        assertEquals("EXN-6400-O", sw.partNumber());
        assertEquals(Family.NETWORK_SWITCH, sw.family());
        assertEquals("Example Networks", sw.vendor());
        assertEquals(66, sw.ports().size(), "64 x 800G + 2 x 10G; the management port is not a fabric port");
        Port p1 = sw.port("Ethernet1_1").orElseThrow();
        assertEquals(800.0, p1.spec().speedGbps());
        assertEquals(8, p1.spec().lanes());
        assertEquals(100.0, p1.spec().laneRateGbps());
        assertEquals(Cage.OSFP, p1.spec().cage());
        assertTrue(p1.spec().speaks(Protocol.ETHERNET));
        assertTrue(p1.spec().isNetwork());
        Port p65 = sw.port("Ethernet65").orElseThrow();
        assertEquals(10.0, p65.spec().speedGbps());
        assertEquals(null, p65.spec().cage(), "PodForge models no SFP+ cage");
        // labelled as imported, with its source
        for (Part p : r.parts()) {
            assertTrue(p.attributes().get("importedFrom").contains("NetBox device type Example Networks EX-6400 (example-ex-6400.yaml)"),
                    p.attributes().toString());
            assertTrue(p.description().startsWith("Imported from") || p.description().contains("imported from"), p.description());
            assertFalse(p.sources().isEmpty());
            assertTrue(p.sources().stream().allMatch(s -> s.url().contains("devicetype-library")));
        }
        assertTrue(sw.sourcesFor("ports").size() == 1 && !sw.isEstimate("ports"), "800G OSFP and 10G SFP+ lanes follow from the type");
        assertEquals("front-to-rear", box.attributes().get("airflow"));
        assertEquals("17.5 kg", box.attributes().get("weight"));
        assertTrue(box.attributes().get("netboxPowerPorts").contains("PSU1 max 2200 W"), box.attributes().toString());
        assertTrue(sw.powerW().isEmpty(), "per-PSU maximum_draw is not the switch's power");
        String n = notes(r);
        assertTrue(n.contains("imported 64 interfaces: 800gbase-x-osfp -> 800G Ethernet, 8 x 100G, cage OSFP"), n);
        assertTrue(n.contains("imported 2 interfaces: 10gbase-x-sfpp -> 10G Ethernet, 1 x 10G, no cage (PodForge does not model SFP+)"), n);
        assertTrue(n.contains("not imported: 1 interface of management-only (mgmt_only: true; PodForge models the data fabrics): mgmt0"), n);
        assertTrue(n.contains("renamed 64 ports"), n);
        assertTrue(n.contains("power not imported"), n);
        assertTrue(n.contains("1 console-ports"), n);
    }

    @Test
    void unmappedTypesAreReportedAndInfinibandHasNoCage() {
        DeviceTypeImport.Result r = DeviceTypeImport.read(DIR.resolve("ib-ndr-switch.yaml"));
        Part sw = r.parts().get(1);
        assertEquals("EXAMPLE-NETWORKS-IB-32N", sw.partNumber(), "no part_number: the slug, upper case");
        assertEquals(2, sw.ports().size());
        Port ib = sw.port("ib1").orElseThrow();
        assertTrue(ib.spec().speaks(Protocol.INFINIBAND));
        assertEquals(400.0, ib.spec().speedGbps());
        assertEquals(4, ib.spec().lanes());
        assertEquals(null, ib.spec().cage());
        assertTrue(sw.attributes().containsKey("cageUnknown"), sw.attributes().toString());
        String n = notes(r);
        assertTrue(n.contains("not imported: 1 interface of type 100base-tx (not a fabric port type PodForge maps): eth-legacy"), n);
        assertTrue(n.contains("not imported: 1 interface of type lag (not a fabric port type PodForge maps): bundle"), n);
    }

    @Test
    void aDeviceWithoutFabricPortsIsRackSpaceRoundedUpToWholeUnits() {
        DeviceTypeImport.Result r = DeviceTypeImport.read(DIR.resolve("pdu.yaml"));
        assertEquals(1, r.parts().size());
        Part pdu = r.parts().get(0);
        assertEquals(Family.CHASSIS, pdu.family());
        assertEquals("EXAMPLE-PDU-HALF", pdu.partNumber());
        assertEquals(1, pdu.heightU().orElseThrow());
        assertTrue(pdu.isEstimate("heightU"));
        assertTrue(notes(r).contains("u_height 0.5 rounded up to 1 U"), notes(r));
        assertTrue(notes(r).contains("no interfaces"), notes(r));
    }

    @Test
    void badYamlNamesFileAndLine() {
        CatalogException e = assertThrows(CatalogException.class, () -> DeviceTypeImport.read(DIR.resolve("bad-indent.yaml")));
        assertTrue(e.getMessage().contains("bad-indent.yaml, line 8: not valid YAML"), e.getMessage());
        assertTrue(e.getMessage().contains("indentation"), e.getMessage());
    }

    @Test
    void anInterfaceWithoutTypeNamesItsLineAndWhatToWrite() {
        CatalogException e = assertThrows(CatalogException.class, () -> DeviceTypeImport.read(DIR.resolve("missing-type.yaml")));
        assertTrue(e.getMessage().contains("missing-type.yaml, line 8: interface 'e2' has no type"), e.getMessage());
        assertTrue(e.getMessage().contains("type: 800gbase-x-osfp"), e.getMessage());
    }

    @Test
    void requiredFieldsAndShapesAreChecked() {
        assertTrue(message("model: X\nslug: x\nu_height: 1\n").contains("manufacturer is missing"));
        assertTrue(message("manufacturer: M\nmodel: X\nslug: X Y\nu_height: 1\n").contains("line 3: slug 'X Y'"));
        assertTrue(message("manufacturer: M\nmodel: X\nslug: x\nu_height: tall\n").contains("line 4: u_height 'tall' is not a number"));
        assertTrue(message("manufacturer: M\nmodel: X\nslug: x\nu_height: 0\n").contains("takes no rack space"));
        assertTrue(message("- just\n- a list\n").contains("expected a YAML mapping"));
        assertTrue(message("").contains("the file is empty"));
        assertTrue(message("manufacturer: M\nmanufacturer: N\nmodel: X\nslug: x\nu_height: 1\n").contains("line 2"),
                message("manufacturer: M\nmanufacturer: N\nmodel: X\nslug: x\nu_height: 1\n"));
        String dup = message("manufacturer: M\nmodel: X\nslug: x\nu_height: 1\ninterfaces:\n  - {name: a/1, type: 800gbase-x-osfp}\n"
                + "  - {name: a_1, type: 800gbase-x-osfp}\n");
        assertTrue(dup.contains("line 7: two interfaces are named 'a_1'"), dup);
    }

    @Test
    void unknownTopLevelFieldsAreNamed() {
        DeviceTypeImport.Result r = DeviceTypeImport.read("t.yaml", "manufacturer: M\nmodel: X\nslug: x\nu_height: 1\ncolour: red\n");
        assertTrue(notes(r).contains("ignored field colour: not in the device-type library schema"), notes(r));
    }

    @Test
    void everyMappedTypeGivesAConsistentPort() {
        InterfaceTypes.all().forEach((type, m) -> {
            assertEquals(m.speedGbps(), m.lanes() * m.laneRateGbps(), 1e-9, type);
            assertTrue(type.contains(m.protocol() == Protocol.INFINIBAND ? "infiniband" : "base-x"), type);
        });
        assertTrue(InterfaceTypes.of("400GBASE-X-OSFP").isPresent(), "case-insensitive");
        assertTrue(InterfaceTypes.of("1000base-t").isEmpty());
    }

    private static String message(String yaml) {
        return assertThrows(CatalogException.class, () -> DeviceTypeImport.read("t.yaml", yaml)).getMessage();
    }
}
