package org.podforge.app.print;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.podforge.bom.Bom;
import org.podforge.model.Project;
import org.podforge.print.PrintOptions;
import org.podforge.print.RackSelection;
import org.podforge.service.ProjectSnapshot;
import org.podforge.service.Session;

/**
 * What File > Print... and File > Export PDF... print, taken on the FX thread: a snapshot of the design (so the
 * background work never sees a half-edited project) and the options. While the Topology tab is showing, the topology
 * of the pod it shows (one landscape sheet); otherwise the rack elevations of the selection (a pod, racks, or anything
 * inside racks), else of every rack, two racks a page. Letter paper in the US and Canada, else A4.
 */
record PrintSetup(Project project, Session session, PrintOptions options) {
    static final int PER_PAGE = 2;

    /** @param topologyPod the pod whose topology to print (the Topology tab is showing), or null for rack elevations */
    static PrintSetup of(Session s, PrintOptions.Paper paper, String topologyPod) {
        Project snap = ProjectSnapshot.copyOf(s.project());
        Path file = s.file();
        String version = PrintSetup.class.getPackage().getImplementationVersion();
        boolean topology = topologyPod != null && s.project().pod(topologyPod).isPresent();
        PrintOptions o = new PrintOptions(topology ? java.util.List.of(topologyPod) : RackSelection.ofSelection(s.project(), s.selection()),
                PER_PAGE, paper, file == null ? null : file.getFileName().toString(), LocalDate.now(), version,
                topology ? PrintOptions.Sheets.TOPOLOGY : PrintOptions.Sheets.RACKS);
        return new PrintSetup(snap, s, o);
    }

    static PrintOptions.Paper localPaper() {
        String c = Locale.getDefault().getCountry();
        return c.equals("US") || c.equals("CA") ? PrintOptions.Paper.LETTER : PrintOptions.Paper.A4;
    }

    Bom bom() {
        return Bom.of(project, session.catalog(), session.priceBook());
    }

    boolean hasRacks() {
        if (options.sheets().topology()) {
            return !RackSelection.resolve(project, options.racks()).isEmpty(); // the shown pod has a rack, so a topology
        }
        return !RackSelection.all(project).isEmpty();
    }
}
