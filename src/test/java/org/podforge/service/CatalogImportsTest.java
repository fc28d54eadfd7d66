package org.podforge.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.UserCatalog;

/** Import into a user catalog folder, and loading it back beside the built-in catalog. */
class CatalogImportsTest {
    static final Path NETBOX = Path.of("src/test/resources/netbox");

    @Test
    void importedPartsLoadBesideTheCatalogAndReimportReplaces(@TempDir Path into) throws Exception {
        Catalog base = CatalogLoader.builtIn();
        List<CatalogImports.Outcome> out = CatalogImports.importNetBox(
                List.of(NETBOX.resolve("example-ex-6400.yaml"), NETBOX.resolve("missing-type.yaml")), into, base);
        assertTrue(out.get(0).ok(), out.get(0).error());
        assertEquals(into.resolve("netbox-example-networks-ex-6400.json"), out.get(0).written());
        assertFalse(out.get(1).ok());
        assertTrue(out.get(1).error().contains("missing-type.yaml, line 8"), out.get(1).error());

        UserCatalog.Loaded loaded = UserCatalog.extend(base, into);
        assertEquals(List.of(), loaded.problems());
        assertEquals(base.size() + 2, loaded.catalog().size());
        assertTrue(loaded.catalog().contains("EXN-6400-O") && loaded.catalog().contains("EXN-6400-O-BOX"));
        String json = Files.readString(out.get(0).written());
        assertTrue(json.startsWith("{\n  \"comment\" : \"Imported from NetBox device type"), json.substring(0, 80));
        assertFalse(json.contains("\r"));

        // importing the same device type again replaces its file instead of clashing with itself
        assertTrue(CatalogImports.importNetBox(List.of(NETBOX.resolve("example-ex-6400.yaml")), into, base).get(0).ok());
        try (var files = Files.list(into)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aPartNumberTheCatalogHasIsRefused(@TempDir Path tmp) throws Exception {
        Path yaml = tmp.resolve("q3400.yaml");
        Files.writeString(yaml, "manufacturer: NVIDIA\nmodel: Q3400-RA\nslug: nvidia-q3400-ra\npart_number: NVIDIA-Q3400-RA\n"
                + "u_height: 4\ninterfaces:\n  - {name: p1, type: infiniband-xdr}\n");
        CatalogImports.Outcome o = CatalogImports.importNetBox(List.of(yaml), tmp.resolve("user"), CatalogLoader.builtIn()).get(0);
        assertFalse(o.ok());
        assertTrue(o.error().contains("part number NVIDIA-Q3400-RA-BOX is already in the catalog"), o.error());
        assertFalse(Files.exists(tmp.resolve("user/netbox-nvidia-q3400-ra.json")));
    }

    @Test
    void aBrokenUserFileIsLeftOutWithAMessageAndTheRestLoads(@TempDir Path into) throws Exception {
        Catalog base = CatalogLoader.builtIn();
        CatalogImports.importNetBox(List.of(NETBOX.resolve("pdu.yaml")), into, base);
        Files.writeString(into.resolve("a-broken.json"), "{ \"parts\": [ { \"partNumber\": \"X\" ");
        UserCatalog.Loaded loaded = UserCatalog.extend(base, into);
        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.problems().get(0).contains("a-broken.json") && loaded.problems().get(0).contains("not loaded"),
                loaded.problems().get(0));
        assertTrue(loaded.catalog().contains("EXAMPLE-PDU-HALF"));
    }
}
