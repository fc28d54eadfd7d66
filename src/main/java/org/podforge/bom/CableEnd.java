package org.podforge.bom;

/**
 * One end of a cable as an installer needs it: rack, rack unit, chassis, component (with its part) and
 * port. Fields are "" (and U null) when the link end points at something no longer in the design.
 *
 * @param copy     for an end of a fabric cable in a replicated pod: the pod copy it sits in (1-based, the copy
 *                 number device and rack names carry); 0 when the cable's own copy applies (a pod's links) or the
 *                 end is in a network rack
 * @param replicas the replicas of the end's pod when {@code copy} is set (names carry a copy only when above 1)
 */
public record CableEnd(String rackId, String rack, Integer u, String chassisId, String chassis, String componentId,
                       String component, String componentPart, String port, int copy, int replicas) {

    /** An end whose copy is the cable's (a link inside a pod design). */
    public CableEnd(String rackId, String rack, Integer u, String chassisId, String chassis, String componentId,
                    String component, String componentPart, String port) {
        this(rackId, rack, u, chassisId, chassis, componentId, component, componentPart, port, 0, 0);
    }
}
