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
 * background work never sees a half-edited project) and the options. The racks are those of the selection (a pod,
 * racks, or anything inside racks), else every rack; two racks a page; Letter paper in the US and Canada, else A4.
 */
record PrintSetup(Project project, Session session, PrintOptions options) {
    static final int PER_PAGE = 2;

    static PrintSetup of(Session s, PrintOptions.Paper paper) {
        Project snap = ProjectSnapshot.copyOf(s.project());
        Path file = s.file();
        String version = PrintSetup.class.getPackage().getImplementationVersion();
        PrintOptions o = new PrintOptions(RackSelection.ofSelection(s.project(), s.selection()), PER_PAGE, paper,
                file == null ? null : file.getFileName().toString(), LocalDate.now(), version);
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
        return !RackSelection.all(project).isEmpty();
    }
}
