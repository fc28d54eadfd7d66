package org.podforge.model.command;

import java.util.LinkedHashSet;
import java.util.Set;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Project;

/** Moves a component to a slot of its chassis or of another chassis in the same pod. */
public final class MoveComponentCommand implements Command {
    private final String componentId;
    private final String targetChassisId;
    private final String targetSlot;
    private String fromChassisId;
    private String fromSlot;
    private int fromIndex;
    private boolean executedOnce;
    private final Set<String> affected = new LinkedHashSet<>();
    private final RehomedLinks rehomed = new RehomedLinks();
    /** The component's and the target chassis' names when executed: what the Edit menu and the status line show. */
    private String componentName;
    private String chassisName;

    public MoveComponentCommand(String componentId, String targetChassisId, String targetSlot) {
        this.componentId = componentId;
        this.targetChassisId = targetChassisId;
        this.targetSlot = targetSlot;
    }

    @Override
    public String description() {
        return "Move " + (componentName != null ? componentName : componentId) + " to "
                + (chassisName != null ? chassisName : targetChassisId) + (targetSlot == null ? "" : " slot " + targetSlot);
    }

    @Override
    public void execute(Project p) {
        Component c = Lookup.component(p, componentId);
        Chassis target = Lookup.chassis(p, targetChassisId);
        componentName = c.label();
        chassisName = target.label();
        if (!executedOnce) {
            fromChassisId = c.chassis().id();
            fromSlot = c.slot();
            fromIndex = c.chassis().components().indexOf(c);
            executedOnce = true;
        }
        affected.add(c.id());
        affected.add(c.chassis().id());
        affected.add(target.id());
        for (var l : p.linksOf(c.id())) {
            affected.add(l.id());
            affected.add(l.a().componentId());
            affected.add(l.b().componentId());
        }
        if (c.chassis() != target) {
            Chassis from = c.chassis();
            int at = from.components().indexOf(c);
            boolean otherContainer = from.rack().owner() != target.rack().owner();
            from.removeComponent(c);
            target.addComponent(c);
            if (otherContainer) {
                try {
                    rehomed.apply(p, java.util.List.of(c.id()));
                } catch (CommandException e) {
                    target.removeComponent(c);
                    from.addComponent(at, c);
                    throw e;
                }
            }
        }
        c.setSlot(targetSlot);
    }

    @Override
    public void undo(Project p) {
        rehomed.undo();
        Component c = Lookup.component(p, componentId);
        Chassis from = Lookup.chassis(p, fromChassisId);
        if (c.chassis() != from) {
            c.chassis().removeComponent(c);
            from.addComponent(fromIndex, c);
        }
        c.setSlot(fromSlot);
    }

    @Override
    public Set<String> affectedIds() {
        return Set.copyOf(affected);
    }
}
