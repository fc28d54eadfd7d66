package org.podforge.bom;

import org.podforge.model.Medium;

/**
 * One link of a pod design in the cable schedule. A pod deployed N times has N physical copies of each
 * run ({@link #replicas()}); {@link CableSchedule#forEachCable} lists them.
 *
 * @param lengthM     metres, NaN when unknown
 * @param generation  negotiated PCIe generation, or null when not PCIe or unknown
 */
public record CableRun(String podId, String podName, int replicas, String linkId, CableEnd a, CableEnd z,
                       Medium medium, String cablePart, String transceiverPart, double lengthM, int lanes,
                       Integer generation) {

    /** A cable run is a physical cable unless it is a board trace. */
    public boolean isCable() {
        return medium != Medium.PCB;
    }

    public boolean hasLength() {
        return !Double.isNaN(lengthM);
    }

    /** Cable part, or the medium's label when the link names no part. */
    public String mediumOrPart() {
        return cablePart != null ? cablePart : medium.label();
    }
}
