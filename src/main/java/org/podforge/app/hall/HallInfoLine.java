package org.podforge.app.hall;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The hall's line under its tool bar: the message (the hint, what the last command did, a refusal) on the left and the
 * hall's figures (replicas, racks, network racks, cross-pod cables, bundles) on the right, on one row when both fit.
 * When they do not, the figures take a row of their own under the message, wrapped if even that row is too narrow: the
 * figures are never cut off (at the default window size of a 4,096-GPU cluster they were, "... · 3,072 cross-pod
 * cab..."). The message gives way first: it is cut with an ellipsis and shows whole in its tooltip.
 */
final class HallInfoLine extends Region {
    static final double GAP = 8;
    private final Label message;
    private final Label info;

    HallInfoLine(Label message, Label info) {
        this.message = message;
        this.info = info;
        message.setMinWidth(0);
        info.setMinWidth(0);
        info.setWrapText(true);
        setPadding(new Insets(2, 8, 2, 8));
        getChildren().addAll(message, info);
    }

    /** True when the message and the figures do not fit side by side in {@code width}: the figures go under the message. */
    boolean twoRows(double width) {
        Insets in = getInsets();
        return message.prefWidth(-1) + GAP + info.prefWidth(-1) > width - in.getLeft() - in.getRight();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + message.prefWidth(-1) + GAP + info.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double w = width < 0 ? computePrefWidth(-1) : width;
        double inner = Math.max(0, w - in.getLeft() - in.getRight());
        double h = twoRows(w) ? message.prefHeight(-1) + info.prefHeight(inner) : Math.max(message.prefHeight(-1), info.prefHeight(-1));
        return in.getTop() + snapSizeY(h) + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        if (twoRows(getWidth())) {
            double mh = snapSizeY(message.prefHeight(-1));
            layoutInArea(message, x, y, w, mh, 0, HPos.LEFT, VPos.CENTER);
            double iw = Math.min(w, snapSizeX(info.prefWidth(-1)));
            // left-aligned under the message, as wide as the figures need (or the row, wrapped)
            info.resizeRelocate(snapPositionX(x), snapPositionY(y + mh), iw, snapSizeY(info.prefHeight(iw)));
        } else {
            double iw = snapSizeX(info.prefWidth(-1));
            double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
            layoutInArea(message, x, y, Math.max(0, w - iw - GAP), h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(info, x + w - iw, y, iw, h, 0, HPos.RIGHT, VPos.CENTER);
        }
    }
}
