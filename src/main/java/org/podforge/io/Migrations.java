package org.podforge.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Steps that upgrade an older project tree one schema version at a time, before it is read. Each step
 * is a pure transform of the JSON tree from version N to N+1 and must set {@code schemaVersion} to N+1.
 *
 * <p>1 to 2: the hall fabric (network racks, cross-pod links, wiring patterns) and replica layouts joined the
 * format. A schema-1 file has neither, and everything it says keeps its meaning (links inside pods, pods
 * with replica counts), so the step only sets the version: a schema-1 file reads as a design of lone pods
 * with an empty fabric (docs/decisions/0009).
 */
public final class Migrations {
    private final Map<Integer, UnaryOperator<ObjectNode>> steps = new TreeMap<>();
    private final int target;

    public Migrations(int target) {
        this.target = target;
    }

    /** The migrations of this build: from every published schema to {@link ProjectFormat#CURRENT_SCHEMA}. */
    public static Migrations standard() {
        return new Migrations(ProjectFormat.CURRENT_SCHEMA).step(1, Migrations::v1ToV2);
    }

    /** Schema 1 to 2: no fabric and no layouts yet; pods and their links mean the same. */
    static ObjectNode v1ToV2(ObjectNode tree) {
        tree.put("schemaVersion", 2);
        return tree;
    }

    /** Registers the step that turns version {@code from} into {@code from + 1}. */
    public Migrations step(int from, UnaryOperator<ObjectNode> step) {
        steps.put(from, step);
        return this;
    }

    public int target() {
        return target;
    }

    /** Upgrades the tree to {@link #target()}; fails with a clear message when a step is missing. */
    ObjectNode apply(ObjectNode tree, int from, String file) throws ProjectFileException {
        int v = from;
        ObjectNode t = tree;
        while (v < target) {
            UnaryOperator<ObjectNode> s = steps.get(v);
            if (s == null) {
                throw new ProjectFileException(file + ": schema version " + v + " cannot be upgraded by this PodForge "
                        + "(no migration from " + v + " to " + (v + 1) + ").");
            }
            t = s.apply(t);
            int after = t.path("schemaVersion").asInt(-1);
            if (after != v + 1) {
                throw new IllegalStateException("migration from " + v + " left schemaVersion " + after);
            }
            v = after;
        }
        return t;
    }
}
