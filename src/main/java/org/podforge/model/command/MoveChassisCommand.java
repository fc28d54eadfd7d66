package org.podforge.model.command;

import java.util.LinkedHashSet;
import java.util.Set;
import org.podforge.model.Chassis;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/** Moves a chassis to a U position, in its rack or another rack of any pod. Repeated moves merge. */
public final class MoveChassisCommand implements Command {
    private final String chassisId;
    private String targetRackId;
    private int targetU;
    private String fromRackId;
    private int fromIndex;
    private int fromU;
    private boolean executedOnce;
    private final Set<String> affected = new LinkedHashSet<>();
    private final RehomedLinks rehomed = new RehomedLinks();
    /** The chassis' and the target rack's names when last executed: what the Edit menu and the status line show. */
    private String chassisName;
    private String rackName;

    public MoveChassisCommand(String chassisId, String targetRackId, int targetU) {
        this.chassisId = chassisId;
        this.targetRackId = targetRackId;
        this.targetU = targetU;
    }

    public String chassisId() {
        return chassisId;
    }

    @Override
    public String description() {
        return "Move " + (chassisName != null ? chassisName : chassisId) + " to " + (rackName != null ? rackName : targetRackId)
                + " U" + targetU;
    }

    @Override
    public void execute(Project p) {
        Chassis c = Lookup.chassis(p, chassisId);
        Rack target = Lookup.rack(p, targetRackId);
        chassisName = c.label();
        rackName = target.label();
        if (!executedOnce) {
            fromRackId = c.rack().id();
            fromU = c.uPosition();
            fromIndex = c.rack().chassis().indexOf(c);
            executedOnce = true;
        }
        collectAffected(c);
        affected.add(target.id());
        if (c.rack() != target) {
            Rack from = c.rack();
            int at = from.chassis().indexOf(c);
            boolean otherContainer = from.owner() != target.owner();
            from.removeChassis(c);
            target.addChassis(c);
            if (otherContainer) {
                try {
                    rehomed.apply(p, c.components().stream().map(org.podforge.model.Component::id).toList());
                } catch (CommandException e) {
                    target.removeChassis(c);
                    from.addChassis(at, c);
                    throw e;
                }
            }
        }
        c.setUPosition(targetU);
    }

    private void collectAffected(Chassis c) {
        affected.add(c.id());
        affected.add(c.rack().id());
        for (var comp : c.components()) {
            affected.add(comp.id());
            for (var l : c.project().linksOf(comp.id())) {
                affected.add(l.id());
                affected.add(l.a().componentId());
                affected.add(l.b().componentId());
            }
        }
    }

    @Override
    public void undo(Project p) {
        rehomed.undo();
        Chassis c = Lookup.chassis(p, chassisId);
        Rack from = Lookup.rack(p, fromRackId);
        if (c.rack() != from) {
            c.rack().removeChassis(c);
            from.addChassis(fromIndex, c);
        }
        c.setUPosition(fromU);
    }

    @Override
    public boolean mergeWith(Command next) {
        if (next instanceof MoveChassisCommand m && m.chassisId.equals(chassisId) && rehomed.isEmpty() && m.rehomed.isEmpty()) {
            targetRackId = m.targetRackId;
            targetU = m.targetU;
            chassisName = m.chassisName;
            rackName = m.rackName;
            affected.addAll(m.affected);
            return true;
        }
        return false;
    }

    @Override
    public Set<String> affectedIds() {
        return Set.copyOf(affected);
    }
}
