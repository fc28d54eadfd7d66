package org.podforge.service.generate;

import org.podforge.model.Cooling;

/**
 * What to generate: a pod design (servers of GPUs with their host PCIe tree, NICs and scale-up fabric),
 * deployed {@code pods} times, joined by a rail-optimised scale-out fabric sized from the switch radix and
 * the oversubscription. Null means "choose for me" where the field says so; {@link ClusterGenerator}
 * checks every value and refuses with the reason.
 *
 * @param gpuPart          catalog GPU part
 * @param gpusPerServer    GPUs in one server (the chassis is the catalog chassis with that many GPU slots)
 * @param serversPerPod    servers in one pod design
 * @param scaleUp          scale-up fabric; null: Scorpio X for a PCIe scale-up GPU, else the GPU's own
 *                         scale-up protocol, else none
 * @param domainGpus       GPUs per scale-up domain; null: the pod for Scorpio X, else one server
 * @param scaleOutFamily   switch part number or product line in the catalog (e.g. {@code NVIDIA-SN5600});
 *                         null: the first switch family, orderable first, that reaches the size
 * @param speedGbps        scale-out speed per NIC port in Gb/s; null: the fastest the NIC, the switch port and
 *                         the protocol all allow
 * @param rails            rails per server; null: one per NIC (rail-optimised)
 * @param oversubscription leaf down:up ratio, 1 for non-blocking (at least 1)
 * @param nicsPerGpu       scale-out NICs per GPU (at least 1)
 * @param nicPart          NIC part; null: the first catalog NIC whose network port speaks the switch's protocol
 * @param cpuPart          CPU part (two per server)
 * @param cxlPerCpu        CXL memory controllers (Leo) per CPU, 0 for none
 * @param ssdsPerServer    E1.S SSDs per server, split over the two CPUs' switches; null: one per GPU where the chassis
 *                         has the slots, else none
 * @param pods             pod replicas (at least 1)
 * @param rackPart         catalog RACK part for pod and network racks
 * @param rackBudgetW      power budget per rack in W, written on every generated rack; null: the rack part's default
 * @param cooling          how the hall cools the racks, written on every generated rack; null: as the rack part and
 *                         its contents say (docs/decisions/0012)
 * @param media            copper or optics where both reach
 * @param name             project name; null: one made from the inputs
 */
public record GenerateRequest(String gpuPart, int gpusPerServer, int serversPerPod, ScaleUp scaleUp, Integer domainGpus,
                              String scaleOutFamily, Double speedGbps, Integer rails, double oversubscription, int nicsPerGpu,
                              String nicPart, String cpuPart, int cxlPerCpu, Integer ssdsPerServer, int pods, String rackPart,
                              Double rackBudgetW, Cooling cooling, MediaPreference media, String name) {

    /** Copper (DAC, ACC, AEC) where it reaches, or optics everywhere. */
    public enum MediaPreference {
        COPPER, OPTICS
    }

    public static final String DEFAULT_GPU = "GENERIC-XPU-PCIE6";
    public static final String DEFAULT_CPU = "AMD-EPYC-9005";
    public static final String DEFAULT_RACK = "RACK-EIA-48U";

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from the defaults: the sample pod's server (8 XPUs, Scorpio X), 8 servers, 1 pod. */
    public static final class Builder {
        private String gpuPart = DEFAULT_GPU;
        private int gpusPerServer = 8;
        private int serversPerPod = 8;
        private ScaleUp scaleUp;
        private Integer domainGpus;
        private String scaleOutFamily;
        private Double speedGbps;
        private Integer rails;
        private double oversubscription = 1;
        private int nicsPerGpu = 1;
        private String nicPart;
        private String cpuPart = DEFAULT_CPU;
        private int cxlPerCpu;
        private Integer ssdsPerServer;
        private int pods = 1;
        private String rackPart = DEFAULT_RACK;
        private Double rackBudgetW;
        private Cooling cooling;
        private MediaPreference media = MediaPreference.COPPER;
        private String name;

        public Builder gpuPart(String v) { gpuPart = v; return this; }
        public Builder gpusPerServer(int v) { gpusPerServer = v; return this; }
        public Builder serversPerPod(int v) { serversPerPod = v; return this; }
        public Builder scaleUp(ScaleUp v) { scaleUp = v; return this; }
        public Builder domainGpus(Integer v) { domainGpus = v; return this; }
        public Builder scaleOutFamily(String v) { scaleOutFamily = v; return this; }
        public Builder speedGbps(Double v) { speedGbps = v; return this; }
        public Builder rails(Integer v) { rails = v; return this; }
        public Builder oversubscription(double v) { oversubscription = v; return this; }
        public Builder nicsPerGpu(int v) { nicsPerGpu = v; return this; }
        public Builder nicPart(String v) { nicPart = v; return this; }
        public Builder cpuPart(String v) { cpuPart = v; return this; }
        public Builder cxlPerCpu(int v) { cxlPerCpu = v; return this; }
        public Builder ssdsPerServer(Integer v) { ssdsPerServer = v; return this; }
        public Builder cooling(Cooling v) { cooling = v; return this; }
        public Builder pods(int v) { pods = v; return this; }
        public Builder rackPart(String v) { rackPart = v; return this; }
        public Builder rackBudgetW(Double v) { rackBudgetW = v; return this; }
        public Builder media(MediaPreference v) { media = v; return this; }
        public Builder name(String v) { name = v; return this; }

        public GenerateRequest build() {
            return new GenerateRequest(gpuPart, gpusPerServer, serversPerPod, scaleUp, domainGpus, scaleOutFamily, speedGbps, rails,
                    oversubscription, nicsPerGpu, nicPart, cpuPart, cxlPerCpu, ssdsPerServer, pods, rackPart, rackBudgetW, cooling, media, name);
        }
    }

    /** A builder holding this request's values, to change some of them. */
    public Builder toBuilder() {
        return builder().gpuPart(gpuPart).gpusPerServer(gpusPerServer).serversPerPod(serversPerPod).scaleUp(scaleUp).domainGpus(domainGpus)
                .scaleOutFamily(scaleOutFamily).speedGbps(speedGbps).rails(rails).oversubscription(oversubscription).nicsPerGpu(nicsPerGpu)
                .nicPart(nicPart).cpuPart(cpuPart).cxlPerCpu(cxlPerCpu).ssdsPerServer(ssdsPerServer).pods(pods).rackPart(rackPart)
                .rackBudgetW(rackBudgetW).cooling(cooling).media(media).name(name);
    }

    /** GPUs in the whole cluster. */
    public long totalGpus() {
        return (long) gpusPerServer * serversPerPod * pods;
    }
}
