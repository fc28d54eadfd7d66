package org.podforge.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * Counts of what a project holds, per pod and in total (a pod's counts times its replicas). Used by
 * {@code podforge info} and the app's status bar.
 */
public record ProjectSummary(String projectName, List<PodSummary> pods, Map<Family, Long> componentsByFamily,
                             long racks, long chassis, long links, List<String> unknownParts) {

    /** Per-pod counts, for one copy of the pod. */
    public record PodSummary(String id, String name, int replicas, int racks, int chassis,
                             Map<Family, Integer> componentsByFamily, int links, Map<String, Integer> linksByMedium) {
        public int gpus() {
            return componentsByFamily.getOrDefault(Family.GPU, 0);
        }
    }

    /**
     * Racks deployed in words, the same wherever they are counted (inspector, Generate and template previews):
     * "4" for pod racks alone, "6 (4 in pods, 2 network)" with the scale-out fabric's racks.
     */
    public static String racksText(long podRacks, long networkRacks) {
        return networkRacks == 0 ? String.format(java.util.Locale.ROOT, "%,d", podRacks)
                : String.format(java.util.Locale.ROOT, "%,d (%,d in pods, %,d network)", podRacks + networkRacks, podRacks, networkRacks);
    }

    public static ProjectSummary of(Project project, Catalog catalog) {
        List<PodSummary> pods = new ArrayList<>();
        Map<Family, Long> total = new EnumMap<>(Family.class);
        long racks = 0;
        long chassis = 0;
        long links = 0;
        java.util.Set<String> unknown = new java.util.TreeSet<>();
        for (Pod pod : project.pods()) {
            Map<Family, Integer> fam = new EnumMap<>(Family.class);
            int chassisCount = 0;
            for (Rack r : pod.racks()) {
                if (catalog.find(r.partNumber()).isEmpty()) {
                    unknown.add(r.partNumber());
                }
                for (Chassis c : r.chassis()) {
                    chassisCount++;
                    if (catalog.find(c.partNumber()).isEmpty()) {
                        unknown.add(c.partNumber());
                    }
                    for (Component comp : c.components()) {
                        Part p = catalog.find(comp.partNumber()).orElse(null);
                        if (p == null) {
                            unknown.add(comp.partNumber());
                        } else {
                            fam.merge(p.family(), 1, Integer::sum);
                        }
                    }
                }
            }
            Map<String, Integer> byMedium = new TreeMap<>();
            for (Link l : pod.links()) {
                byMedium.merge(l.medium().label(), 1, Integer::sum);
            }
            PodSummary ps = new PodSummary(pod.id(), pod.label(), pod.replicas(), pod.racks().size(), chassisCount, fam,
                    pod.links().size(), byMedium);
            pods.add(ps);
            int n = pod.replicas();
            fam.forEach((f, c) -> total.merge(f, (long) c * n, Long::sum));
            racks += (long) pod.racks().size() * n;
            chassis += (long) chassisCount * n;
            links += (long) pod.links().size() * n;
        }
        return new ProjectSummary(project.name(), pods, total, racks, chassis, links, List.copyOf(unknown));
    }

    public long gpus() {
        return componentsByFamily.getOrDefault(Family.GPU, 0L);
    }

    /** Number of deployed pods (sum of replicas). */
    public long deployedPods() {
        return pods.stream().mapToLong(PodSummary::replicas).sum();
    }
}
