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
     * True for island rules that judge each link on its own ({@link #checkLink}), reading nothing but the link, its
     * chain (its links and the components at their ends) and their geometry: the engine then keeps their findings per
     * link and, after a move, re-checks only the links whose ends moved; after any other edit, only the links whose
     * chain it reached (decision 0038).
     */
    default boolean perLink() {
        return false;
    }

    /** Checks one link of the island (rules with {@link #perLink()}). */
    default void checkLink(RuleContext ctx, Topology island, org.podforge.model.Link link, Report out) {
    }

    /**
     * True for island rules that judge each chain ({@link org.podforge.topology.Chain}) on its own ({@link #checkChain}),
     * reading nothing but the chain's links and the components at their ends (their parts and the links on their
     * ports): the engine keeps their findings per chain and, after an edit, judges again only the chains it reached
     * (decision 0038). Not for geometric rules.
     */
    default boolean perChain() {
        return false;
    }

    /** Checks one chain of the island (rules with {@link #perChain()}). */
    default void checkChain(RuleContext ctx, Topology island, org.podforge.topology.Chain chain, Report out) {
    }

    /**
     * True for island rules that judge each component on its own ({@link #checkComponent}), reading nothing but the
     * component, the links on its ports and the components at their other ends: the engine keeps their findings per
     * component and judges again only the components an edit reached (decision 0038). Not for geometric rules.
     */
    default boolean perComponent() {
        return false;
    }

    /**
     * For a rule that judges the island as a whole: false when its findings can depend on a component with this part
     * ({@code null}: a part not in the catalog) only through the links it has to components whose part this accepts.
     * Such a rule reads the components it accepts, the links on their ports and the components at those links' other
     * ends (parts, ports, places), nothing further. After an edit that keeps an island's members, the engine keeps the
     * rule's findings there when the edit reached no component it accepts, before or after, nor one linked to such a
     * component (decision 0038). The default, true, reads every component.
     */
    default boolean reads(org.podforge.model.Part part) {
        return true;
    }

    /** Checks one component of the island (rules with {@link #perComponent()}). */
    default void checkComponent(RuleContext ctx, Topology island, org.podforge.model.Component component, Report out) {
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
