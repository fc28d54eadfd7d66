package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.catalog.CatalogLoader;
import org.podforge.service.FolderOpener;

/** Catalog > Import NetBox Device Types, without windows. */
class CatalogActionsTest {
    static final Path NETBOX = Path.of("src/test/resources/netbox");

    @Test
    void importWritesTheUserCatalogAndSaysWhatItLeftOut(@TempDir Path tmp) {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Path user = tmp.resolve("catalog");
        CatalogActions a = new CatalogActions(dialogs, new FolderOpener("Linux", c -> { }), CatalogLoader.builtIn(), user);
        dialogs.files.add(NETBOX.resolve("ib-ndr-switch.yaml"));
        a.importNetBox();
        assertEquals(1, dialogs.infos.size(), dialogs.errors.toString());
        String msg = dialogs.infos.get(0);
        assertTrue(msg.startsWith("NetBox device types imported: "), msg);
        assertTrue(msg.contains("not imported: 1 interface of type lag"), msg);
        assertTrue(msg.contains("next time PodForge starts"), msg);
        assertTrue(Files.exists(user.resolve("netbox-example-networks-ib-32n.json")));
    }

    @Test
    void aRefusedFileIsAnErrorNamingItsLine(@TempDir Path tmp) {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        CatalogActions a = new CatalogActions(dialogs, new FolderOpener("Linux", c -> { }), CatalogLoader.builtIn(), tmp);
        dialogs.files.add(NETBOX.resolve("bad-indent.yaml"));
        dialogs.files.add(NETBOX.resolve("pdu.yaml"));
        a.importNetBox();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("bad-indent.yaml, line 8: not valid YAML"), dialogs.errors.get(0));
        assertTrue(dialogs.errors.get(0).contains("1 of 2 device types imported"), dialogs.errors.get(0));
    }

    @Test
    void cancellingTheChooserDoesNothing(@TempDir Path tmp) {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        new CatalogActions(dialogs, new FolderOpener("Linux", c -> { }), CatalogLoader.builtIn(), tmp).importNetBox();
        assertTrue(dialogs.infos.isEmpty() && dialogs.errors.isEmpty());
    }
}
