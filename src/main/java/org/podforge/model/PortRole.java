package org.podforge.model;

/** The part a port plays in a hierarchy or fabric. */
public enum PortRole {
    /** A CPU root port: the top of a PCIe/CXL hierarchy. */
    ROOT,
    /** A switch port; whether it is upstream or downstream is decided by the wiring. */
    SWITCH,
    /** A device's host link (GPU, NIC, SSD, CXL memory controller). */
    ENDPOINT,
    /** One side of a retimer ("up" or "down"): the signal passes through. */
    PASSTHROUGH,
    /** A GPU's scale-up port (NVLink, UALink, ...). */
    SCALE_UP,
    /** An Ethernet or InfiniBand network port. */
    NETWORK
}
