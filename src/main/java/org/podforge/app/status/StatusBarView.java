package org.podforge.app.status;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The status bar: message on the left; validation state, cost per pod and zoom on the right. */
public final class StatusBarView extends HBox {
    public StatusBarView(StatusViewModel vm) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(vm.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Label validation = new Label();
        validation.setId("status-validation");
        validation.getStyleClass().add("status-validation");
        validation.textProperty().bind(vm.validationProperty());
        vm.validationStyleProperty().addListener((o, a, b) -> {
            validation.getStyleClass().removeAll("ok", "warnings", "errors", "busy");
            validation.getStyleClass().add(b);
        });
        validation.getStyleClass().add(vm.validationStyleProperty().get());
        Label cost = new Label();
        cost.setId("status-cost");
        cost.textProperty().bind(vm.costProperty());
        Label zoom = new Label();
        zoom.setId("status-zoom");
        zoom.textProperty().bind(vm.zoomProperty());
        // the figures keep their width; a long message is the one shortened (its whole text stays in the tooltip)
        message.setMinWidth(80);
        org.podforge.app.LazyTooltip.install(message, vm.messageProperty(), tip -> { // made on the first hover (decision 0021)
            tip.setWrapText(true);
            tip.setMaxWidth(640);
        });
        for (Label keep : java.util.List.of(validation, cost, zoom)) {
            keep.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        getChildren().setAll(message, validation, sep(), cost, sep(), zoom);
    }

    private static Separator sep() {
        return new Separator(Orientation.VERTICAL);
    }
}
