package org.podforge.app.inspector;

import java.util.ArrayList;
import java.util.List;
import org.podforge.catalog.Catalog;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.rules.Compatibility;

/**
 * The transceiver modules the link inspector offers for one end of a link: only those that plug into that
 * port's cage and carry the link ({@link Compatibility#canPlug}, {@link Compatibility#canCarry}); a PCIe board
 * link was offered every network optic of the catalog. When none fits, {@link #why} says why (the port has no
 * cage, or no module of the catalog fits its cage, speed and width); {@code caged} is false when the port has
 * no cage at all (a PCIe or board port) or is unknown.
 */
record TransceiverChoices(List<String> fits, String why, boolean caged) {

    /** What a module needs, said when an end has none. */
    static final String CAGES = "transceivers plug into network port cages such as OSFP or QSFP";

    /** The modules that fit the port at {@code end} of {@code l}, in catalog order. */
    static TransceiverChoices at(Project p, Catalog cat, Link l, PortRef end) {
        PortRef otherEnd = end.equals(l.a()) ? l.b() : l.a();
        Port port = port(p, cat, end);
        Port other = port(p, cat, otherEnd);
        if (port == null) {
            return new TransceiverChoices(List.of(), "the part or port at " + end + " is not in the catalog", false);
        }
        if (port.spec().cage() == null) {
            return new TransceiverChoices(List.of(), end + " has no cage for a module (" + CAGES + ")", false);
        }
        int lanes = other == null ? l.lanes() : Compatibility.lanesAt(l.lanes(), port, other);
        List<String> fits = new ArrayList<>();
        for (Part m : cat.byFamily(Family.TRANSCEIVER)) {
            if (Compatibility.canPlug(m, port, lanes).ok() && (other == null || Compatibility.canCarry(m, port, other).ok())) {
                fits.add(m.partNumber());
            }
        }
        String speed = port.spec().speedGbps() == null ? "" : ", " + Compatibility.gbpsLabel(port.spec().speedGbps());
        return new TransceiverChoices(List.copyOf(fits), fits.isEmpty()
                ? "no transceiver in the catalog fits " + end + " (" + port.spec().cage().label() + speed + ", " + lanes + " lanes)" : "", true);
    }

    private static Port port(Project p, Catalog cat, PortRef ref) {
        return p.component(ref.componentId()).flatMap(c -> cat.find(c.partNumber())).flatMap(part -> part.port(ref.port())).orElse(null);
    }
}
