package org.podforge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.podforge.model.Plural;
import org.podforge.service.AppDirs;
import org.podforge.service.CatalogImports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code podforge catalog import-netbox FILE.yaml... [--into DIR]}: brings device types from NetBox's
 * device-type library into the user catalog (docs/netbox-import.md). Prints, per file, the parts made and
 * everything not imported; exit 2 when any file was refused (the others are still imported).
 */
@Command(name = "import-netbox", mixinStandardHelpOptions = true, versionProvider = PodForgeCli.Version.class, description = "Import device types from NetBox device-type library YAML into the user catalog.")
public final class ImportNetBoxCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE.yaml", description = "device-type YAML files (netbox-community/devicetype-library format)")
    List<Path> files;

    @Option(names = "--into", paramLabel = "DIR", description = "the user catalog folder to write to (default: the app's, ${DEFAULT-VALUE})")
    Path into = AppDirs.standard().userCatalogDir();

    @Option(names = "--catalog", paramLabel = "DIR", description = "check part numbers against this catalog directory instead of the built-in catalog")
    Path catalogDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int refused = 0;
        for (CatalogImports.Outcome o : CatalogImports.importNetBox(files, into, Inputs.baseCatalog(catalogDir))) {
            if (!o.ok()) {
                err.println("podforge catalog import-netbox: " + o.error());
                refused++;
                continue;
            }
            out.println(CatalogImports.describe(o));
        }
        int done = files.size() - refused;
        out.println(done + " of " + Plural.of(files.size(), "device type") + " imported into " + into.toAbsolutePath()
                + (done > 0 ? "; the app and the command line load them beside the catalog" : ""));
        return refused == 0 ? PodForgeCli.OK : PodForgeCli.BAD_INPUT;
    }
}
