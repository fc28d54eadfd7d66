package org.podforge.model;

/** Link-layer protocols a port can speak. */
public enum Protocol {
    PCIE("PCIe"),
    CXL("CXL"),
    UALINK("UALink"),
    NVLINK("NVLink"),
    ETHERNET("Ethernet"),
    INFINIBAND("InfiniBand"),
    INFINITY_FABRIC("AMD Infinity Fabric"),
    NEURONLINK("AWS NeuronLink");

    private final String label;

    Protocol(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
