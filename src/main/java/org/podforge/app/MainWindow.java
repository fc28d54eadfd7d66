package org.podforge.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Separator;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.podforge.app.bom.BomView;
import org.podforge.app.canvas.PodCanvas;
import org.podforge.app.palette.PaletteView;
import org.podforge.app.problems.FixMenus;
import org.podforge.app.problems.ProblemsView;
import org.podforge.app.problems.ProblemsViewModel;
import org.podforge.app.hall.HallView;
import org.podforge.app.topology.TopologyView;
import org.podforge.bom.DesignReport;
import org.podforge.export.WorkbookExporter;
import org.podforge.app.bom.BomViewModel;
import org.podforge.app.bom.CablesView;
import org.podforge.app.bom.CablesViewModel;
import org.podforge.app.inspector.InspectorView;
import org.podforge.app.inspector.InspectorViewModel;
import org.podforge.app.outline.OutlineView;
import org.podforge.app.status.StatusBarView;
import org.podforge.app.status.StatusViewModel;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CompositeCommand;
import org.podforge.service.AutosaveStore;
import org.podforge.service.Clipboard;
import org.podforge.service.Session;

/**
 * The main window, composed in code: menu bar and toolbar rendered from the same {@link AppAction}s,
 * the design views in the centre, the inspector on the right, BOM and cable schedule tabs below and a
 * status bar. Owns the wiring only; the logic lives in the ViewModels and controllers it creates.
 */
