package org.podforge.bom;

/**
 * One end of a cable as an installer needs it: rack, rack unit, chassis, component (with its part) and
 * port. Fields are "" (and U null) when the link end points at something no longer in the design.
 */
public record CableEnd(String rackId, String rack, Integer u, String chassisId, String chassis, String componentId,
                       String component, String componentPart, String port) {
}
