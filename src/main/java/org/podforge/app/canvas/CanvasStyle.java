package org.podforge.app.canvas;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.podforge.model.Medium;
import org.podforge.model.Protocol;

/**
 * Colours and strokes of the canvas and topology view, light or dark. Links are coloured by protocol and
 * styled by medium: board traces thin and solid, passive copper solid and thicker, active copper dashed,
 * optics dotted. Set in code (not CSS) so thousands of nodes skip CSS matching.
 */
public final class CanvasStyle {
    public final boolean dark;
    public final Color background;
    public final Color grid;
    public final Color podFill;
    public final Color podStroke;
    public final Color rackFill;
    public final Color rackStroke;
    public final Color unitsFill;
    public final Color unitLine;
    public final Color chassisFill;
    public final Color chassisStroke;
    public final Color slotFill;
    public final Color slotStroke;
    public final Color text;
    public final Color mutedText;
    public final Color chassisText;
    public final Color selection = Color.web("#f59e0b");
    public final Color ok = Color.web("#16a34a");
    public final Color bad = Color.web("#dc2626");
    public final Color panelFill;
    public final Color panelStroke;
    private final Map<Protocol, Color> protocol = new EnumMap<>(Protocol.class);

    private CanvasStyle(boolean dark) {
        this.dark = dark;
        if (dark) {
            background = Color.web("#0f172a");
            grid = Color.web("#1e293b");
            podFill = Color.web("#111c33");
            podStroke = Color.web("#334155");
            rackFill = Color.web("#1e293b");
            rackStroke = Color.web("#475569");
            unitsFill = Color.web("#0b1222");
            unitLine = Color.web("#1e293b");
            chassisFill = Color.web("#334155");
            chassisStroke = Color.web("#64748b");
            slotFill = Color.web("#1e293b");
            slotStroke = Color.web("#475569");
            text = Color.web("#e2e8f0");
            mutedText = Color.web("#94a3b8");
            chassisText = Color.web("#f1f5f9");
            panelFill = Color.web("#1e293b", 0.97);
            panelStroke = Color.web("#475569");
        } else {
            background = Color.web("#f6f8fb");
            grid = Color.web("#e6eaf0");
            podFill = Color.web("#ffffff");
            podStroke = Color.web("#cbd5e1");
            rackFill = Color.web("#e2e8f0");
            rackStroke = Color.web("#94a3b8");
            unitsFill = Color.web("#f8fafc");
            unitLine = Color.web("#e2e8f0");
            chassisFill = Color.web("#334155");
            chassisStroke = Color.web("#1e293b");
            slotFill = Color.web("#475569");
            slotStroke = Color.web("#64748b");
            text = Color.web("#0f172a");
            mutedText = Color.web("#64748b");
            chassisText = Color.web("#f8fafc");
            panelFill = Color.web("#ffffff", 0.97);
            panelStroke = Color.web("#cbd5e1");
        }
        for (Protocol p : Protocol.values()) {
            protocol.put(p, Color.rgb(org.podforge.service.ProtocolColors.rgb(p) >> 16, (org.podforge.service.ProtocolColors.rgb(p) >> 8) & 0xff,
                    org.podforge.service.ProtocolColors.rgb(p) & 0xff)); // one table for screen and print
        }
    }

    public static final CanvasStyle LIGHT = new CanvasStyle(false);
    public static final CanvasStyle DARK = new CanvasStyle(true);

    public static CanvasStyle of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    public Color protocolColor(Protocol p) {
        return p == null ? mutedText : protocol.get(p);
    }

    /** Stroke width in world units for a medium. */
    public static double width(Medium m) {
        return switch (m) {
            case PCB -> 1.4;
            case COPPER_INTERNAL -> 2.0;
            default -> 2.6;
        };
    }

    /** Dash pattern for a medium (empty = solid). */
    public static double[] dashes(Medium m) {
        return switch (m) {
            case PCB, COPPER_INTERNAL, COPPER_EXTERNAL -> new double[0];
            case ACC -> new double[] {10, 4};
            case AEC -> new double[] {12, 4, 3, 4};
            case AOC -> new double[] {3, 4};
            case FIBER_MM, FIBER_SM -> new double[] {1, 5};
        };
    }
}