public final class MainWindow {
    private final Stage stage;
    private final DocumentModel doc;
    private final SettingsModel settings;
    private final FileController files;
    private org.podforge.app.print.ExportPdfAction exportPdf;
    private final AnalysisService analysis;
    private final FatalErrorHandler fatalErrors;
    private final Clipboard clipboard = new Clipboard();
    private final Map<String, AppAction> actions = new LinkedHashMap<>();
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final WindowSize windowSize;
    private final Menu recentMenu = new Menu("Open Recent");
    private final TabPane centreTabs = new TabPane();
    private final TabPane bottomTabs = new TabPane();
    private final OutlineView outline;
    private final PaletteView palette;
    private Tab partsTab;
    private final Tab racksTab = new Tab("Racks");
    private final Tab topologyTab = new Tab("Topology");
    private final Tab hallTab = new Tab("Hall");
    private PodCanvas canvas;
    private final ProblemsViewModel problemsVm;
    private final ProblemsView problemsView;
    private final Tab problemsTab = new Tab("Problems");
    private final Tab searchTab = new Tab("Search");
    private Tab outlineTab;
    private Tab bomTab;
    private Tab cablesTab;
    /** Hidden tabs' views held back until the first frame (docs/decisions/0021), each with its tab. */
    private final Map<Tab, Node> heldTabs = new LinkedHashMap<>();
    /** File > Generate…'s inputs when it last closed: the next opening this session starts from them. */
    private final Map<String, String> generateInputs = new java.util.HashMap<>();
    private org.podforge.app.search.SearchView searchView;
    private long designViewsRevision;
    private TopologyView topology;
    private HallView hall;
    private final javafx.beans.property.ReadOnlyObjectWrapper<Path> exportedWorkbook =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "exportedWorkbook");
    private final javafx.beans.property.ReadOnlyObjectWrapper<javafx.concurrent.Task<Path>> lastExport =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "lastExport");
    private final Timeline autosaveTimer;
    private final org.podforge.app.wiring.WiringActions wiring;
    private final StatusViewModel status;
    private final java.util.concurrent.ExecutorService fileReader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "podforge-open");
        t.setDaemon(true);
        return t;
    });

    public MainWindow(Stage stage, Catalog catalog, PriceBook prices, SettingsModel settings, AutosaveStore autosave,
                      Function<Window, DialogService> dialogFactory) {
        this.stage = stage;
        this.settings = settings;
        this.doc = new DocumentModel(Session.empty("Untitled", catalog, prices));
        this.files = new FileController(doc, catalog, prices, settings, dialogFactory.apply(stage), autosave, fileReader,
                javafx.application.Platform::runLater);
        this.analysis = new AnalysisService(doc);
        files.setCopier(analysis::copyWhenCaughtUp); // the autosave copies the analysis's replica, off the FX thread
        this.fatalErrors = new FatalErrorHandler(files, doc, analysis::stopAfterFatal);

        outline = new OutlineView(doc);
        palette = new PaletteView(catalog);
        palette.setOnPartActivated(this::addPart);
        palette.setOnPrewiredActivated(srv -> org.podforge.app.templates.PrewiredActivation.add(doc, srv));
        InspectorView inspector = new InspectorView(new InspectorViewModel(doc, analysis.resultProperty()));
        problemsVm = new ProblemsViewModel(doc, analysis, this::reveal);
        problemsView = new ProblemsView(problemsVm);
        BomViewModel bomVm = new BomViewModel(analysis);
        PriceActions priceActions = new PriceActions(doc, files.dialogs());
        priceActions.actions().forEach(a -> actions.put(a.id(), a));
        bomVm.setPriceEditor(priceActions::setPrice);
        CablesViewModel cablesVm = new CablesViewModel(analysis);
        status = new StatusViewModel(doc, analysis);
        wiring = new org.podforge.app.wiring.WiringActions(doc, stage, () -> settings.darkProperty().get());

        exportPdf = new org.podforge.app.print.ExportPdfAction(doc, files);
        exportPdf.setTopologyPod(this::printedTopologyPod);
        createActions();

        // left: palette and outline
        partsTab = new Tab("Parts", palette);
        partsTab.setId("tab-parts");
        outlineTab = new Tab("Outline", outline);
        outlineTab.setId("tab-outline");
        TabPane left = new TabPane(partsTab, outlineTab);
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        left.setMinWidth(200);
        left.setPrefWidth(270);

        // centre: design views, rebuilt when another design is opened
        racksTab.setId("tab-racks");
        topologyTab.setId("tab-topology");
        hallTab.setId("tab-hall");
        centreTabs.getTabs().setAll(racksTab, topologyTab, hallTab);
        centreTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        buildDesignViews(doc.getSession());
        centreTabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showLazyViews());
        doc.sessionProperty().addListener((o, old, now) -> buildDesignViews(now));
        // badges on the canvas follow each analysis (results from a previous design are never shown)
        analysis.resultProperty().addListener((o, a, r) -> {
            if (r != null && canvas != null && r.revision() >= designViewsRevision && !r.sameFindingsAs(a)) {
                canvas.showFindings(r.findings());
            }
        });

        // bottom: problems, BOM and cables
        problemsTab.setContent(problemsView);
        problemsTab.setId("tab-problems");
        problemsTab.textProperty().bind(Bindings.concat("Problems (", problemsVm.summaryProperty(), ")"));
        bomTab = new Tab("BOM", new BomView(bomVm));
        bomTab.setId("tab-bom");
        cablesTab = new Tab("Cables", new CablesView(cablesVm, doc, id -> reveal(List.of(id))));
        cablesTab.setId("tab-cables");
        // the cable schedule is computed only while the Cables tab or a selected link shows it (decision 20)
        Runnable cablesShown = () -> analysis.setCablesWanted(cablesTab.isSelected() || doc.getSession().selection().stream()
                .anyMatch(id -> doc.getSession().project().find(id).orElse(null) instanceof org.podforge.model.Link));
        cablesTab.selectedProperty().addListener((o, was, now) -> cablesShown.run());
        doc.selectionProperty().addListener((o, was, now) -> cablesShown.run());
        cablesShown.run();
        searchView = new org.podforge.app.search.SearchView(doc, analysis, this::reveal);
        searchTab.setContent(searchView);
        searchTab.setId("tab-search");
        bottomTabs.getTabs().setAll(problemsTab, bomTab, cablesTab, searchTab);
        bottomTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottomTabs.getStyleClass().add("bottom-tabs");

        SplitPane vertical = new SplitPane(centreTabs, bottomTabs);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(bottomTabs, false);

        VBox right = new VBox(inspector);
        VBox.setVgrow(inspector, javafx.scene.layout.Priority.ALWAYS);
        right.setMinWidth(260);
        right.setPrefWidth(380);
        Label inspectorTitle = new Label("Inspector");
        inspectorTitle.getStyleClass().add("panel-title");
        right.getChildren().add(0, inspectorTitle);

        SplitPane horizontal = new SplitPane(left, vertical, right);
        horizontal.setDividerPositions(0.17, 0.75);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);

        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(horizontal);
        root.setBottom(new StatusBarView(status));

        // never larger than the screen (settings may come from a bigger monitor)
        // on first start the window takes most of the screen; never larger than the screen
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        boolean first = !settings.current().firstStartDone();
        double w = first ? Math.floor(screen.getWidth() * 0.94) : Math.min(settings.current().windowWidth(), screen.getWidth());
        double h = first ? Math.floor(screen.getHeight() * 0.92) : Math.min(settings.current().windowHeight(), screen.getHeight());
        scene = new Scene(root, w, h);
        ThemeManager.apply(scene, settings.darkProperty().get());
        settings.darkProperty().addListener((o, a, dark) -> ThemeManager.apply(scene, dark));
        installKeys();

        stage.setScene(scene);
        stage.titleProperty().bind(doc.titleProperty());
        stage.setMaximized(settings.current().maximized());
        stage.centerOnScreen();
        windowSize = WindowSize.keep(stage, scene);
        stage.setOnCloseRequest(e -> {
            if (!close()) {
                e.consume();
            }
        });

        autosaveTimer = new Timeline(new KeyFrame(Duration.seconds(60), e -> files.autosaveTick()));
        autosaveTimer.setCycleCount(Timeline.INDEFINITE);
        autosaveTimer.play();
    }

    // ---- start-up ---------------------------------------------------------------------------------

    /**
     * Holds back the views of the tabs that are not showing (Outline, BOM, Cables, Search) until
     * {@link #attachHeldTabs()}: a tab pane styles, skins and lays out every tab's view, shown or not, so at
     * start-up they cost the first frame about as much as the views that are shown (docs/decisions/0021). A
     * held tab that is selected gets its view at once. Call before the window is shown; windows that never
     * call it (tests, What If) have every view from the start.
     */
    public void holdHiddenTabs() {
        for (Tab t : List.of(outlineTab, bomTab, cablesTab, searchTab)) {
            if (!t.isSelected() && t.getContent() != null) {
                heldTabs.put(t, t.getContent());
                t.setContent(null);
                t.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                        if (now) {
                            o.removeListener(this);
                            attach(t);
                        }
                    }
                });
            }
        }
    }

    /**
     * Holds back the views of the Parts and Problems tabs, which show at start, until {@link #attachHeldTabs()}: the first
     * frame shows the design, not the palette's rows and icons or the (still empty: the first analysis waits for the first
     * frame too) Problems list, its filters and detail pane, yet styling, skinning and laying them out cost the FX thread
     * before that frame (decision 0021, section 8). Until then each tab shows an empty region. Whatever reaches a held view
     * first brings it at once: the pointer entering (or pressing in) its region, the tab selected again, a key pressed in its tab
     * pane, Find Part (Ctrl+F), a finding shown from a canvas badge. Call before the window is shown; windows that never
     * call it (tests, What If) have both views from the start.
     */
    public void holdPaletteAndProblems() {
        for (Tab t : List.of(partsTab, problemsTab)) {
            if (t.getContent() == null || heldTabs.containsKey(t)) {
                continue;
            }
            Region stand = new Region();
            stand.setId(t.getId() + "-held");
            if (t.getContent() instanceof Region view) { // the same size constraints the split panes see
                stand.setMinSize(view.getMinWidth(), view.getMinHeight());
                stand.setPrefSize(view.getPrefWidth(), view.getPrefHeight());
            }
            heldTabs.put(t, t.getContent());
            t.setContent(stand);
            stand.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> attach(t));
            stand.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> attach(t));
            t.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    attach(t);
                }
            });
            // the tab pane takes the window's first focus: a key pressed in it (Tab into the view, arrows) brings the view
            // before the key is handled
            t.getTabPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> attach(t));
        }
    }

    /** Gives the held tabs their views (after the first frame). */
    public void attachHeldTabs() {
        List.copyOf(heldTabs.keySet()).forEach(this::attach);
    }

    private void attach(Tab t) {
        Node view = heldTabs.remove(t);
        if (view != null) {
            t.setContent(view);
        }
    }


    /**
     * Chooses the first design: a file named on the command line; else an autosave left by a crash (if
     * the user accepts); else on first start (or when the last file is gone) the embedded sample; else
     * the most recent file.
     */
    public void openInitial(List<String> args) {
        String fileArg = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        boolean firstStart = !settings.current().firstStartDone();
        settings.setFirstStartDone();
        analysis.runNow();
        Runnable fallback = () -> {
            boolean opened = files.offerRecovery();
            if (!opened && !firstStart && !settings.recentFiles().isEmpty()) {
                files.load(Path.of(settings.recentFiles().get(0)), ok -> {
                    if (!ok) {
                        openSample();
                    }
                });
                return;
            }
            if (!opened) {
                openSample();
            }
        };
        if (fileArg != null) {
            files.load(Path.of(fileArg), ok -> {
                if (!ok) {
                    fallback.run();
                }
            });
        } else {
            fallback.run();
        }
    }

    private void openSample() {
        if (SampleDesign.available()) {
            files.newFromSample();
        }
    }

    // ---- actions ----------------------------------------------------------------------------------

    private void createActions() {
        BooleanBinding always = Bindings.createBooleanBinding(() -> true);
        BooleanBinding racksShowing = racksShowing();
        add("new", "New", MaterialDesignF.FILE_OUTLINE, key(KeyCode.N, KeyCombination.SHORTCUT_DOWN), always, files::newEmpty);
        add("new-sample", "New from Sample", MaterialDesignF.FILE_DOCUMENT_OUTLINE, null,
                Bindings.createBooleanBinding(SampleDesign::available), files::newFromSample);
        add("generate", "Generate…", MaterialDesignA.AUTO_FIX, key(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), always,
                () -> org.podforge.app.generate.GenerateDialog.show(stage, files, generateInputs));
        add("open", "Open…", MaterialDesignF.FOLDER_OPEN_OUTLINE, key(KeyCode.O, KeyCombination.SHORTCUT_DOWN), always, files::open);
        add("save", "Save", MaterialDesignC.CONTENT_SAVE_OUTLINE, key(KeyCode.S, KeyCombination.SHORTCUT_DOWN), always, files::save);
        add("save-as", "Save As…", MaterialDesignC.CONTENT_SAVE_EDIT_OUTLINE,
                key(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), always, files::saveAs);
        add("close", "Close", null, key(KeyCode.W, KeyCombination.SHORTCUT_DOWN), always, files::closeDesign);
        add("export-image", "Export Image…", MaterialDesignI.IMAGE_OUTLINE, null, always, this::exportImage);
        add("export-pdf", "Export PDF…", MaterialDesignF.FILE_PDF_BOX, null, always, exportPdf::run);
        add("print", "Print…", MaterialDesignP.PRINTER_OUTLINE, key(KeyCode.P, KeyCombination.SHORTCUT_DOWN), always,
                printAction()::run);
        add("quit", "Quit", null, key(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), always, () -> {
            if (close()) {
                stage.hide();
            }
        });

        add("undo", "Undo", MaterialDesignU.UNDO, key(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), doc.canUndoProperty(), doc::undo)
                .bindText(doc.undoTextProperty());
        add("redo", "Redo", MaterialDesignR.REDO, key(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), doc.canRedoProperty(), doc::redo)
                .bindText(doc.redoTextProperty());
        add("delete", "Delete", MaterialDesignD.DELETE_OUTLINE, key(KeyCode.DELETE), doc.hasSelectionProperty(), this::deleteSelection);
        add("copy", "Copy", MaterialDesignC.CONTENT_COPY, key(KeyCode.C, KeyCombination.SHORTCUT_DOWN), doc.hasSelectionProperty(), this::copy);
        add("paste", "Paste", MaterialDesignC.CONTENT_PASTE, key(KeyCode.V, KeyCombination.SHORTCUT_DOWN), always, this::paste);
        add("duplicate", "Duplicate", MaterialDesignC.CONTENT_DUPLICATE, key(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                doc.hasSelectionProperty(), this::duplicate);
        add("new-pod", "New Pod", MaterialDesignP.PLUS_BOX_MULTIPLE_OUTLINE, null, always,
                new org.podforge.app.pods.NewPodAction(doc, this::reveal)::run);
        add("wire", "Wire Selection…", org.kordamp.ikonli.materialdesign2.MaterialDesignL.LAN_CONNECT,
                key(KeyCode.L, KeyCombination.SHORTCUT_DOWN), doc.hasSelectionProperty(), wiring::wireSelection);
        add("auto-wire", "Auto-wire Chassis or Rack…", null, key(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                doc.hasSelectionProperty(), wiring::autoWire);
        add("unwire", "Remove Links of Selection", null, null, doc.hasSelectionProperty(), wiring::unwire);
        add("add-note", "Add Note", MaterialDesignN.NOTE_TEXT_OUTLINE, null, racksShowing, () -> canvas.addNote());
        add("select-none", "Select None", null, key(KeyCode.ESCAPE), doc.hasSelectionProperty(), () -> doc.getSession().clearSelection());

        add("find-design", "Find in Design…", MaterialDesignT.TEXT_SEARCH, key(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                always, () -> {
                    bottomTabs.getSelectionModel().select(searchTab);
                    searchView.focusField();
                });
        add("find", "Find Part", MaterialDesignM.MAGNIFY, key(KeyCode.F, KeyCombination.SHORTCUT_DOWN), always, () -> {
            attach(partsTab); // held until the first frame: the search field must be in the scene to take the focus
            palette.focusSearch();
        });
        // zoom buttons act on the racks canvas; on the Topology tab they would zoom a hidden view, so they
        // are greyed out there (the graph zooms with the wheel) and Fit fits the graph instead
        add("zoom-in", "Zoom In", MaterialDesignM.MAGNIFY_PLUS_OUTLINE, key(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                racksShowing, () -> canvas.zoomIn());
        add("zoom-out", "Zoom Out", MaterialDesignM.MAGNIFY_MINUS_OUTLINE, key(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                racksShowing, () -> canvas.zoomOut());
        add("fit", "Fit to Window", MaterialDesignF.FIT_TO_SCREEN_OUTLINE, key(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), always,
                () -> {
                    if (hall != null && centreTabs.getSelectionModel().getSelectedItem() == hallTab) {
                        hall.fit();
                    } else if (racksShowing.get()) {
                        canvas.fitToView();
                    } else {
                        topology.fit();
                    }
                });
        add("export-workbook", "Export Workbook…", MaterialDesignM.MICROSOFT_EXCEL, key(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                always, this::exportWorkbook);
        add("shortcuts", "Keyboard Shortcuts", null, key(KeyCode.F1), always,
                () -> files.dialogs().showInfo("Keyboard shortcuts", shortcutsText()));
        add("theme", "Dark Theme", MaterialDesignT.THEME_LIGHT_DARK, null, always,
                () -> settings.darkProperty().set(!settings.darkProperty().get()));
    }

    private AppAction add(String id, String text, Ikon icon, KeyCombination acc, ObservableBooleanValue enabled, Runnable run) {
        AppAction a = new AppAction(id, text, icon, acc, enabled, null, run);
        actions.put(id, a);
        return a;
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... mods) {
        return new KeyCodeCombination(code, mods);
    }

    /** The action with the given id (menus, toolbar and tests use the same objects). */
    public AppAction action(String id) {
        AppAction a = actions.get(id);
        if (a == null) {
            throw new IllegalArgumentException("no action " + id);
        }
        return a;
    }

    /** The shortcut list, generated from the actions themselves (so it cannot drift from the menus). */
    public String shortcutsText() {
        StringBuilder sb = new StringBuilder();
        for (AppAction a : actions.values()) {
            if (a.accelerator() != null) {
                String name = a.id().equals("undo") ? "Undo" : a.id().equals("redo") ? "Redo" : a.text().replace("…", "");
                sb.append(String.format("%-16s %s%n", a.accelerator().getDisplayText(), name));
            }
        }
        sb.append(String.format("%-16s %s%n", "+ / -", "Zoom in / out (canvas)"));
        sb.append(String.format("%-16s %s%n", "Up / Down", "Nudge the selected chassis one U (canvas)"));
        sb.append(String.format("%-16s %s%n", "Esc", "Close a dialog or window, as its Cancel does"));
        return sb.toString();
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.setId("menu-file");
        file.getItems().addAll(item("new"), item("new-sample"), item("open"), recentMenu, new SeparatorMenuItem(),
                item("save"), item("save-as"), item("close"), new SeparatorMenuItem(), item("export-workbook"), item("export-image"), item("export-pdf"), item("print"), new SeparatorMenuItem(), item("quit"));
        file.getItems().add(2, org.podforge.app.templates.NewFromTemplateDialog.menuItem(stage, files));
        file.getItems().add(3, item("generate"));
        file.getItems().add(file.getItems().size() - 2, org.podforge.app.variants.WhatIfWindow.menuItem(stage, files));
        recentMenu.setId("menu-recent");
        settings.recentFiles().addListener((ListChangeListener<String>) c -> rebuildRecent());
        rebuildRecent();

        Menu edit = new Menu("_Edit");
        edit.setId("menu-edit");
        edit.getItems().addAll(item("undo"), item("redo"), new SeparatorMenuItem(), item("copy"), item("paste"),
                item("duplicate"), item("delete"), new SeparatorMenuItem(), item("wire"), item("auto-wire"), item("unwire"),
                new SeparatorMenuItem(), item("new-pod"), item("add-note"), new SeparatorMenuItem(), item("select-none"), new SeparatorMenuItem(),
                item("find-design"));

        Menu view = new Menu("_View");
        view.setId("menu-view");
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menu-dark");
        dark.selectedProperty().bindBidirectional(settings.darkProperty());
        view.getItems().addAll(item("zoom-in"), item("zoom-out"), item("fit"), new SeparatorMenuItem(), item("find"),
                new SeparatorMenuItem(), dark);

        Menu help = new Menu("_Help");
        help.setId("menu-help");
        HelpActions.create(files.dialogs()).forEach(a -> actions.put(a.id(), a));
        help.getItems().addAll(item("shortcuts"), new SeparatorMenuItem(), item("open-log-folder"), item("about"));
        Menu catalogMenu = new Menu("_Catalog");
        catalogMenu.setId("menu-catalog");
        CatalogActions.create(files.dialogs()).forEach(a -> actions.put(a.id(), a));
        catalogMenu.getItems().addAll(item("import-netbox"), item("open-user-catalog"), new SeparatorMenuItem(),
                item("load-prices"), item("save-prices"), item("save-prices-as"));

        MenuBar mb = new MenuBar(file, edit, view, catalogMenu, help);
        mb.setId("menu-bar");
        return mb;
    }

    private MenuItem item(String id) {
        return ActionRenderer.menuItem(action(id));
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (String f : settings.recentFiles()) {
            MenuItem mi = new MenuItem(f);
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> files.open(Path.of(f)));
            recentMenu.getItems().add(mi);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private ToolBar toolBar() {
        ToolBar tb = new ToolBar();
        tb.setId("tool-bar");
        for (String id : new String[] {"new", "open", "save", "|", "undo", "redo", "|", "copy", "paste", "duplicate", "delete",
                "|", "zoom-in", "zoom-out", "fit", "|", "export-workbook", "|", "theme"}) {
            tb.getItems().add(id.equals("|") ? new Separator(Orientation.VERTICAL) : ActionRenderer.toolButton(action(id)));
        }
        return tb;
    }

    /** Bare +/- zoom keys when no text field has focus; handled after the focused control had its chance. */
    private void installKeys() {
        scene.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl || scene.getFocusOwner() == canvas) {
                return; // text fields type the character; the focused canvas zooms on its own
            }
            String ch = e.getCharacter();
            if (("+".equals(ch) || "=".equals(ch)) && actions.containsKey("zoom-in")) {
                action("zoom-in").fire();
                e.consume();
            } else if ("-".equals(ch) && actions.containsKey("zoom-out")) {
                action("zoom-out").fire();
                e.consume();
            }
        });
    }

    // ---- edit -------------------------------------------------------------------------------------

    private boolean textFocused() {
        return scene.getFocusOwner() instanceof TextInputControl;
    }

    private void deleteSelection() {
        if (textFocused()) {
            return;
        }
        List<String> ids = doc.selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        org.podforge.model.command.DeleteSelectionCommand c = new org.podforge.model.command.DeleteSelectionCommand(ids);
        if (doc.execute(c)) {
            // the same command and feedback as Delete on the canvas; a refused delete already left its reason
            doc.messageProperty().set(org.podforge.model.command.DeleteSelectionCommand.done(c));
        }
    }

    private void copy() {
        if (textFocused()) {
            ((TextInputControl) scene.getFocusOwner()).copy();
            return;
        }
        int n = clipboard.copy(doc.getSession().project(), doc.selectedIds());
        doc.messageProperty().set(n == 0 ? "Nothing to copy: select a pod, rack, chassis or component"
                : "Copied " + n + " object" + (n == 1 ? "" : "s"));
    }

    private void paste() {
        if (textFocused()) {
            ((TextInputControl) scene.getFocusOwner()).paste();
            return;
        }
        try {
            showAdded(clipboard.paste(doc.getSession().project(), doc.getSession().catalog(), doc.selectedIds()), "Pasted");
        } catch (CommandException e) {
            doc.messageProperty().set(e.getMessage());
        }
    }

    /**
     * Executes a paste or duplicate; on success selects and reveals what it added (pods, racks, chassis,
     * components; not the copied links) and says so in the status bar, so the user sees where it went.
     */
    private void showAdded(Command c, String verb) {
        if (!doc.execute(c)) {
            return;
        }
        List<String> added = new java.util.ArrayList<>();
        for (Command part : c instanceof CompositeCommand cc ? cc.parts() : List.of(c)) {
            if (part instanceof org.podforge.model.command.AddCommand a && !(a.node() instanceof org.podforge.model.Link)) {
                added.add(a.node().id());
            }
        }
        if (!added.isEmpty()) {
            reveal(added);
        }
        doc.messageProperty().set(verb + " " + added.size() + (added.size() == 1 ? " object" : " objects")
                + (added.isEmpty() ? "" : " as " + String.join(", ", added)) + " (Undo with Ctrl+Z)");
    }

    /** Double-click (or Enter) on a palette part: adds it to the selected pod, rack or chassis. */
    private void addPart(org.podforge.model.Part part) {
        try {
            Command c = Clipboard.addPart(doc.getSession().project(), doc.getSession().catalog(), part, doc.selectedIds());
            if (doc.execute(c)) {
                List<String> added = ((CompositeCommand) c).parts().stream()
                        .map(x -> ((org.podforge.model.command.AddCommand) x).node().id()).toList();
                reveal(added);
                doc.messageProperty().set("Added " + part.partNumber() + " as " + String.join(", ", added));
            }
        } catch (CommandException e) {
            doc.messageProperty().set(e.getMessage());
        }
    }

    private void duplicate() {
        if (textFocused()) {
            return;
        }
        try {
            showAdded(Clipboard.duplicate(doc.getSession().project(), doc.getSession().catalog(), doc.selectedIds()), "Duplicated");
        } catch (CommandException e) {
            doc.messageProperty().set(e.getMessage());
        }
    }

    /** Selects the objects and brings them into view. */
    public void reveal(java.util.Collection<String> ids) {
        if (centreTabs.getSelectionModel().getSelectedItem() != racksTab) {
            centreTabs.getSelectionModel().select(racksTab);
        }
        canvas.reveal(ids);
    }

    /** Replaces the canvas and topology view with ones for the given session (New, Open, recover). */
    private void buildDesignViews(Session s) {
        if (canvas != null) {
            canvas.dispose();
            status.zoomProperty().unbind();
        }
        if (topology != null) {
            topology.dispose();
        }
        if (hall != null) {
            hall.dispose();
        }
        canvas = new PodCanvas(s);
        canvas.setFindingMenus(new PodCanvas.FindingMenus() {
            @Override
            public List<MenuItem> fixItems(org.podforge.rules.Finding f) {
                return FixMenus.items(problemsVm, f);
            }

            @Override
            public void open(org.podforge.rules.Finding f) {
                showFinding(f);
            }
        });
        canvas.setSelectionMenus(() -> List.of(item("wire"), item("auto-wire"), item("unwire")));
        designViewsRevision = doc.revisionProperty().get();
        canvas.darkProperty().bind(settings.darkProperty());
        canvas.statusProperty().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                doc.messageProperty().set(b);
            }
        });
        PodCanvas shown = canvas;
        // the zoom shown is the racks canvas's; it means nothing while the Topology tab is showing
        status.zoomProperty().bind(Bindings.createStringBinding(
                () -> centreTabs.getSelectionModel().getSelectedItem() == racksTab ? "Zoom " + Math.round(shown.zoomProperty().get() * 100) + "%" : "",
                shown.zoomProperty(), centreTabs.getSelectionModel().selectedItemProperty()));
        racksTab.setContent(canvas);
        topology = null;
        topologyTab.setContent(null);
        hall = null;
        hallTab.setContent(null);
        showLazyViews();
    }

    /**
     * The topology and hall views are built when their tab is first shown for a design: most starts never
     * need them, and building them for a tab nobody looks at delayed the first frame (docs/decisions/0021).
     */
    private void showLazyViews() {
        if (topology == null && centreTabs.getSelectionModel().getSelectedItem() == topologyTab) {
            topology = new TopologyView(doc.getSession());
            topology.darkProperty().bind(settings.darkProperty());
            topologyTab.setContent(topology);
        }
        if (hall == null && centreTabs.getSelectionModel().getSelectedItem() == hallTab) {
            hall = new HallView(doc.getSession());
            hall.darkProperty().bind(settings.darkProperty());
            hallTab.setContent(hall);
        }
    }

    /** Shows a finding in the Problems tab's list and detail pane (a canvas badge click). */
    public void showFinding(org.podforge.rules.Finding f) {
        bottomTabs.getSelectionModel().select(problemsTab);
        attach(problemsTab);
        problemsView.select(f);
    }

    /** True while the Racks tab (not the Topology or Hall tab) is showing. */
    private BooleanBinding racksShowing() {
        return Bindings.createBooleanBinding(() -> centreTabs.getSelectionModel().getSelectedItem() == racksTab,
                centreTabs.getSelectionModel().selectedItemProperty());
    }

    public org.podforge.app.wiring.WiringActions wiring() {
        return wiring;
    }

    public PodCanvas canvas() {
        return canvas;
    }

    // ---- files ------------------------------------------------------------------------------------

    private void exportImage() {
        String base = FileController.safeName(doc.getSession().project().name());
        files.chooseExportFile("Export image", base + ".png", "PNG image", ".png").ifPresent(target -> files.export("image", target, t -> {
            WritableImage img = designSnapshot();
            Files.createDirectories(t.toAbsolutePath().getParent());
            if (!ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", t.toFile())) {
                throw new IOException("no PNG writer available");
            }
        }));
    }

    /** File > Print: like Export PDF, the topology of the shown pod while the Topology tab is showing. */
    private org.podforge.app.print.PrintAction printAction() {
        org.podforge.app.print.PrintAction p = new org.podforge.app.print.PrintAction(doc, files, stage);
        p.setTopologyPod(this::printedTopologyPod);
        return p;
    }

    /** The pod whose topology File > Print and Export PDF print: the one the Topology tab shows, while it shows. */
    private String printedTopologyPod() {
        if (topology == null || centreTabs.getSelectionModel().getSelectedItem() != topologyTab) {
            return null;
        }
        return topology.shownPod() == null ? null : topology.shownPod().id();
    }

    /** A picture of the design view currently shown in the centre. */
    public WritableImage designSnapshot() {
        if (centreTabs.getSelectionModel().getSelectedItem() == topologyTab) {
            return topology.snapshot(null, null);
        }
        return canvas.snapshotImage();
    }

    /**
     * File > Export workbook: snapshots the design here, then validates, costs and writes the xlsx on a
     * background thread (a 4,096-GPU cluster takes seconds); success goes to the status bar.
     */
    private void exportWorkbook() {
        String base = FileController.safeName(doc.getSession().project().name());
        files.chooseExportFile("Export workbook", base + ".xlsx", "Excel workbook", ".xlsx").ifPresent(target -> {
            Session s = doc.getSession();
            org.podforge.model.Project snap = org.podforge.service.ProjectSnapshot.copyOf(s.project());
            javafx.concurrent.Task<Path> task = new javafx.concurrent.Task<>() {
                @Override
                protected Path call() throws Exception {
                    WorkbookExporter.export(DesignReport.of(snap, s.catalog(), s.priceBook()), target);
                    return target;
                }
            };
            task.setOnSucceeded(e -> {
                doc.messageProperty().set("Exported workbook to " + target.getFileName());
                exportedWorkbook.set(target);
            });
            task.setOnFailed(e -> {
                if (org.podforge.service.FatalErrors.isFatal(task.getException())) {
                    fatalErrors.fatal(task.getException(), "exporting the workbook " + target.getFileName());
                } else {
                    files.dialogs().showError("Cannot export the workbook", target + ": " + task.getException().getMessage());
                }
            });
            doc.messageProperty().set("Exporting workbook…");
            lastExport.set(task);
            Thread t = new Thread(task, "podforge-export");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The file the last workbook export wrote (set on the FX thread when it succeeded). */
    public javafx.beans.property.ReadOnlyObjectProperty<Path> exportedWorkbookProperty() {
        return exportedWorkbook.getReadOnlyProperty();
    }

    /** The last workbook export started from the menu. */
    public javafx.beans.property.ReadOnlyObjectProperty<javafx.concurrent.Task<Path>> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }

    /** Window close: unsaved-changes prompt, settings, autosave cleanup. */
    public boolean close() {
        if (!files.requestClose()) {
            return false;
        }
        if (!stage.isMaximized()) {
            settings.setWindow(scene.getWidth(), scene.getHeight(), false);
        } else {
            settings.setWindow(settings.current().windowWidth(), settings.current().windowHeight(), true);
        }
        autosaveTimer.stop();
        analysis.shutdown();
        return true;
    }

    public org.podforge.app.print.ExportPdfAction exportPdf() { return exportPdf; }
    public org.podforge.app.search.SearchView search() { return searchView; }
    public Stage stage() { return stage; }
    public Scene scene() { return scene; }
    /**
     * Runs {@code work} once the window's size has been sent to the window system after its first showing
     * ({@link WindowSize}): start-up's heavy work waits for it, else the window stays small while it runs.
     */
    public void whenSized(Runnable work) { windowSize.whenSized(work); }
    public DocumentModel document() { return doc; }
    public FileController files() { return files; }
    public AnalysisService analysis() { return analysis; }
    /** Out of memory anywhere: autosave, then a dialog (installed by {@link PodForgeApp} for every thread). */
    public FatalErrorHandler fatalErrors() { return fatalErrors; }
    public SettingsModel settings() { return settings; }
    public StatusViewModel status() { return status; }
}
