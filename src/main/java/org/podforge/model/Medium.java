package org.podforge.model;

/** The physical medium of a link (or of one electrical segment). */
public enum Medium {
    PCB("PCB trace", false, false),
    COPPER_INTERNAL("Passive copper, internal", false, false),
    COPPER_EXTERNAL("Passive copper, external (DAC)", false, false),
    ACC("Active copper cable (ACC)", true, false),
    AEC("Active electrical cable (AEC)", true, false),
    AOC("Active optical cable (AOC)", true, true),
    FIBER_MM("Multimode fibre + optics", true, true),
    FIBER_SM("Single-mode fibre + optics", true, true);

    private final String label;
    private final boolean active;
    private final boolean optical;

    Medium(String label, boolean active, boolean optical) {
        this.label = label;
        this.active = active;
        this.optical = optical;
    }

    public String label() {
        return label;
    }

    /** Draws power at its ends (AEC, ACC, AOC, optics). */
    public boolean isActive() {
        return active;
    }

    public boolean isOptical() {
        return optical;
    }
}
