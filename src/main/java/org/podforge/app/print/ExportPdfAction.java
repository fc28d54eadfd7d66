package org.podforge.app.print;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.podforge.app.DocumentModel;
import org.podforge.app.FileController;
import org.podforge.print.DesignPdf;
import org.podforge.model.Plural;

/**
 * File > Export PDF...: the rack elevations of the selection (or every rack) written as a PDF by the same renderer as
 * {@code podforge print}, on a background thread; the status bar says where and how many pages.
 */
public final class ExportPdfAction {
    private final DocumentModel doc;
    private final FileController files;
    private java.util.function.Supplier<String> topologyPod = () -> null;
    private final ReadOnlyObjectWrapper<Task<DesignPdf.Result>> last = new ReadOnlyObjectWrapper<>();

    public ExportPdfAction(DocumentModel doc, FileController files) {
        this.doc = doc;
        this.files = files;
    }

    /** Tells which pod's topology to print instead of rack elevations (null: rack elevations), asked at each run. */
    public void setTopologyPod(java.util.function.Supplier<String> pod) {
        this.topologyPod = pod;
    }

    public void run() {
        PrintSetup setup = PrintSetup.of(doc.getSession(), PrintSetup.localPaper(), topologyPod.get());
        if (!setup.hasRacks()) {
            files.dialogs().showInfo("Nothing to export", "The design has no rack yet. Drag a rack from the palette onto the canvas first.");
            return;
        }
        String base = FileController.safeName(doc.getSession().project().name());
        files.chooseExportFile("Export PDF", base + ".pdf", "PDF document", ".pdf").ifPresent(target -> start(setup, target));
    }

    private void start(PrintSetup setup, Path target) {
        Task<DesignPdf.Result> task = new Task<>() {
            @Override
            protected DesignPdf.Result call() throws Exception {
                return DesignPdf.write(setup.project(), setup.session().catalog(), setup.bom(), setup.options(), target);
            }
        };
        task.setOnSucceeded(e -> doc.messageProperty().set("Exported PDF to " + target.getFileName() + " (" + Plural.of(task.getValue().pages(), "page") + ")"));
        task.setOnFailed(e -> {
            if (!org.podforge.app.FatalErrorHandler.reportIfFatal(task.getException(), "exporting the PDF " + target.getFileName())) {
                files.dialogs().showError("Cannot export the PDF", target + ": " + task.getException().getMessage()
                        + " (nothing was left half-written)");
            }
        });
        doc.messageProperty().set("Exporting PDF…");
        last.set(task);
        Thread t = new Thread(task, "podforge-pdf");
        t.setDaemon(true);
        t.start();
    }

    /** The last export started (tests wait on it). */
    public ReadOnlyObjectProperty<Task<DesignPdf.Result>> lastProperty() {
        return last.getReadOnlyProperty();
    }
}
