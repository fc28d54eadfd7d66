package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.DesignReport;
import org.podforge.bom.LinkFacts;
import org.podforge.bom.Standard;
import org.podforge.bom.Validator;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.export.netbox.NetBoxExporter;
import org.podforge.export.netbox.NetBoxFile;
import org.podforge.io.ProjectReader;
import org.podforge.model.Project;

/**
 * The NetBox import set against NetBox's own import forms: every header is a field of the form it feeds
 * and every required field is there; lengths have NetBox's two decimals; every name a row refers to is
 * defined by an earlier file (so the files import in order); no interface ends two cables.
 */
class NetBoxExportTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    /**
     * Fields of NetBox's CSV import forms ({@code Meta.fields} in netbox/dcim/forms/bulk_import.py,
     * netbox-community/netbox, 4.4+ for the cable's site columns), and which of them are required (the
     * form field or model field is not blank=True/required=False). Written out here so that a header
     * typo fails.
     */
    private static final Map<String, List<String>> FORM_FIELDS = Map.of(
            "01-sites.csv", List.of("name", "slug", "status", "region", "group", "tenant", "facility", "time_zone",
                    "description", "physical_address", "shipping_address", "latitude", "longitude", "comments", "tags"),
            "02-manufacturers.csv", List.of("name", "slug", "description", "tags"),
            "03-device-roles.csv", List.of("name", "slug", "color", "vm_role", "config_template", "description", "tags"),
            "04-racks.csv", List.of("site", "location", "name", "facility_id", "tenant", "status", "role", "form_factor",
                    "serial", "asset_tag", "width", "u_height", "desc_units", "outer_width", "outer_depth", "outer_unit",
                    "mounting_depth", "airflow", "weight", "max_weight", "weight_unit", "description", "comments", "tags"),
            "05-device-types.csv", List.of("manufacturer", "default_platform", "model", "slug", "part_number", "u_height",
                    "exclude_from_utilization", "is_full_depth", "subdevice_role", "airflow", "description", "weight",
                    "weight_unit", "comments", "tags"),
            "06-devices.csv", List.of("name", "role", "tenant", "manufacturer", "device_type", "platform", "serial",
                    "asset_tag", "status", "site", "location", "rack", "position", "face", "latitude", "longitude", "parent",
                    "device_bay", "airflow", "virtual_chassis", "vc_position", "vc_priority", "cluster", "description",
                    "config_template", "comments", "tags"),
            "07-interfaces.csv", List.of("device", "name", "label", "parent", "bridge", "lag", "type", "speed", "duplex",
                    "enabled", "mark_connected", "wwn", "vdcs", "mtu", "mgmt_only", "description", "poe_mode", "poe_type",
                    "mode", "vrf", "rf_role", "rf_channel", "rf_channel_frequency", "rf_channel_width", "tx_power", "tags"),
            "08-cables.csv", List.of("side_a_site", "side_a_device", "side_a_power_panel", "side_a_type", "side_a_name",
                    "side_b_site", "side_b_device", "side_b_power_panel", "side_b_type", "side_b_name", "type", "status",
                    "profile", "tenant", "label", "color", "length", "length_unit", "description", "owner", "comments",
                    "tags"));

    private static final Map<String, List<String>> REQUIRED = Map.of(
            "01-sites.csv", List.of("name", "slug", "status"),
            "02-manufacturers.csv", List.of("name", "slug"),
            "03-device-roles.csv", List.of("name", "slug"),
            "04-racks.csv", List.of("site", "name", "status", "width"),
            "05-device-types.csv", List.of("manufacturer", "model", "slug"),
            "06-devices.csv", List.of("role", "manufacturer", "device_type", "status", "site"),
            "07-interfaces.csv", List.of("device", "name", "type"),
            "08-cables.csv", List.of("side_a_device", "side_a_type", "side_a_name", "side_b_device", "side_b_type",
                    "side_b_name"));

    /** NetBox's Cable.length: DecimalField(max_digits=8, decimal_places=2). */
    private static final Pattern NETBOX_LENGTH = Pattern.compile("\\d{1,6}(\\.\\d{1,2})?");
    private static final Pattern SLUG = Pattern.compile("[-a-z0-9_]+");

    @TempDir
    Path dir;

    private Map<String, List<Map<String, String>>> export(DesignReport rep) throws IOException {
        NetBoxExporter.Result res = NetBoxExporter.exportAll(rep, CATALOG, dir);
        assertEquals(8, res.files().size());
        Map<String, List<Map<String, String>>> files = new HashMap<>();
        for (NetBoxFile f : NetBoxExporter.FILES) {
            List<List<String>> rows = CsvExporterTest.parse(Files.readString(dir.resolve(f.fileName()), StandardCharsets.UTF_8));
            assertEquals(f.columns(), rows.get(0), f.fileName());
            List<Map<String, String>> recs = new ArrayList<>();
            for (List<String> r : rows.subList(1, rows.size())) {
                assertEquals(f.columns().size(), r.size(), f.fileName());
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < r.size(); i++) {
                    m.put(f.columns().get(i), r.get(i));
                }
                recs.add(m);
            }
            files.put(f.fileName(), recs);
        }
        return files;
    }

    private static DesignReport fixture() {
        Project p = BomFixtures.sample();
        return DesignReport.of(p, CATALOG, CatalogLoader.builtInPrices(), LinkFacts.nominal(p, CATALOG),
                Validator.unavailable("test"));
    }

    private static DesignReport sample() throws Exception {
        Project p = new ProjectReader(CATALOG).read(SampleCostTest.SAMPLE).project();
        return DesignReport.of(p, CATALOG, CatalogLoader.builtInPrices(), Standard.linkFacts(p, CATALOG),
                Validator.unavailable("test"));
    }

    @Test
    void everyHeaderIsAFieldOfItsNetBoxImportFormAndRequiredFieldsAreThere() {
        assertEquals(List.of("01-sites.csv", "02-manufacturers.csv", "03-device-roles.csv", "04-racks.csv",
                "05-device-types.csv", "06-devices.csv", "07-interfaces.csv", "08-cables.csv"),
                NetBoxExporter.FILES.stream().map(NetBoxFile::fileName).toList(), "NetBox's import order");
        for (NetBoxFile f : NetBoxExporter.FILES) {
            List<String> form = FORM_FIELDS.get(f.fileName());
            for (String c : f.columns()) {
                assertTrue(form.contains(c), f.fileName() + ": '" + c + "' is not a field of the NetBox import form");
            }
            assertTrue(f.columns().containsAll(REQUIRED.get(f.fileName())), f.fileName() + " lacks a required field");
            assertEquals(f.columns().size(), new HashSet<>(f.columns()).size(), f.fileName() + " repeats a column");
        }
    }

    @Test
    void sampleSetImportsInOrderWithOneCablePerInterfaceAndNetBoxPrecision() throws Exception {
        DesignReport rep = sample();
        Map<String, List<Map<String, String>>> f = export(rep);

        Map<String, String> site = f.get("01-sites.csv").get(0);
        assertEquals(1, f.get("01-sites.csv").size());
        assertTrue(SLUG.matcher(site.get("slug")).matches(), site.get("slug"));

        Set<String> manufacturers = names(f.get("02-manufacturers.csv"), "name");
        Set<String> roles = names(f.get("03-device-roles.csv"), "name");
        f.get("03-device-roles.csv").forEach(r -> assertTrue(r.get("color").matches("[0-9a-f]{6}"), r.toString()));
        Set<String> racks = new HashSet<>();
        for (Map<String, String> r : f.get("04-racks.csv")) {
            assertEquals(site.get("name"), r.get("site"));
            assertEquals("19", r.get("width"), "the sample's EIA-310 racks are 19-inch");
            assertTrue(racks.add(r.get("name")), "rack names are unique in the site: " + r.get("name"));
        }
        Map<String, Integer> typeHeight = new HashMap<>();
        for (Map<String, String> t : f.get("05-device-types.csv")) {
            assertTrue(manufacturers.contains(t.get("manufacturer")), t.toString());
            assertTrue(SLUG.matcher(t.get("slug")).matches(), t.get("slug"));
            typeHeight.put(t.get("model"), Integer.parseInt(t.get("u_height")));
        }
        Set<String> devices = new HashSet<>();
        for (Map<String, String> d : f.get("06-devices.csv")) {
            assertTrue(roles.contains(d.get("role")) && racks.contains(d.get("rack")) && typeHeight.containsKey(d.get("device_type")),
                    d.toString());
            assertEquals(site.get("name"), d.get("site"));
            assertTrue(d.get("name").startsWith("sample-8-x-8-xpu-pod/"), "device names are site-qualified: " + d.get("name"));
            assertTrue(d.get("name").length() <= 64, "NetBox's Device.name max_length");
            assertEquals("front", d.get("face"));
            assertTrue(Integer.parseInt(d.get("position")) >= 1);
            assertTrue(devices.add(d.get("name")), "device names are unique: " + d.get("name"));
        }
        long chassis = rep.project().pods().stream().mapToLong(p -> (long) p.allChassis().size() * p.replicas()).sum();
        assertEquals(chassis, devices.size());

        Set<String> interfaces = new HashSet<>();
        Set<String> parents = new HashSet<>();
        for (Map<String, String> i : f.get("07-interfaces.csv")) {
            assertTrue(devices.contains(i.get("device")), i.toString());
            assertEquals("other", i.get("type"));
            if (!i.get("parent").isEmpty()) {
                assertTrue(interfaces.contains(i.get("device") + "|" + i.get("parent")), "parent row comes first: " + i);
                parents.add(i.get("device") + "|" + i.get("parent"));
            }
            assertTrue(i.get("name").length() <= 64, i.get("name"));
            assertTrue(interfaces.add(i.get("device") + "|" + i.get("name")), "interface defined twice: " + i);
        }

        List<Map<String, String>> cables = f.get("08-cables.csv");
        assertEquals(rep.cables().cableCount(), cables.size(), "one row per physical cable");
        Set<String> used = new HashSet<>();
        int breakoutRows = 0;
        for (Map<String, String> c : cables) {
            for (String side : List.of("a", "b")) {
                String key = c.get("side_" + side + "_device") + "|" + c.get("side_" + side + "_name");
                assertEquals(site.get("name"), c.get("side_" + side + "_site"));
                assertEquals("dcim.interface", c.get("side_" + side + "_type"));
                assertTrue(interfaces.contains(key), "cable lands on an interface of 07-interfaces.csv: " + key);
                assertFalse(parents.contains(key), "a split port's cable lands on a leg, not on the parent: " + key);
                assertTrue(used.add(key), "interface in two cable rows: " + key);
            }
            String len = c.get("length");
            assertTrue(NETBOX_LENGTH.matcher(len).matches(), "length with NetBox's precision: " + len);
            assertEquals("m", c.get("length_unit"));
            if (c.get("description").contains("breakout leg")) {
                breakoutRows++;
            }
        }
        // the sample splits each Scorpio P port-10 (x16) into four x4 SSD cables
        assertTrue(breakoutRows > 0);
        assertTrue(interfaces.contains("sample-8-x-8-xpu-pod/srv-1|s1.pswitch-1:port-10/4"), "legs named port/N");
        assertTrue(parents.contains("sample-8-x-8-xpu-pod/srv-1|s1.pswitch-1:port-10"));
    }

    @Test
    void replicasGetTheirOwnDevicesRacksAndLengthsAreRoundedToTheCentimetre() throws Exception {
        DesignReport rep = fixture();
        Map<String, List<Map<String, String>>> f = export(rep);
        assertEquals("fixture-a-with-commas", f.get("01-sites.csv").get(0).get("slug"));
        String slug = "fixture-a-with-comma"; // the site slug cut to 20 characters qualifies device names
        Set<String> racks = names(f.get("04-racks.csv"), "name");
        assertTrue(racks.containsAll(List.of("R1.1", "R1.2", "R2.1", "R2.2", "R3")), racks.toString());
        Set<String> devices = names(f.get("06-devices.csv"), "name");
        assertTrue(devices.containsAll(List.of(slug + "/srv-1.1", slug + "/srv-1.2", slug + "/jbof-1")), devices.toString());
        Map<String, String> fibre = f.get("08-cables.csv").stream().filter(c -> c.get("label").equals("pod-a.2/l-nic-fibre"))
                .findFirst().orElseThrow();
        assertEquals(slug + "/srv-1.2", fibre.get("side_a_device"));
        assertEquals("nic-1:net", fibre.get("side_a_name"));
        assertEquals("mmf-om4", fibre.get("type"));
        assertEquals("12.5", fibre.get("length"));
        assertTrue(fibre.get("description").contains("GENERIC-800G-OSFP-SR8"), fibre.get("description"));
        // no length known: both length and unit empty (NetBox requires a unit only with a length)
        Map<String, String> scm = f.get("08-cables.csv").stream().filter(c -> c.get("label").equals("pod-a.1/l-gpu-sw-5"))
                .findFirst().orElseThrow();
        assertEquals("", scm.get("length"));
        assertEquals("", scm.get("length_unit"));
        assertTrue(f.get("08-cables.csv").stream().noneMatch(c -> c.get("label").contains("l-cpu-rt")), "board traces are not cables");
        // the NIC's port speed comes from the catalog, in NetBox's kbps
        Map<String, String> nic = f.get("07-interfaces.csv").stream()
                .filter(i -> i.get("device").equals(slug + "/srv-1.1") && i.get("name").equals("nic-1:net")).findFirst().orElseThrow();
        assertTrue(Long.parseLong(nic.get("speed")) >= 100_000_000L, nic.toString());
    }

    @Test
    void lengthsAreRoundedHalfUpToTwoDecimals() {
        assertEquals("2.35", org.podforge.export.netbox.NetBoxTestAccess.length(2.345));
        assertEquals("0.25", org.podforge.export.netbox.NetBoxTestAccess.length(0.25));
        assertEquals("3", org.podforge.export.netbox.NetBoxTestAccess.length(2.999999));
        assertEquals("12.5", org.podforge.export.netbox.NetBoxTestAccess.length(12.5));
        assertEquals("1.23", org.podforge.export.netbox.NetBoxTestAccess.length(1.234567));
    }

    private static Set<String> names(List<Map<String, String>> rows, String col) {
        Set<String> out = new HashSet<>();
        rows.forEach(r -> out.add(r.get(col)));
        return out;
    }
}
