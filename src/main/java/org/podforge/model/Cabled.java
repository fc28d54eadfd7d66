package org.podforge.model;

/**
 * What a link and a fabric pattern have in common: the lanes they run, their medium, and the cable and
 * transceiver parts at each end. Code that copies or compares cabling (e.g. the live analysis's replica) works
 * on this instead of repeating itself per kind.
 */
public interface Cabled {
    int lanes();

    void setLanes(int lanes);

    Medium medium();

    void setMedium(Medium medium);

    String cablePart();

    void setCablePart(String cablePart);

    String transceiverPart();

    void setTransceiverPart(String transceiverPart);

    String transceiverPartB();

    void setTransceiverPartB(String transceiverPartB);
}
