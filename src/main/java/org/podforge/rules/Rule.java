package org.podforge.rules;

import org.podforge.model.Chassis;
import org.podforge.model.Rack;
import org.podforge.topology.Topology;

/**
 * A check: a pure function of the project (via the {@link RuleContext}) producing findings. A rule works on
 * one kind of unit ({@link Scope}) so the engine can re-check only the units an edit touches.
 */
public interface Rule {

    /** The unit a rule checks at a time. */
    enum Scope {
        /** A connected group of components and their links (see {@link org.podforge.topology.Island}). */
        ISLAND,
        /** One rack with its chassis, components and the links ending in it. */
        RACK,
        /** One chassis with its components. */
        CHASSIS,
        /**
         * The project's scale-out fabric as one unit, seen through its patterns' arithmetic and its hand-made links
         * (decision 0009, "validation is levelled"): pods are seen only through the ports the fabric uses.
         */
        FABRIC
    }

    RuleInfo info();

    Scope scope();

    /**
     * True for island rules whose findings depend on positions and lengths (they read
     * {@link RuleContext#geometry()}): after an edit that only moves things, the engine re-runs just these.
     */
    default boolean geometric() {
        return false;
    }

    default void checkIsland(RuleContext ctx, Topology island, Report out) {
    }

    /**
     * True for island rules that judge each link on its own ({@link #checkLink}): the engine then keeps their
     * findings per link and, after a move, re-checks only the links whose ends moved.
     */
    default boolean perLink() {
        return false;
    }

    /** Checks one link of the island (rules with {@link #perLink()}). */
    default void checkLink(RuleContext ctx, Topology island, org.podforge.model.Link link, Report out) {
    }

    default void checkRack(RuleContext ctx, Rack rack, Report out) {
    }

    default void checkChassis(RuleContext ctx, Chassis chassis, Report out) {
    }

    /**
     * Whether {@link #checkFabric} runs for this rule: every {@link Scope#FABRIC} rule, and a rule of another scope that
     * also judges the fabric's wiring patterns (port.speed on pattern cables).
     */
    default boolean checksFabric() {
        return scope() == Scope.FABRIC;
    }

    /** Checks the fabric (rules of {@link Scope#FABRIC}); called once per pass, also when the fabric is empty. */
    default void checkFabric(RuleContext ctx, org.podforge.model.Fabric fabric, Report out) {
    }
}
