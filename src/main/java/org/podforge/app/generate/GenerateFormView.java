package org.podforge.app.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.podforge.model.Cooling;
import org.podforge.model.Family;
import org.podforge.service.generate.GenerateRefused;
import org.podforge.service.generate.GenerateRequest;
import org.podforge.service.generate.ScaleUp;

/**
 * The Generate wizard's inputs, in the order an architect decides them: compute (GPU, GPUs per server, servers per
 * pod, pods), scale-up, scale-out, server contents, racks. Each control's id is {@code gen-} plus the CLI flag it
 * stands for ({@code gen-scale-up} for {@code --scale-up}), so a {@link GenerateRefused} names the control to mark.
 * Defaults are the generator's: blank or "automatic" leaves the choice to it.
 */
final class GenerateFormView extends GridPane {
    private static final String ERROR_STYLE = "-fx-border-color: #dc2626; -fx-border-width: 2; -fx-border-radius: 3;";

    private final Map<String, Control> byInput = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    final ComboBox<Choice<String>> gpu = new ComboBox<>();
    final TextField gpusPerServer = field("gpus-per-server", "8", "GPUs per server, even: the catalog chassis with that many GPU slots");
    final TextField servers = field("servers", "8", "servers in one pod design");
    final TextField pods = field("pods", "1", "copies of the pod design, joined by the scale-out fabric");
    final ComboBox<Choice<ScaleUp>> scaleUp = new ComboBox<>();
    final TextField domain = field("domain", "", "GPUs per scale-up domain: whole servers dividing the pod (blank: the pod for Scorpio X, else one server)");
    final ComboBox<Choice<String>> scaleOut = new ComboBox<>();
    final TextField speed = field("speed", "", "scale-out Gb/s per NIC port (blank: the fastest the NIC, the switch and the protocol allow)");
    final TextField rails = field("rails", "", "rails per server, dividing its NIC ports (blank: one per NIC)");
    final ComboBox<Choice<Double>> oversubscription = new ComboBox<>();
    final TextField nicsPerGpu = field("nics-per-gpu", "1", "scale-out NICs per GPU, 1 to 4");
    final ComboBox<Choice<String>> nic = new ComboBox<>();
    final ComboBox<Choice<String>> cpu = new ComboBox<>();
    final TextField ssds = field("ssds", "", "E1.S SSDs per server, even (blank: one per GPU where the chassis has the slots)");
    final TextField cxl = field("cxl-per-cpu", "0", "Leo CXL memory controllers per CPU, 0 to 4");
    final ComboBox<Choice<String>> rack = new ComboBox<>();
    final TextField budget = field("rack-budget", "", "power budget per rack in kW (blank: the rack part's default)");
    final ComboBox<Choice<Cooling>> cooling = new ComboBox<>();
    final ComboBox<Choice<GenerateRequest.MediaPreference>> media = new ComboBox<>();
    final TextField name = field("name", "", "the design's name (blank: one made from the choices)");

