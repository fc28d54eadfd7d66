package org.podforge.app.canvas;

import java.util.EnumSet;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.shape.Line;
import org.podforge.model.Medium;
import org.podforge.model.Protocol;

/**
 * The canvas legend: the colour of each protocol and the line style of each medium used by the design's
 * links, in a small collapsible panel at the bottom left (folded until opened; hidden without links). Line
 * samples are drawn with the same colours, widths and dashes as the links ({@link CanvasStyle}).
 */
final class CanvasLegend {
    final TitledPane pane = new TitledPane();
    private final GridPane grid = new GridPane();
    private Set<Protocol> shownProtocols = Set.of();
    private Set<Medium> shownMedia = Set.of();
    private CanvasStyle shownStyle;
    /** What fills the legend once it is opened (null when it is up to date). */
    private Runnable pending;

    CanvasLegend() {
        pane.setId("pf-legend");
        pane.getStyleClass().add("pf-legend");
        pane.setText("Legend");
        pane.setContent(grid);
        pane.setAnimated(false);
        pane.setExpanded(false); // a small "Legend" title until the user opens it; it never covers the design unasked
        pane.setFocusTraversable(false);
        pane.setManaged(false);
        // unmanaged: its parent places it (bottom left, by its height), so opening or folding it must ask for that again
        pane.expandedProperty().addListener((o, was, is) -> {
            if (pane.getParent() != null) {
                pane.getParent().requestLayout();
            }
        });
        grid.setHgap(6);
        grid.setVgap(2);
        grid.setPadding(new Insets(0, 4, 2, 4));
        // the canvas must not start a gesture (marquee, pan) or zoom under the legend
        pane.addEventHandler(MouseEvent.ANY, Event::consume);
        pane.addEventHandler(ScrollEvent.ANY, Event::consume);
        pane.expandedProperty().addListener((o, a, open) -> {
            if (open && pending != null) {
                Runnable fill = pending;
                pending = null;
                fill.run();
            }
            if (pane.getParent() != null) {
                pane.getParent().requestLayout(); // the canvas sizes the (unmanaged) legend to its new height
            }
        });
    }

    /**
     * The design changed: {@code fill} works out what the legend lists (it looks at every link, tens of thousands
     * in a cluster) and calls {@link #show}. It runs now while the legend is open, else when it is opened; the
     * legend is folded by default, so an edit does not pay for it.
     *
     * @param anyLinks whether the design has a link (the legend is hidden without)
     */
    void invalidate(boolean anyLinks, Runnable fill) {
        pane.setVisible(anyLinks);
        if (pane.isExpanded()) {
            pending = null;
            fill.run();
        } else {
            pending = fill;
        }
    }

    /** True while what the legend lists waits for it to be opened (tests). */
    boolean stale() {
        return pending != null;
    }

    /** Shows the protocols and media in use; hidden while the design has no link (nothing to explain). */
    void show(Set<Protocol> protocols, Set<Medium> media, CanvasStyle style) {
        pane.setVisible(!media.isEmpty());
        Set<Protocol> ps = protocols.isEmpty() ? EnumSet.allOf(Protocol.class) : protocols;
        Set<Medium> ms = media.isEmpty() ? EnumSet.allOf(Medium.class) : media;
        if (ps.equals(shownProtocols) && ms.equals(shownMedia) && style == shownStyle) {
            return;
        }
        shownProtocols = Set.copyOf(ps);
        shownMedia = Set.copyOf(ms);
        shownStyle = style;
        grid.getChildren().clear();
        int row = 0;
        grid.add(title("Protocol (colour)"), 0, row++, 2, 1);
        for (Protocol p : ps) {
            Line l = sample(style);
            l.setStroke(style.protocolColor(p));
            l.setStrokeWidth(3);
            grid.add(l, 0, row);
            grid.add(text(p.label()), 1, row++);
        }
        grid.add(title("Medium (line)"), 0, row++, 2, 1);
        for (Medium m : ms) {
            Line l = sample(style);
            l.setStroke(style.mutedText);
            l.setStrokeWidth(CanvasStyle.width(m));
            for (double d : CanvasStyle.dashes(m)) {
                l.getStrokeDashArray().add(d);
            }
            grid.add(l, 0, row);
            grid.add(text(m.label()), 1, row++);
        }
    }

    private static Line sample(CanvasStyle style) {
        return new Line(0, 0, 34, 0);
    }

    private static Label title(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("pf-legend-title");
        return l;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("pf-legend-text");
        return l;
    }
}
