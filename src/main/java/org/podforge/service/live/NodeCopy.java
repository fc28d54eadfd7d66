package org.podforge.service.live;

import java.util.Map;
import java.util.Objects;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Fabric;
import org.podforge.model.Cabled;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.Node;
import org.podforge.model.Pod;
import org.podforge.model.Rack;

/**
 * Copies of single nodes with the same id and every field the model has, but none of their children, and the
 * in-place update of one node from such a copy. The live analysis keeps its replica of the design in step with
 * these: the FX thread copies the nodes a command touched, the analysis thread writes them into the replica
 * (updating in place keeps the rules engine's cached topology pointing at the replica's own objects).
 */
public final class NodeCopy {
    private NodeCopy() {
    }

    /** A detached copy of {@code n}'s own fields (same id), without children; null for the fabric (it has none). */
    public static Node shallow(Node n) {
        if (n instanceof Component c) {
            return c.copy(c.id());
        } else if (n instanceof Chassis ch) {
            return new Chassis(ch.id(), ch.name(), ch.partNumber(), ch.uPosition());
        } else if (n instanceof Rack r) {
            Rack out = new Rack(r.id(), r.name(), r.partNumber(), r.row(), r.position());
            out.setPowerBudgetW(r.powerBudgetW());
            out.setCooling(r.cooling());
            return out;
        } else if (n instanceof Pod p) {
            Pod out = new Pod(p.id(), p.name(), p.replicas());
            out.setLayout(p.layout());
            for (Map.Entry<String, Pod.TopologyPoint> e : p.topologyPositions().entrySet()) {
                out.setTopologyPosition(e.getKey(), e.getValue());
            }
            return out;
        } else if (n instanceof Link l) {
            Link out = l.copy(l.id(), l.a(), l.b());
            out.setName(l.name());
            return out;
        } else if (n instanceof LinkPattern lp) {
            return lp.copy(lp.id());
        } else if (n instanceof Fabric) {
            return null;
        }
        throw new IllegalArgumentException("cannot copy " + n);
    }

    /** Sets {@code target}'s own fields to {@code from}'s (same kind and id); children and parent are left alone. */
    public static void update(Node target, Node from) {
        if (!Objects.equals(target.name(), from.name())) {
            target.setName(from.name());
        }
        if (target instanceof Component t && from instanceof Component f) {
            if (!t.partNumber().equals(f.partNumber())) {
                t.setPartNumber(f.partNumber());
            }
            if (!Objects.equals(t.slot(), f.slot())) {
                t.setSlot(f.slot());
            }
        } else if (target instanceof Chassis t && from instanceof Chassis f) {
            if (!t.partNumber().equals(f.partNumber())) {
                t.setPartNumber(f.partNumber());
            }
            if (t.uPosition() != f.uPosition()) {
                t.setUPosition(f.uPosition());
            }
        } else if (target instanceof Rack t && from instanceof Rack f) {
            if (!t.partNumber().equals(f.partNumber())) {
                t.setPartNumber(f.partNumber());
            }
            if (t.row() != f.row() || t.position() != f.position()) {
                t.setPlace(f.row(), f.position());
            }
            if (!Objects.equals(t.powerBudgetW(), f.powerBudgetW())) {
                t.setPowerBudgetW(f.powerBudgetW());
            }
            if (t.cooling() != f.cooling()) {
                t.setCooling(f.cooling());
            }
        } else if (target instanceof Pod t && from instanceof Pod f) {
            if (t.replicas() != f.replicas()) {
                t.setReplicas(f.replicas());
            }
            if (!Objects.equals(t.layout(), f.layout())) {
                t.setLayout(f.layout());
            }
            if (!t.topologyPositions().equals(f.topologyPositions())) {
                for (String id : t.topologyPositions().keySet().toArray(String[]::new)) {
                    t.setTopologyPosition(id, null);
                }
                f.topologyPositions().forEach(t::setTopologyPosition);
            }
        } else if (target instanceof Link t && from instanceof Link f) {
            if (!t.a().equals(f.a()) || !t.b().equals(f.b())) {
                t.setEnds(f.a(), f.b());
            }
            copyCabling(t, f);
            if (!Objects.equals(t.lengthOverrideM(), f.lengthOverrideM())) {
                t.setLengthOverrideM(f.lengthOverrideM());
            }
        } else if (target instanceof LinkPattern t && from instanceof LinkPattern f) {
            if (!t.wiring().equals(f.wiring())) {
                t.setWiring(f.wiring());
            }
            copyCabling(t, f);
        } else {
            throw new IllegalArgumentException("cannot update " + target + " from " + from);
        }
    }

    /** Sets only what differs, as every other field here: a setter may fire listeners. */
    private static void copyCabling(Cabled t, Cabled f) {
        if (t.lanes() != f.lanes()) {
            t.setLanes(f.lanes());
        }
        if (t.medium() != f.medium()) {
            t.setMedium(f.medium());
        }
        if (!Objects.equals(t.cablePart(), f.cablePart())) {
            t.setCablePart(f.cablePart());
        }
        if (!Objects.equals(t.transceiverPart(), f.transceiverPart())) {
            t.setTransceiverPart(f.transceiverPart());
        }
        if (!Objects.equals(t.transceiverPartB(), f.transceiverPartB())) {
            t.setTransceiverPartB(f.transceiverPartB());
        }
    }
}