    GenerateFormView(GenerateWizardModel model) {
        setId("generate-form");
        setHgap(10);
        setVgap(6);
        parts(gpu, "gpu", model, Family.GPU, null, GenerateRequest.DEFAULT_GPU);
        scaleUp.getItems().add(new Choice<>("Automatic (the GPU's own)", null));
        for (ScaleUp s : ScaleUp.values()) {
            scaleUp.getItems().add(new Choice<>(label(s), s));
        }
        combo(scaleUp, "scale-up", "the fabric joining the GPUs of a domain");
        scaleOut.getItems().addAll(new Choice<>("Automatic (the first family that reaches the size)", null), new Choice<>("None (no scale-out fabric)", "none"));
        parts(scaleOut, "scale-out", model, Family.NETWORK_SWITCH, null, null);
        scaleOut.getSelectionModel().select(0);
        for (double o : new double[] {1, 2, 3, 4}) {
            oversubscription.getItems().add(new Choice<>(o == 1 ? "1:1 (non-blocking)" : String.format(Locale.ROOT, "%.0f:1", o), o));
        }
        combo(oversubscription, "oversubscription", "leaf down:up ratio; the design states it for its own check");
        nic.getItems().add(new Choice<>("Automatic (the first that speaks the switch's protocol)", null));
        parts(nic, "nic", model, Family.NIC, null, null);
        nic.getSelectionModel().select(0);
        parts(cpu, "cpu", model, Family.CPU, null, GenerateRequest.DEFAULT_CPU);
        parts(rack, "rack", model, Family.RACK, null, GenerateRequest.DEFAULT_RACK);
        cooling.getItems().addAll(new Choice<>("As the rack and its contents say", null), new Choice<>("Air", Cooling.AIR),
                new Choice<>("Rear-door heat exchanger", Cooling.REAR_DOOR), new Choice<>("Direct liquid", Cooling.LIQUID));
        combo(cooling, "cooling", "how the hall cools the racks; servers per rack stay below its warning level");
        media.getItems().addAll(new Choice<>("Copper where it reaches, else optics", GenerateRequest.MediaPreference.COPPER),
                new Choice<>("Optics everywhere", GenerateRequest.MediaPreference.OPTICS));
        combo(media, "media", "cables between racks");

        int r = 0;
        r = section(r, "Compute");
        r = row(r, "GPU", gpu);
        r = row(r, "GPUs per server", gpusPerServer);
        r = row(r, "Servers per pod", servers);
        r = row(r, "Pods", pods);
        r = section(r, "Scale-up");
        r = row(r, "Fabric", scaleUp);
        r = row(r, "GPUs per domain", domain);
        r = section(r, "Scale-out");
        r = row(r, "Switch family", scaleOut);
        r = row(r, "Speed per NIC port (Gb/s)", speed);
        r = row(r, "Rails per server", rails);
        r = row(r, "Oversubscription", oversubscription);
        r = row(r, "NICs per GPU", nicsPerGpu);
        r = row(r, "NIC", nic);
        r = section(r, "Server");
        r = row(r, "CPU (two per server)", cpu);
        r = row(r, "SSDs per server", ssds);
        r = row(r, "CXL memory (Leo) per CPU", cxl);
        r = section(r, "Racks");
        r = row(r, "Rack", rack);
        r = row(r, "Power budget per rack (kW)", budget);
        r = row(r, "Cooling", cooling);
        r = row(r, "Cables", media);
        r = section(r, "Design");
        row(r, "Name", name);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        getColumnConstraints().setAll(keys, values);
    }

    /** Every input control, for listeners. */
    List<Control> controls() {
        return new ArrayList<>(byInput.values());
    }

    /** What the controls hold, by input (a field's text, a list's chosen label): kept to fill the next dialog. */
    Map<String, String> inputs() {
        Map<String, String> out = new LinkedHashMap<>();
        byInput.forEach((input, c) -> {
            if (c instanceof TextField t) {
                out.put(input, t.getText());
            } else if (c instanceof ComboBox<?> box && box.getValue() instanceof Choice<?> choice) {
                out.put(input, choice.label());
            }
        });
        return out;
    }

    /** Puts back inputs from {@link #inputs()}; a list entry no longer offered (a catalog change) keeps the default. */
    void restore(Map<String, String> inputs) {
        inputs.forEach((input, value) -> {
            Control c = byInput.get(input);
            if (c instanceof TextField t) {
                t.setText(value);
            } else if (c instanceof ComboBox<?> box) {
                for (int i = 0; i < box.getItems().size(); i++) {
                    if (box.getItems().get(i) instanceof Choice<?> choice && choice.label().equals(value)) {
                        box.getSelectionModel().select(i);
                    }
                }
            }
        });
    }

    /** The control a refusal is about (its CLI flag without dashes), or null. */
    Control control(String input) {
        return input == null ? null : byInput.get(input);
    }

    /** The refusal in the dialog's words: the input's label, then the reason ("GPUs per domain: ..."). */
    String explain(GenerateRefused e) {
        String label = e.input() == null ? null : labels.get(e.input());
        return label == null ? e.getMessage() : label + ": " + e.reason();
    }

    /** Marks the control of {@code input} (or none) as the cause of a refusal, clearing the others. */
    void mark(String input) {
        byInput.forEach((k, c) -> c.setStyle(k.equals(input) ? ERROR_STYLE : ""));
    }

