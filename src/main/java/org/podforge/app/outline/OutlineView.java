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
    /** The cells the tree made (weakly: the tree drops cells it no longer needs), to re-label in place after an edit. */
    private final Set<TreeCell<String>> cells = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    public OutlineView(DocumentModel doc) {
        this.doc = doc;
        setId("outline");
        setShowRoot(false);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setCellFactory(tv -> {
            TreeCell<String> cell = new TreeCell<>() {
                @Override
                protected void updateItem(String id, boolean empty) {
                    super.updateItem(id, empty);
                    setText(empty ? null : text(id));
                }
            };
            cells.add(cell);
            return cell;
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
        doc.revisionProperty().addListener((o, a, b) -> update());
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

    /** What a row shows for an item id. */
    private String text(String id) {
        if (id == null) {
            return null;
        }
        Project p = doc.getSession().project();
        if (id.startsWith("#links:")) {
            return "Links (" + p.pod(id.substring(7)).map(pod -> pod.links().size()).orElse(0) + ")";
        }
        Node n = p.find(id).orElse(null);
        return n == null ? id : label(n);
    }

    /**
     * After an edit: keeps the tree and changes only the branches whose children changed (reusing the items of the
     * children that stayed, so what is expanded stays expanded), then re-labels the rows on screen in place. A move
     * or a new cable in a 4,096-GPU cluster no longer rebuilds the tree and lays out every row anew.
     */
    private void update() {
        TreeItem<String> root = getRoot();
        Project p = doc.getSession().project();
        List<String> pods = new ArrayList<>();
        p.pods().forEach(pod -> pods.add(pod.id()));
        if (root == null || !pods.equals(values(root.getChildren()))) {
            rebuild();
            return;
        }
        boolean changed = false;
        syncing = true;
        try {
            for (TreeItem<String> t : root.getChildren()) {
                changed |= ((Lazy) t).sync(p);
            }
        } finally {
            syncing = false;
        }
        for (TreeCell<String> cell : List.copyOf(cells)) {
            if (cell.getTreeView() == this && !cell.isEmpty()) {
                cell.setText(text(cell.getItem()));
            }
        }
        if (changed) {
            showSelection(doc.selectionProperty().get());
        }
    }

    private static List<String> values(List<TreeItem<String>> items) {
        List<String> out = new ArrayList<>(items.size());
        for (TreeItem<String> t : items) {
            out.add(t.getValue());
        }
        return out;
    }

    /** The ids of an item's children as the design now stands (a pod: racks, then its links' group). */
    private static List<String> childIds(Project p, String id) {
        List<String> kids = new ArrayList<>();
        if (id.startsWith("#links:")) {
            p.pod(id.substring(7)).ifPresent(pod -> pod.links().forEach(l -> kids.add(l.id())));
            return kids;
        }
        Node n = p.find(id).orElse(null);
        if (n instanceof Pod pod) {
            pod.racks().forEach(r -> kids.add(r.id()));
            if (!pod.links().isEmpty()) {
                kids.add("#links:" + pod.id());
            }
        } else if (n instanceof Rack r) {
            r.chassis().forEach(c -> kids.add(c.id()));
        } else if (n instanceof Chassis c) {
            c.components().forEach(x -> kids.add(x.id()));
        }
        return kids;
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
                for (String id : childIds(doc.getSession().project(), getValue())) {
                    kids.add(new Lazy(id, expanded));
                }
                super.getChildren().setAll(kids);
            }
            return super.getChildren();
        }

        /** Brings the loaded part of this branch in line with the design; true when some children changed. */
        boolean sync(Project p) {
            if (!loaded) {
                return false; // built when first expanded, from the design as it is then
            }
            List<String> want = childIds(p, getValue());
            ObservableList<TreeItem<String>> have = super.getChildren();
            boolean changed = false;
            if (!want.equals(values(have))) {
                java.util.Map<String, TreeItem<String>> byId = new java.util.HashMap<>();
                have.forEach(t -> byId.put(t.getValue(), t));
                List<TreeItem<String>> kids = new ArrayList<>(want.size());
                for (String id : want) {
                    TreeItem<String> t = byId.get(id);
                    kids.add(t != null ? t : new Lazy(id, expanded));
                }
                have.setAll(kids);
                changed = true;
            }
            for (TreeItem<String> t : have) {
                changed |= ((Lazy) t).sync(p);
            }
            return changed;
        }
    }
}
