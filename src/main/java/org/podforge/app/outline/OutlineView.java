package org.podforge.app.outline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.podforge.app.DocumentModel;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Node;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * The design as a tree (pods, racks, chassis, components, links per pod), synced both ways with the
 * session selection. Children are built when a branch is expanded, so a 16,384-GPU cluster opens as
 * quickly as a small pod.
 */
public final class OutlineView extends TreeView<String> {
    private final DocumentModel doc;
    private boolean syncing;

    public OutlineView(DocumentModel doc) {
        this.doc = doc;
        setId("outline");
        setShowRoot(false);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setCellFactory(tv -> new TreeCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                if (empty || id == null) {
                    setText(null);
                    return;
                }
                if (id.startsWith("#links:")) {
                    setText("Links (" + doc.getSession().project().pod(id.substring(7)).map(p -> p.links().size()).orElse(0) + ")");
                    return;
                }
                Node n = doc.getSession().project().find(id).orElse(null);
                setText(n == null ? id : label(n));
            }
        });
        getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<TreeItem<String>>) c -> {
            if (syncing) {
                return;
            }
            List<String> ids = new ArrayList<>();
            for (TreeItem<String> t : List.copyOf(getSelectionModel().getSelectedItems())) {
                if (t != null && t.getValue() != null && !t.getValue().startsWith("#")) {
                    ids.add(t.getValue());
                }
            }
            syncing = true;
            try {
                doc.select(ids);
            } finally {
                syncing = false;
            }
        });
        doc.revisionProperty().addListener((o, a, b) -> rebuild());
        doc.selectionProperty().addListener((o, a, b) -> showSelection(b));
        rebuild();
    }

    private void rebuild() {
        Set<String> expanded = new HashSet<>();
        if (getRoot() != null) {
            collectExpanded(getRoot(), expanded);
        }
        Project p = doc.getSession().project();
        TreeItem<String> root = new TreeItem<>("#root");
        for (Pod pod : p.pods()) {
            root.getChildren().add(new Lazy(pod.id(), expanded));
        }
        syncing = true;
        try {
            setRoot(root);
        } finally {
            syncing = false;
        }
        showSelection(doc.selectionProperty().get());
    }

    private static void collectExpanded(TreeItem<String> t, Set<String> out) {
        if (t.isExpanded() && t.getValue() != null) {
            out.add(t.getValue());
        }
        if (t instanceof Lazy l && !l.loaded) {
            return;
        }
        for (TreeItem<String> c : t.getChildren()) {
            collectExpanded(c, out);
        }
    }

    private void showSelection(Set<String> ids) {
        if (syncing || getRoot() == null) {
            return;
        }
        syncing = true;
        try {
            getSelectionModel().clearSelection();
            for (String id : ids) {
                TreeItem<String> t = find(id);
                if (t != null) {
                    getSelectionModel().select(t);
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** Finds (expanding the path to) the tree item of an id. */
    private TreeItem<String> find(String id) {
        Project p = doc.getSession().project();
        Node n = p.find(id).orElse(null);
        if (n == null) {
            return null;
        }
        List<String> path = new ArrayList<>();
        for (Node x = n; x != null; x = x.parent()) {
            path.add(0, x.id());
        }
        if (n instanceof Link l) {
            path.add(path.size() - 1, "#links:" + l.pod().id());
        }
        TreeItem<String> cur = getRoot();
        for (String step : path) {
            TreeItem<String> next = null;
            for (TreeItem<String> c : cur.getChildren()) {
                if (step.equals(c.getValue())) {
                    next = c;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            if (next != null && !step.equals(id)) {
                next.setExpanded(true);
            }
            cur = next;
        }
        return cur;
    }

    static String label(Node n) {
        if (n instanceof Pod p) {
            return p.label() + "  ×" + p.replicas();
        } else if (n instanceof Rack r) {
            return r.label() + "  (" + r.partNumber() + ")";
        } else if (n instanceof Chassis c) {
            return "U" + c.uPosition() + "  " + c.label() + "  (" + c.partNumber() + ")";
        } else if (n instanceof Component c) {
            return (c.slot() == null ? "" : c.slot() + "  ") + c.label() + "  (" + c.partNumber() + ")";
        } else if (n instanceof Link l) {
            return l.label() + ": " + l.a() + " ↔ " + l.b() + "  x" + l.lanes();
        }
        return n.label();
    }

    /** A tree item that builds its children on first expansion. */
    private final class Lazy extends TreeItem<String> {
        boolean loaded;
        private final Set<String> expanded;

        Lazy(String id, Set<String> expanded) {
            super(id);
            this.expanded = expanded;
            if (expanded.contains(id)) {
                setExpanded(true);
            }
        }

        @Override
        public boolean isLeaf() {
            String id = getValue();
            if (id.startsWith("#links:")) {
                return false;
            }
            Node n = doc.getSession().project().find(id).orElse(null);
            return n == null || n instanceof Component || n instanceof Link
                    || (n instanceof Chassis c && c.components().isEmpty());
        }

        @Override
        public ObservableList<TreeItem<String>> getChildren() {
            if (!loaded) {
                loaded = true;
                List<TreeItem<String>> kids = new ArrayList<>();
                Project p = doc.getSession().project();
                String id = getValue();
                if (id.startsWith("#links:")) {
                    p.pod(id.substring(7)).ifPresent(pod -> pod.links().forEach(l -> kids.add(new Lazy(l.id(), expanded))));
                } else {
                    Node n = p.find(id).orElse(null);
                    if (n instanceof Pod pod) {
                        pod.racks().forEach(r -> kids.add(new Lazy(r.id(), expanded)));
                        if (!pod.links().isEmpty()) {
                            kids.add(new Lazy("#links:" + pod.id(), expanded));
                        }
                    } else if (n instanceof Rack r) {
                        r.chassis().forEach(c -> kids.add(new Lazy(c.id(), expanded)));
                    } else if (n instanceof Chassis c) {
                        c.components().forEach(x -> kids.add(new Lazy(x.id(), expanded)));
                    }
                }
                super.getChildren().setAll(kids);
            }
            return super.getChildren();
        }
    }
}
