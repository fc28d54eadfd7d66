package org.podforge.app;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first enters their node (decision 0021, section 8). A {@link Tooltip} is a popup
 * control, a window with its own scene: making one costs its construction, its styling and listeners on the FX
 * thread, and the window built for the first frame made dozens (toolbar buttons, inspector rows, the status bar, the
 * Problems tab's controls, the palette's rows) that nobody had pointed at yet. Here the node gets a
 * {@link MouseEvent#MOUSE_ENTERED} handler instead; the first entry makes the tooltip (same text, same settings),
 * installs it ({@link Control#setTooltip} on a control, {@link Tooltip#install} otherwise) and removes the handler.
 * The installed tooltip then shows as before: its behaviour starts the show delay on the mouse move that follows the
 * entry (the same native move delivers both). A tooltip whose text is bound is bound when it is made, so it shows the
 * current text.
 *
 * <p>Cells, which show one item after another, use {@link #text(Control, String, Consumer)}: one tooltip per cell,
 * made on the first hover, its text set to the item's each time.
 */
public final class LazyTooltip {
    /** In a node's properties while its tooltip waits for the first hover (tests look for it). */
    static final String PENDING = "podforge.tooltip.pending";
    private static final String CELL = "podforge.tooltip.cell";

    private LazyTooltip() {
    }

    /** On the first entry of the pointer, installs on {@code node} the tooltip {@code make} returns. */
    public static void install(Node node, Supplier<Tooltip> make) {
        EventHandler<MouseEvent> first = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                node.getProperties().remove(PENDING);
                put(node, make.get());
            }
        };
        node.getProperties().put(PENDING, Boolean.TRUE);
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, first);
    }

    /**
     * A tooltip with this fixed text, made on the first hover. The text is the node's accessible help at once (a
     * screen reader reads a control's help from its tooltip, which does not exist yet), unless the node has its own.
     */
    public static void install(Node node, String text) {
        if (node.getAccessibleHelp() == null && !node.accessibleHelpProperty().isBound()) {
            node.setAccessibleHelp(text);
        }
        install(node, () -> new Tooltip(text));
    }

    /**
     * A tooltip whose text follows {@code text} (bound when made: it shows the current text), made on the first hover;
     * the node's accessible help follows the text from now on, as for {@link #install(Node, String)}.
     */
    public static void install(Node node, ObservableValue<String> text, Consumer<Tooltip> setup) {
        if (node.getAccessibleHelp() == null && !node.accessibleHelpProperty().isBound()) {
            node.accessibleHelpProperty().bind(text);
        }
        install(node, () -> {
            Tooltip t = new Tooltip();
            setup.accept(t);
            t.textProperty().bind(text);
            return t;
        });
    }

    /**
     * A cell's tooltip for the item it shows now: {@code text} null for none. The cell's one tooltip is made (and set
     * up by {@code setup}) when the pointer first enters the cell while it has a text; after that only its text changes.
     */
    public static void text(Control cell, String text, Consumer<Tooltip> setup) {
        CellTip c = (CellTip) cell.getProperties().get(CELL);
        if (c == null) {
            c = new CellTip(cell, setup);
            cell.getProperties().put(CELL, c);
        }
        c.show(text);
    }

    private static void put(Node node, Tooltip t) {
        if (node instanceof Control c) {
            c.setTooltip(t);
        } else {
            Tooltip.install(node, t);
        }
    }

    /** One cell's tooltip: the text of the item shown, the tooltip once made. */
    private static final class CellTip implements EventHandler<MouseEvent> {
        private final Control cell;
        private final Consumer<Tooltip> setup;
        private String text;
        private Tooltip tip;

        CellTip(Control cell, Consumer<Tooltip> setup) {
            this.cell = cell;
            this.setup = setup;
            cell.getProperties().put(PENDING, Boolean.TRUE);
            cell.addEventHandler(MouseEvent.MOUSE_ENTERED, this);
        }

        void show(String text) {
            this.text = text;
            if (tip == null) {
                return; // made on the first hover, with the text of then
            }
            if (text == null) {
                cell.setTooltip(null);
            } else {
                tip.setText(text);
                cell.setTooltip(tip);
            }
        }

        @Override
        public void handle(MouseEvent e) {
            if (text == null) {
                return; // an empty cell: wait for one with a text
            }
            cell.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
            cell.getProperties().remove(PENDING);
            tip = new Tooltip(text);
            setup.accept(tip);
            cell.setTooltip(tip);
        }
    }
}
