package org.podforge.app.palette;

import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.podforge.app.LazyTooltip;
import org.podforge.catalog.Catalog;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.service.templates.PrewiredServer;

/**
 * The parts palette: a search field over a tree of catalog parts grouped by family, each with its family
 * icon, name and part number. Parts are drag sources: the {@link javafx.scene.input.Dragboard} carries
 * the part number as {@link PartDrag#PART} ({@code application/x-podforge-part}) and as plain text.
 *
 * <p>Contract with the shell: {@code new PaletteView(catalog)}, {@link #focusSearch()} for Ctrl+F.
 * Also: {@link #searchField()} and {@link #model()}; each part cell carries the style class
 * {@code pf-palette-part} and the property {@code podforge.part} = part number (robot tests);
 * {@link #setOnPartActivated} is called with a part on double-click (e.g. "add to the selection").
 */
public final class PaletteView extends VBox {
    private static final boolean HEADLESS_GLASS = "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
    private final PaletteModel model;
    private final TextField search = new TextField();
    private final TreeView<Object> tree = new TreeView<>();
    private java.util.function.Consumer<Part> onPartActivated;
    private java.util.function.Consumer<PrewiredServer> onPrewiredActivated;

    public PaletteView(Catalog catalog) {
        this.model = new PaletteModel(catalog);
        getStyleClass().add("pf-palette");
        setSpacing(6);
        setPadding(new Insets(6));
        search.setPromptText("Search parts (Ctrl+F)");
        search.setId("palette-search");
        search.textProperty().addListener((o, a, b) -> rebuild());
        tree.setShowRoot(false);
        tree.setId("palette-tree");
        tree.setCellFactory(t -> new PartCell());
        tree.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == javafx.scene.input.KeyCode.ENTER && tree.getSelectionModel().getSelectedItem() != null
                    && tree.getSelectionModel().getSelectedItem().getValue() instanceof PrewiredServer s && onPrewiredActivated != null) {
                k.consume();
                onPrewiredActivated.accept(s);
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(search, tree);
        setMinWidth(200);
        setPrefWidth(270);
        rebuild();
    }

    public PaletteModel model() {
        return model;
    }

    public TextField searchField() {
        return search;
    }

    /** Puts the keyboard focus in the search field and selects its text (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
        Platform.runLater(search::selectAll);
    }

    /** Called with a part when the user double-clicks it or presses Enter on it. */
    public void setOnPartActivated(java.util.function.Consumer<Part> handler) {
        this.onPartActivated = handler;
    }

    /** Called with a pre-wired server when the user double-clicks it or presses Enter on it. */
    public void setOnPrewiredActivated(java.util.function.Consumer<PrewiredServer> handler) {
        this.onPrewiredActivated = handler;
    }

    private void rebuild() {
        String q = search.getText();
        boolean filtering = q != null && !q.isBlank();
        TreeItem<Object> root = new TreeItem<>("parts");
        for (Map.Entry<Family, List<Part>> e : model.groups(q).entrySet()) {
            TreeItem<Object> fam = new TreeItem<>(e.getKey());
            for (Part p : e.getValue()) {
                fam.getChildren().add(new TreeItem<>(p));
            }
            fam.setExpanded(filtering || e.getKey() != Family.CABLE && e.getKey() != Family.TRANSCEIVER);
            root.getChildren().add(fam);
            if (e.getKey() == Family.CHASSIS) {
                addPrewired(root, q);
            }
        }
        if (root.getChildren().stream().noneMatch(t -> PREWIRED.equals(t.getValue()))) {
            addPrewired(root, q);
        }
        tree.setRoot(root);
    }

    /** The group of ready-made servers (templates marked for the palette): dropped on a rack, they arrive wired. */
    static final String PREWIRED = "Pre-wired servers";

    private void addPrewired(TreeItem<Object> root, String q) {
        List<PrewiredServer> servers = model.prewired(q);
        if (servers.isEmpty()) {
            return;
        }
        TreeItem<Object> group = new TreeItem<>(PREWIRED);
        servers.forEach(s -> group.getChildren().add(new TreeItem<>(s)));
        group.setExpanded(true);
        root.getChildren().add(group);
    }

    private final class PartCell extends TreeCell<Object> {
        private final ImageView icon = new ImageView();
        private final Label title = new Label();
        private final Label sub = new Label();
        private final VBox text = new VBox(0, title, sub);
        private final HBox box = new HBox(8, icon, text);

        PartCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            // never wider than the palette: long names ellipsise instead of scrolling sideways
            prefWidthProperty().bind(tree.widthProperty().subtract(22));
            setMaxWidth(USE_PREF_SIZE);
            setMinWidth(0);
            text.setMinWidth(0);
            title.setMinWidth(0);
            sub.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            sub.setStyle("-fx-font-size: 0.85em; -fx-opacity: 0.7;");
            setOnDragDetected(ev -> {
                if (getItem() instanceof PrewiredServer s) {
                    if (getTooltip() != null) {
                        getTooltip().hide();
                    }
                    Dragboard db = startDragAndDrop(TransferMode.COPY);
                    ClipboardContent cc = new ClipboardContent();
                    cc.put(PartDrag.PART, PrewiredServer.DRAG_PREFIX + s.templateId());
                    cc.putString(s.chassisPart());
                    db.setContent(cc);
                    if (!HEADLESS_GLASS) {
                        db.setDragView(FamilyIcons.image(Family.CHASSIS, 32), 16, 16);
                    }
                    ev.consume();
                } else if (getItem() instanceof Part p) {
                    if (getTooltip() != null) {
                        getTooltip().hide();
                    }
                    Dragboard db = startDragAndDrop(TransferMode.COPY);
                    ClipboardContent cc = new ClipboardContent();
                    cc.put(PartDrag.PART, p.partNumber());
                    cc.putString(p.partNumber());
                    db.setContent(cc);
                    if (!HEADLESS_GLASS) {
                        // Monocle (headless tests) fails in its DnD loop when a drag image is set
                        db.setDragView(FamilyIcons.image(p.family(), 32), 16, 16);
                    }
                    ev.consume();
                }
            });
            setOnMouseClicked(ev -> {
                if (ev.getClickCount() == 2 && getItem() instanceof Part p && onPartActivated != null) {
                    onPartActivated.accept(p);
                }
                if (ev.getClickCount() == 2 && getItem() instanceof PrewiredServer s && onPrewiredActivated != null) {
                    onPrewiredActivated.accept(s);
                }
            });
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("pf-palette-part", "pf-palette-family");
            getProperties().remove("podforge.part");
            // the cell's one tooltip is made when the pointer first enters it (decision 0021, section 8); a row only sets its text
            String tip = null;
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
            } else if (item instanceof Family f) {
                getStyleClass().add("pf-palette-family");
                icon.setImage(FamilyIcons.image(f, 18));
                icon.setFitWidth(18);
                icon.setFitHeight(18);
                title.setText(f.label());
                title.setStyle("-fx-font-weight: bold;");
                text.getChildren().setAll(title);
                setText(null);
                setGraphic(box);
            } else if (PREWIRED.equals(item)) {
                getStyleClass().add("pf-palette-family");
                icon.setImage(FamilyIcons.image(Family.CHASSIS, 18));
                icon.setFitWidth(18);
                icon.setFitHeight(18);
                title.setText(PREWIRED);
                title.setStyle("-fx-font-weight: bold;");
                text.getChildren().setAll(title);
                setText(null);
                setGraphic(box);
            } else if (item instanceof PrewiredServer s) {
                getStyleClass().add("pf-palette-part");
                getProperties().put("podforge.part", PrewiredServer.DRAG_PREFIX + s.templateId());
                icon.setImage(FamilyIcons.image(Family.CHASSIS, 28));
                icon.setFitWidth(28);
                icon.setFitHeight(28);
                title.setText(s.name());
                title.setStyle("");
                sub.setText(s.chassisPart() + " · " + s.summary());
                text.getChildren().setAll(title, sub);
                tip = s.name() + "\n" + s.summary() + "\nFrom the template '" + s.templateId()
                        + "' (File > New from Template… shows its sources).\n\nDrag onto a rack: the server arrives wired, as one undoable step";
                setText(null);
                setGraphic(box);
            } else if (item instanceof Part p) {
                getStyleClass().add("pf-palette-part");
                getProperties().put("podforge.part", p.partNumber());
                icon.setImage(FamilyIcons.image(p.family(), 28));
                icon.setFitWidth(28);
                icon.setFitHeight(28);
                title.setText(p.name());
                title.setStyle("");
                sub.setText(PaletteModel.subtitle(p));
                text.getChildren().setAll(title, sub);
                tip = p.name() + "\n" + PaletteModel.subtitle(p)
                        + (p.description().isBlank() ? "" : "\n" + p.description()) + "\n\n" + PaletteModel.placementHint(p);
                setText(null);
                setGraphic(box);
            }
            LazyTooltip.text(this, tip, t -> { });
        }
    }
}