    /** The request the controls give; a value that is not a number is refused naming its control. */
    GenerateRequest request() {
        GenerateRequest.Builder b = GenerateRequest.builder();
        b.gpuPart(value(gpu, GenerateRequest.DEFAULT_GPU));
        b.gpusPerServer(integer(gpusPerServer, "gpus-per-server", 8));
        b.serversPerPod(integer(servers, "servers", 8));
        b.pods(integer(pods, "pods", 1));
        b.scaleUp(value(scaleUp, null));
        b.domainGpus(optionalInt(domain, "domain"));
        b.scaleOutFamily(value(scaleOut, null));
        Integer sp = optionalInt(speed, "speed");
        b.speedGbps(sp == null ? null : sp.doubleValue());
        b.rails(optionalInt(rails, "rails"));
        b.oversubscription(value(oversubscription, 1.0));
        b.nicsPerGpu(integer(nicsPerGpu, "nics-per-gpu", 1));
        b.nicPart(value(nic, null));
        b.cpuPart(value(cpu, GenerateRequest.DEFAULT_CPU));
        b.ssdsPerServer(optionalInt(ssds, "ssds"));
        b.cxlPerCpu(integer(cxl, "cxl-per-cpu", 0));
        b.rackPart(value(rack, GenerateRequest.DEFAULT_RACK));
        Double kw = optionalNumber(budget, "rack-budget");
        b.rackBudgetW(kw == null ? null : kw * 1000);
        b.cooling(value(cooling, null));
        b.media(value(media, GenerateRequest.MediaPreference.COPPER));
        String n = name.getText() == null ? "" : name.getText().trim();
        b.name(n.isEmpty() ? null : n);
        return b.build();
    }

    private static <T> T value(ComboBox<Choice<T>> box, T fallback) {
        Choice<T> c = box.getValue();
        return c == null ? fallback : c.value() == null ? fallback : c.value();
    }

    private static int integer(TextField f, String input, int fallback) {
        Integer v = optionalInt(f, input);
        return v == null ? fallback : v;
    }

    private static Integer optionalInt(TextField f, String input) {
        String t = f.getText() == null ? "" : f.getText().trim().replace(",", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new GenerateRefused(input, "give a whole number, not '" + f.getText().trim() + "'");
        }
    }

    private static Double optionalNumber(TextField f, String input) {
        String t = f.getText() == null ? "" : f.getText().trim().replace(",", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new GenerateRefused(input, "give a number, not '" + f.getText().trim() + "'");
        }
    }

    private static String label(ScaleUp s) {
        return switch (s) {
            case NVLINK -> "NVLink";
            case UALINK -> "UALink (over Ethernet while no native switch ships)";
            case ETHERNET -> "Scale-up Ethernet";
            case SCORPIO_X -> "Scorpio X (PCIe)";
            case NONE -> "None";
        };
    }

    private TextField field(String input, String text, String tip) {
        TextField f = new TextField(text);
        f.setId("gen-" + input);
        f.setPromptText(text.isEmpty() ? "automatic" : "");
        f.setTooltip(new Tooltip(tip));
        f.setPrefColumnCount(8);
        byInput.put(input, f);
        return f;
    }

    private <T> void combo(ComboBox<Choice<T>> box, String input, String tip) {
        box.setId("gen-" + input);
        box.setTooltip(new Tooltip(tip));
        box.setMaxWidth(Double.MAX_VALUE);
        // a long choice ("GENERIC-XPU-PCIE6: Generic XPU with PCIe 6 scale-up (illustrative)") wraps, never cut
        org.podforge.app.WrappingButtonCell.install(box, Choice::label);
        if (box.getValue() == null && !box.getItems().isEmpty()) {
            box.getSelectionModel().select(0);
        }
        byInput.put(input, box);
    }

    private void parts(ComboBox<Choice<String>> box, String input, GenerateWizardModel model, Family f, String tip, String selected) {
        for (String pn : model.parts(f)) {
            Choice<String> c = new Choice<>(model.describe(pn), pn);
            box.getItems().add(c);
            if (pn.equals(selected)) {
                box.getSelectionModel().select(c);
            }
        }
        box.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Choice<String> c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.label());
            }
        });
        combo(box, input, tip == null ? "from the catalog" : tip);
    }

    private int section(int r, String title) {
        Label l = new Label(title);
        l.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
        add(l, 0, r, 2, 1);
        return r + 1;
    }

    private int row(int r, String key, Node control) {
        byInput.forEach((input, c) -> {
            if (c == control) {
                labels.put(input, key);
            }
        });
        Label l = new Label(key);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(control);
        addRow(r, l, control);
        return r + 1;
    }
}
