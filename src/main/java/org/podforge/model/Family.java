package org.podforge.model;

/** What kind of thing a catalog part is. Drives palettes, icons, BOM roll-ups and rules. */
public enum Family {
    GPU("GPU / accelerator"),
    CPU("CPU"),
    NIC("NIC / DPU"),
    SSD("SSD"),
    RETIMER("Retimer"),
    PCIE_SWITCH("PCIe fabric switch"),
    SCALEUP_SWITCH("Scale-up switch"),
    /** A scale-out (leaf, spine or core) Ethernet or InfiniBand switch: the component in a 1-slot switch box chassis. */
    NETWORK_SWITCH("Scale-out network switch"),
    CXL_MEMORY_CONTROLLER("CXL memory controller"),
    SMART_CABLE_MODULE("Smart cable module"),
    CABLE("Cable"),
    TRANSCEIVER("Transceiver"),
    CHASSIS("Chassis"),
    RACK("Rack");

    private final String label;

    Family(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parts that sit in a chassis slot as a component. */
    public boolean isComponent() {
        return switch (this) {
            case GPU, CPU, NIC, SSD, RETIMER, PCIE_SWITCH, SCALEUP_SWITCH, NETWORK_SWITCH, CXL_MEMORY_CONTROLLER -> true;
            default -> false;
        };
    }

    /** Parts used as the physical medium of a link (a cable, a smart cable, a transceiver pair). */
    public boolean isLinkMedium() {
        return this == CABLE || this == SMART_CABLE_MODULE || this == TRANSCEIVER;
    }

    /** Connectivity silicon: what an interconnect-silicon vendor sells into a pod. */
    public boolean isConnectivitySilicon() {
        return switch (this) {
            case RETIMER, PCIE_SWITCH, SCALEUP_SWITCH, CXL_MEMORY_CONTROLLER, SMART_CABLE_MODULE -> true;
            default -> false;
        };
    }
}
