package org.podforge.print;

import java.util.List;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Part;

/**
 * What a chassis is, for the colour of its box on a printed elevation and the legend: decided by the parts in it
 * (a chassis with an accelerator or a CPU is compute, one with scale-up switch ASICs a scale-up switch tray, and so on).
 */
public enum ChassisKind {
    COMPUTE("Compute (GPU / CPU)", 0xCFE3F7),
    SCALEUP_SWITCH("Scale-up switch tray", 0xF9D9B5),
    NETWORK_SWITCH("Scale-out network switch", 0xD5EDCF),
    STORAGE("Storage (SSD / JBOF)", 0xE6DAF2),
    OTHER("Other or empty chassis", 0xE4E4E4);

    private final String label;
    private final int rgb;

    ChassisKind(String label, int rgb) {
        this.label = label;
        this.rgb = rgb;
    }

    public String label() {
        return label;
    }

    /** Fill colour as 0xRRGGBB: light tints, so black text stays readable in print and on a monochrome printer. */
    public int rgb() {
        return rgb;
    }

    /** The kind of a chassis, from the families of its components (the first match in declaration order wins). */
    public static ChassisKind of(Chassis chassis, Catalog catalog) {
        boolean compute = false;
        boolean scaleUp = false;
        boolean network = false;
        boolean storage = false;
        for (Component c : chassis.components()) {
            Family f = catalog.find(c.partNumber()).map(Part::family).orElse(null);
            if (f == null) {
                continue;
            }
            switch (f) {
                case GPU, CPU -> compute = true;
                case SCALEUP_SWITCH -> scaleUp = true;
                case NETWORK_SWITCH -> network = true;
                case SSD, CXL_MEMORY_CONTROLLER -> storage = true;
                default -> {
                }
            }
        }
        if (compute) {
            return COMPUTE;
        }
        if (scaleUp) {
            return SCALEUP_SWITCH;
        }
        if (network) {
            return NETWORK_SWITCH;
        }
        return storage ? STORAGE : OTHER;
    }

    /** All kinds, in legend order. */
    public static List<ChassisKind> legend() {
        return List.of(values());
    }
}
