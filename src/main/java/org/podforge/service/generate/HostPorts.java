package org.podforge.service.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.podforge.catalog.Catalog;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Plural;
import org.podforge.model.Port;
import org.podforge.model.PortRole;
import org.podforge.model.Protocol;

/**
 * The CPU and GPU ports a generated server's host tree uses, read from the parts rather than assumed: the CPU root port
 * that feeds the server's PCIe switch, the CXL-capable root ports for the Leo controllers, and how each GPU reaches its
 * CPU: over NVLink-C2C straight to a CPU that has C2C root ports (a Grace-Blackwell superchip: the GB200's B200 has no
 * PCIe host port at all), and over PCIe from the server's switch through an Aries retimer where the GPU has a PCIe host
 * port (a GB300's B300 has both, its PCIe port going to a switch as in the GB300 tray). A CPU or GPU that cannot be wired
 * so is refused with the reason and the input to change.
 *
 * @param switchUplink root port of each CPU linked to its PCIe switch
 * @param cxlPorts     root ports of each CPU for the CXL memory controllers, in order
 * @param gpuPcieHost  the GPU's PCIe host port, linked from the switch through a retimer; null when it has none
 * @param gpuC2c       the GPU's NVLink-C2C port, linked to its CPU; null when the GPU hangs off PCIe only
 * @param c2cPorts     the CPU's C2C root ports, one per GPU it hosts (empty unless {@code gpuC2c})
 */
record HostPorts(String switchUplink, List<String> cxlPorts, String gpuPcieHost, String gpuC2c, List<String> c2cPorts) {

    /** GPUs bonded to their CPU over NVLink-C2C. */
    boolean c2c() {
        return gpuC2c != null;
    }

    /** GPUs with a PCIe host link (and so a retimer and a switch port each). */
    boolean pcie() {
        return gpuPcieHost != null;
    }

    static HostPorts of(Catalog catalog, Part cpu, Part gpu, int gpusPerCpu, int cxlPerCpu) {
        List<Port> pcie = new ArrayList<>();
        List<Port> c2cRoots = new ArrayList<>();
        for (Port p : cpu.ports()) {
            if (p.spec().role() != PortRole.ROOT) {
                continue;
            }
            if (p.spec().speaks(Protocol.PCIE) && p.spec().lanes() >= 16) {
                pcie.add(p);
            } else if (p.spec().speaks(Protocol.NVLINK_C2C)) {
                c2cRoots.add(p);
            }
        }
        if (pcie.isEmpty()) {
            throw new GenerateRefused("cpu", cpu.partNumber() + " has no PCIe x16 root port for the server's PCIe switch (NICs, SSDs); "
                    + "choose another --cpu: " + String.join(", ", cpusWith(catalog, Protocol.PCIE)));
        }
        // the switch takes a root port that does not speak CXL where there is one, leaving those for the CXL memory
        Port uplink = pcie.stream().filter(p -> !p.spec().speaks(Protocol.CXL)).findFirst().orElse(pcie.get(pcie.size() - 1));
        List<String> cxl = new ArrayList<>();
        for (Port p : pcie) {
            if (p != uplink && p.spec().speaks(Protocol.CXL) && cxl.size() < cxlPerCpu) {
                cxl.add(p.name());
            }
        }
        if (cxl.size() < cxlPerCpu) {
            throw new GenerateRefused("cxl-per-cpu", String.format(Locale.ROOT,
                    "%s has %s besides the one for its PCIe switch, so it hosts at most %s, not %d", cpu.partNumber(),
                    Plural.of(cxl.size(), "CXL-capable x16 root port"), Plural.of(cxl.size(), "CXL memory controller"), cxlPerCpu));
        }
        Port gpuPcie = endpoint(gpu, Protocol.PCIE);
        Port gpuC2c = endpoint(gpu, Protocol.NVLINK_C2C);
        if (gpuC2c != null && !c2cRoots.isEmpty()) {
            if (gpusPerCpu > c2cRoots.size()) {
                throw new GenerateRefused("gpus-per-server", String.format(Locale.ROOT,
                        "%s hosts %s over NVLink-C2C (%s), as in a Grace-Blackwell superchip: give at most %d GPUs "
                                + "per server (two CPUs), not %d", cpu.partNumber(), Plural.of(c2cRoots.size(), "GPU"),
                        Plural.of(c2cRoots.size(), "C2C port"), 2 * c2cRoots.size(),
                        2 * gpusPerCpu));
            }
            return new HostPorts(uplink.name(), cxl, gpuPcie == null ? null : gpuPcie.name(), gpuC2c.name(),
                    c2cRoots.subList(0, gpusPerCpu).stream().map(Port::name).toList());
        }
        if (gpuPcie == null) {
            if (gpuC2c != null) {
                throw new GenerateRefused("cpu", gpu.partNumber() + " has no PCIe host port: its host is a CPU over NVLink-C2C (a "
                        + "superchip), and " + cpu.partNumber() + " has no C2C port. Give --cpu "
                        + String.join(" or ", cpusWith(catalog, Protocol.NVLINK_C2C).stream()
                                .filter(cpusWith(catalog, Protocol.PCIE)::contains).toList()) + ", or a GPU with a PCIe host port");
            }
            throw new GenerateRefused("gpu", gpu.partNumber() + " has no host port (PCIe or NVLink-C2C) for a CPU to reach it");
        }
        return new HostPorts(uplink.name(), cxl, gpuPcie.name(), null, List.of());
    }

    /** The part's first endpoint port speaking {@code protocol}, or null. */
    private static Port endpoint(Part part, Protocol protocol) {
        return part.ports().stream().filter(p -> p.spec().role() == PortRole.ENDPOINT && p.spec().speaks(protocol)).findFirst().orElse(null);
    }

    /** The catalog CPUs with a root port speaking {@code protocol} (x16 for PCIe). */
    private static List<String> cpusWith(Catalog catalog, Protocol protocol) {
        return catalog.byFamily(Family.CPU).stream().filter(c -> c.ports().stream().anyMatch(p -> p.spec().role() == PortRole.ROOT
                && p.spec().speaks(protocol) && (protocol != Protocol.PCIE || p.spec().lanes() >= 16))).map(Part::partNumber).toList();
    }
}
