package org.podforge.model;

/**
 * The receptacle of a network port, and the form factor of the transceiver or cable end that plugs into
 * it (fabric-and-power-facts I1, I2). A module fits a cage of the same name only: a finned-top OSFP module
 * does not fit a riding-heat-sink (flat-top) OSFP cage, and QSFP112 modules do not fit OSFP cages.
 */
public enum Cage {
    /** OSFP for finned-top (integrated heat sink) modules: air-cooled switches; twin-port 2 x 400G modules plug here. */
    OSFP("OSFP"),
    /** OSFP for riding-heat-sink (flat-top) modules: the ConnectX-7 OSFP card, liquid-cooled switches. */
    OSFP_RHS("OSFP flat-top (RHS)"),
    /** QSFP112: ConnectX-7 dual-port cards, BlueField-3 (NVIDIA: "not for use in switches"). */
    QSFP112("QSFP112"),
    /** QSFP-DD. */
    QSFP_DD("QSFP-DD"),
    /** OSFP-XD (16 lanes). */
    OSFP_XD("OSFP-XD"),
    /** A fibre connector on the front panel of a co-packaged-optics switch: no pluggable module. */
    MPO("MPO fibre connector (co-packaged optics)");

    private final String label;

    Cage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A short name for tight spaces: OSFP, OSFP-RHS, QSFP112, QSFP-DD, OSFP-XD, MPO. */
    public String shortName() {
        return name().replace('_', '-');
    }
}
