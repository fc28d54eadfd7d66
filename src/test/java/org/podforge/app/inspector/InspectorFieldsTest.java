package org.podforge.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.DocumentModel;
import org.podforge.app.SampleDesign;
import org.podforge.catalog.CatalogLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the inspector's default width (a quarter of the first-start window, 376 px) no value is cut off: the
 * Cooling choice read "(from the rack and its conte…", the part choice "RACK-EIA-48U · EIA-310 19-…".
 * Every label and every choice of the project, a rack, a chassis, components and links is checked.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorFieldsTest {
    private static final double DEFAULT_WIDTH = 376;
    private DocumentModel doc;
    private InspectorViewModel vm;
    private InspectorView view;

    @Start
    void start(Stage stage) throws Exception {
        doc = new DocumentModel(SampleDesign.open(CatalogLoader.builtIn(), CatalogLoader.builtInPrices()).orElseThrow());
        vm = new InspectorViewModel(doc);
        view = new InspectorView(vm);
        stage.setScene(new Scene(view, DEFAULT_WIDTH, 860));
        stage.show();
    }

    private void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> view.layout()).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every text the inspector draws that ends in an ellipsis, with the field it belongs to. */
    private List<String> cut() {
        List<String> out = new ArrayList<>();
        for (Node n : view.lookupAll(".text")) {
            if (n instanceof Text t && t.isVisible() && t.getText() != null
                    && (t.getText().endsWith("…") || t.getText().endsWith("..."))) {
                Node owner = t.getParent();
                while (owner != null && !(owner instanceof Labeled) && !(owner instanceof ComboBox)) {
                    owner = owner.getParent();
                }
                out.add(t.getText() + " in " + (owner == null ? "?" : owner.getId() + " " + owner.getClass().getSimpleName()));
            }
        }
        return out;
    }

    @Test
    void noInspectorValueIsCutAtTheDefaultWidth() throws Exception {
        List<String> checked = new ArrayList<>();
        for (String id : List.of("", "pod-1", "rack-1", "srv-1", "s1.gpu-1", "s1.nic-1", "s1.retimer-1", "link-1", "link-4", "link-305", "link-337")) {
            fx(() -> doc.select(id.isEmpty() ? List.of() : List.of(id)));
            assertEquals(List.of(), cut(), "selected " + (id.isEmpty() ? "nothing" : id));
            checked.add(id);
        }
        // a rack left to its part and contents: the default choice says what it comes to, whole
        fx(() -> {
            doc.select(List.of("rack-1"));
            assertTrue(vm.apply("cooling", InspectorViewModel.DEFAULT_COOLING));
        });
        ComboBox<?> cooling = (ComboBox<?>) view.lookup("#prop-cooling");
        String shown = cooling.getButtonCell().getText();
        assertTrue(shown.startsWith("Automatic: "), shown);
        assertEquals(List.of(), cut(), "rack-1 with automatic cooling");
        assertEquals(11, checked.size());
    }
}
