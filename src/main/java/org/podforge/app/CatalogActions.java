package org.podforge.app;

import java.nio.file.Path;
import java.util.List;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.podforge.catalog.Catalog;
import org.podforge.service.AppDirs;
import org.podforge.service.CatalogImports;
import org.podforge.service.FolderOpener;
import org.podforge.model.Plural;

/**
 * The Catalog menu: import NetBox device types into the user catalog (the same service as
 * {@code podforge catalog import-netbox}) and show the user catalog folder.
 */
final class CatalogActions {
    private final DialogService dialogs;
    private final FolderOpener opener;
    private final Catalog base;
    private final Path userCatalog;

    CatalogActions(DialogService dialogs, FolderOpener opener, Catalog base, Path userCatalog) {
        this.dialogs = dialogs;
        this.opener = opener;
        this.base = base;
        this.userCatalog = userCatalog;
    }

    static List<AppAction> create(DialogService dialogs) {
        return new CatalogActions(dialogs, new FolderOpener(), org.podforge.catalog.CatalogLoader.builtIn(),
                AppDirs.standard().userCatalogDir()).actions();
    }

    List<AppAction> actions() {
        return List.of(
                new AppAction("import-netbox", "Import NetBox Device Types…", MaterialDesignI.IMPORT, null, null,
                        "Bring device types from NetBox's device-type library (YAML) into your catalog", this::importNetBox),
                new AppAction("open-user-catalog", "Open User Catalog Folder", MaterialDesignF.FOLDER_OUTLINE, null, null,
                        "Show the folder of your own and imported parts", this::openFolder));
    }

    void importNetBox() {
        List<Path> files = dialogs.chooseOpenFiles("Import NetBox device types", null, "NetBox device types (YAML)",
                List.of("*.yaml", "*.yml"));
        if (files.isEmpty()) {
            return;
        }
        List<CatalogImports.Outcome> outcomes = CatalogImports.importNetBox(files, userCatalog, base);
        long done = outcomes.stream().filter(CatalogImports.Outcome::ok).count();
        StringBuilder text = new StringBuilder();
        for (CatalogImports.Outcome o : outcomes) {
            text.append(CatalogImports.describe(o)).append("\n\n");
        }
        text.append(done).append(" of ").append(Plural.of(outcomes.size(), "device type")).append(" imported into ").append(userCatalog);
        if (done > 0) {
            text.append(". The parts appear in the Parts palette the next time PodForge starts.");
        }
        if (done == outcomes.size()) {
            dialogs.showInfo("NetBox device types imported", text.toString());
        } else {
            dialogs.showError("Some device types were not imported", text.toString());
        }
    }

    void openFolder() {
        String problem = opener.open(userCatalog);
        if (problem != null) {
            dialogs.showInfo("User catalog folder", problem);
        }
    }
}
