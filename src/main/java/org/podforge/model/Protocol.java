package org.podforge.model;

/** Link-layer protocols a port can speak. */
public enum Protocol {
    PCIE("PCIe"),
    CXL("CXL"),
    UALINK("UALink"),
    NVLINK("NVLink"),
    /** NVIDIA NVLink-C2C: the coherent chip-to-chip link between a Grace or Vera CPU and its GPUs (GB200, GB300, VR). */
    NVLINK_C2C("NVLink-C2C"),
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
