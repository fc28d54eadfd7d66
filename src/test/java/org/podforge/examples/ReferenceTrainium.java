package org.podforge.examples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * Writes the AWS Trn2 UltraServer reference design in docs/examples: four Trn2 servers (trn2u.48xlarge) of 16
 * Trainium2 each, a 4x4 NeuronLink-v3 torus inside every server and a ring through the same torus position of the
 * four servers (fabric-and-power-facts G6, K; AWS's Trn2 architecture page). {@code ReferenceTrainiumTest} checks
 * that the committed file is exactly what this class writes and has AWS's counts. Run {@link #main} from the
 * repository root to rewrite it after a reviewed change.
 */
public final class ReferenceTrainium {
    public static final String FILE = "aws-trn2-ultraserver.podforge.json";

    static final int SERVERS = 4;
    static final int CHIPS_PER_SERVER = 16;
    static final int TORUS = 4;
    static final int CHIPS_PER_TRAY = 2;
    static final int TRAYS_PER_SERVER = CHIPS_PER_SERVER / CHIPS_PER_TRAY;
    static final int SERVERS_PER_RACK = 2;
    static final int SERVER_U = 18;

    private ReferenceTrainium() {
    }

    public static void main(String[] args) throws IOException {
        ProjectWriter.save(ultraServer(), ReferenceRacks.DIR.resolve(FILE));
    }

    public static ReferenceRacks.Design design() {
        return new ReferenceRacks.Design(FILE, ultraServer());
    }

    /** The Trn2 UltraServer: 4 servers x 16 Trainium2 in two 42U racks, 2 servers (36 U) per rack. */
    public static Project ultraServer() {
        Project p = new Project("Reference: AWS Trn2 UltraServer (64 Trainium2)");
        p.setDescription("One AWS Trn2 UltraServer: 4 Trn2 servers (trn2u.48xlarge instances) of 16 Trainium2 = 64 chips, 6,144 GiB of HBM. "
                + "Each server is 18 RU: a 2U CPU head tray and eight 2U compute trays of 2 Trainium2 (no CPU in the compute trays). Inside "
                + "a server the 16 chips form a 4x4 2D torus over NeuronLink-v3 (ports neuronlink-1..4 = +x, -x, +y, -y: 32 links); the "
                + "chips at the same torus position in the four servers form a ring (ports ring-1, ring-2: 16 rings, 64 links). Sources: AWS "
                + "Trn2 architecture (https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trn2-arch.html: 16 "
                + "chips per instance in a 4x4 2D torus, 4 instances per UltraServer, same-coordinate rings, 1,024 GB/s intra- and 256 GB/s "
                + "inter-instance NeuronLink per chip), the 18-RU server layout (https://latitudeds.com/post/aws-trainium2-architecture-and-"
                + "networking-technology, from SemiAnalysis), fabric-and-power-facts G6 and K (32 compute trays, 4 head trays, 72 RU). "
                + "Illustrative, because AWS sells Trn2 only as instances and publishes none of it: the part numbers (stand-ins), two "
                + "servers per 42U rack in two racks (AWS photos suggest two racks with cross-rack cabling, unverified), which torus position "
                + "sits in which tray, the head tray's CPUs (2 EPYC 9005 as a stand-in for 192 vCPU) and each chip's PCIe Gen5 x16 cable to "
                + "them, the NeuronLink cables (not catalogued parts) and the EFAv3 network (3.2 Tb/s per instance; its NICs and their place "
                + "are not published, so no NICs are modelled). Power: Trainium2 about 500 W is an analyst estimate; the server's and the "
                + "UltraServer's power are not published ([GAP]), so rack power is the parts plus the labelled air-cooled overhead.");
        Pod pod = new Pod("pod-1", "Trn2 UltraServer", 1);
        p.addPod(pod);
        ReferenceRacks.Builder b = new ReferenceRacks.Builder();
        List<Rack> racks = new ArrayList<>();
        for (int r = 0; r < SERVERS / SERVERS_PER_RACK; r++) {
            Rack rack = new Rack("rack-" + (r + 1), "Rack " + (char) ('A' + r), "RACK-EIA-42U", 0, r);
            pod.addRack(rack);
            racks.add(rack);
        }
        // chips[s][i]: server s, torus position i = (x, y) = (i % 4, i / 4)
        Component[][] chips = new Component[SERVERS][CHIPS_PER_SERVER];
        for (int s = 0; s < SERVERS; s++) {
            Rack rack = racks.get(s / SERVERS_PER_RACK);
            int base = 1 + (s % SERVERS_PER_RACK) * SERVER_U;
            String srv = "s" + (s + 1);
            List<Chassis> trays = new ArrayList<>();
            for (int t = 0; t < TRAYS_PER_SERVER; t++) {
                Chassis tray = new Chassis(srv + "-tray-" + (t + 1), "Server " + (s + 1) + " compute tray " + (t + 1), "AWS-TRN2-COMPUTE-TRAY",
                        base + 2 * t);
                rack.addChassis(tray);
                trays.add(tray);
            }
            Chassis head = new Chassis(srv + "-head", "Server " + (s + 1) + " head tray", "AWS-TRN2-HEAD-TRAY", base + 2 * TRAYS_PER_SERVER);
            rack.addChassis(head);
            Component[] cpus = new Component[2];
            for (int c = 0; c < 2; c++) {
                cpus[c] = b.comp(head, srv + "-cpu-" + (c + 1), "Server " + (s + 1) + " CPU " + (c + 1), "AMD-EPYC-9005", "cpu-" + (c + 1));
            }
            for (int i = 0; i < CHIPS_PER_SERVER; i++) {
                Chassis tray = trays.get(i / CHIPS_PER_TRAY);
                Component chip = b.comp(tray, srv + "-trn-" + (i + 1), "Server " + (s + 1) + " Trainium2 " + (i + 1), "AWS-TRAINIUM2",
                        "gpu-" + (i % CHIPS_PER_TRAY + 1));
                chips[s][i] = chip;
                // CPU 1 hosts chips 1-8, CPU 2 chips 9-16, one x16 root port each (EPYC: pcie-a-1..4, pcie-b-1..4)
                int k = i % 8;
                Link host = b.link(cpus[i / 8], (k < 4 ? "pcie-a-" : "pcie-b-") + (k % 4 + 1), chip, "host", 16, Medium.COPPER_EXTERNAL);
                host.setCablePart("PCISIG-COPPRLINK-EXT-2M");
            }
            // 4x4 2D torus: +x of (x, y) to -x of (x+1, y); +y of (x, y) to -y of (x, y+1), wrapping around
            for (int i = 0; i < CHIPS_PER_SERVER; i++) {
                int x = i % TORUS;
                int y = i / TORUS;
                int east = y * TORUS + (x + 1) % TORUS;
                int north = ((y + 1) % TORUS) * TORUS + x;
                neuronLink(b, chips[s][i], "neuronlink-1", chips[s][east], "neuronlink-2");
                neuronLink(b, chips[s][i], "neuronlink-3", chips[s][north], "neuronlink-4");
            }
        }
        // UltraServer rings: position i of server s to position i of server s+1 (wrapping), ring-1 to ring-2
        for (int i = 0; i < CHIPS_PER_SERVER; i++) {
            for (int s = 0; s < SERVERS; s++) {
                neuronLink(b, chips[s][i], "ring-1", chips[(s + 1) % SERVERS][i], "ring-2");
            }
        }
        b.links.forEach(pod::addLink);
        return p;
    }

    /** A NeuronLink link: board traces inside a compute tray, a copper cable between trays (not a catalogued part). */
    private static void neuronLink(ReferenceRacks.Builder b, Component a, String pa, Component z, String pz) {
        boolean sameTray = a.chassis() == z.chassis();
        b.link(a, pa, z, pz, 1, sameTray ? Medium.PCB : Medium.COPPER_EXTERNAL);
    }
}
