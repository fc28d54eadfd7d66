package org.podforge.app.print;

import java.awt.image.BufferedImage;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.Paper;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.podforge.app.DocumentModel;
import org.podforge.app.FileController;
import org.podforge.print.DesignPdf;
import org.podforge.print.PrintOptions;
import org.podforge.model.Plural;

/**
 * File > Print... (Ctrl+P): the same pages as File > Export PDF..., sent through the platform's print dialog. PDFBox
 * renders each page of the PDF at {@link #DPI} dpi and the JavaFX {@link PrinterJob} prints it scaled to the printable
 * area, so the printout and the PDF cannot differ (decision 0016). Without an installed printer it says so and points to
 * Export PDF.
 */
public final class PrintAction {
    static final float DPI = 200;
    private final DocumentModel doc;
    private final FileController files;
    private java.util.function.Supplier<String> topologyPod = () -> null;
    private final Window owner;

    public PrintAction(DocumentModel doc, FileController files, Window owner) {
        this.doc = doc;
        this.files = files;
        this.owner = owner;
    }

    /** Tells which pod's topology to print instead of rack elevations (null: rack elevations), asked at each run. */
    public void setTopologyPod(java.util.function.Supplier<String> pod) {
        this.topologyPod = pod;
    }

    public void run() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            files.dialogs().showError("No printer", "No printer is installed on this computer. Use File > Export PDF… and print the PDF "
                    + "from a PDF viewer, or install a printer and try again.");
            return;
        }
        PrintSetup probe = PrintSetup.of(doc.getSession(), PrintSetup.localPaper(), topologyPod.get());
        if (!probe.hasRacks()) {
            job.cancelJob();
            files.dialogs().showInfo("Nothing to print", "The design has no rack yet. Drag a rack from the palette onto the canvas first.");
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        PrintSetup setup = PrintSetup.of(doc.getSession(), paperOf(layout.getPaper()), topologyPod.get());
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws Exception {
                try (PDDocument pdf = DesignPdf.build(setup.project(), setup.session().catalog(), setup.bom(), setup.options())) {
                    PDFRenderer renderer = new PDFRenderer(pdf);
                    for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                        BufferedImage img = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                        ImageView view = new ImageView(SwingFXUtils.toFXImage(img, null));
                        view.setPreserveRatio(true);
                        view.setFitWidth(layout.getPrintableWidth());
                        view.setFitHeight(layout.getPrintableHeight());
                        if (!job.printPage(view)) {
                            throw new IllegalStateException("the printer refused page " + (i + 1) + " (" + job.getJobStatus() + ")");
                        }
                    }
                    if (!job.endJob()) {
                        throw new IllegalStateException("the print job did not finish (" + job.getJobStatus() + ")");
                    }
                    return pdf.getNumberOfPages();
                } catch (Exception | OutOfMemoryError e) {
                    job.cancelJob();
                    throw e;
                }
            }
        };
        task.setOnSucceeded(e -> doc.messageProperty().set("Sent " + Plural.of(task.getValue(), "page") + " to " + job.getPrinter().getName()));
        task.setOnFailed(e -> {
            if (!org.podforge.app.FatalErrorHandler.reportIfFatal(task.getException(), "printing")) {
                files.dialogs().showError("Cannot print", String.valueOf(task.getException().getMessage()));
            }
        });
        doc.messageProperty().set("Printing…");
        Thread t = new Thread(task, "podforge-print");
        t.setDaemon(true);
        t.start();
    }

    private static PrintOptions.Paper paperOf(Paper p) {
        if (p == Paper.NA_LETTER) {
            return PrintOptions.Paper.LETTER;
        }
        return p == Paper.A3 ? PrintOptions.Paper.A3 : PrintOptions.Paper.A4;
    }
}
