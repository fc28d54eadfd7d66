package org.podforge.app.canvas;

import java.util.List;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.service.Session;

/**
 * A small design on the built-in catalog for canvas tests: pod-1 with two 48U racks side by side; rack-1
 * holds chassis-1 (HGX 10U at U1: cpu-1 in cpu-1, gpu-1 in gpu-1, retimer-1 on board-1) and chassis-3
 * (1U switch tray at U30); rack-2 holds chassis-2 (HGX 10U at U1, gpu-2 in gpu-1).
 */
final class CanvasFixtures {
    static final Catalog CATALOG = CatalogLoader.builtIn();

    private CanvasFixtures() {
    }

    static Project project() {
        Project p = new Project("canvas test");
        Pod pod = new Pod("pod-1", "Pod A", 1);
        Rack r1 = new Rack("rack-1", "", "RACK-EIA-48U", 0, 0);
        Rack r2 = new Rack("rack-2", "", "RACK-EIA-48U", 0, 1);
        Chassis c1 = new Chassis("chassis-1", "", "GENERIC-HGX-8GPU-10U", 1);
        c1.addComponent(new Component("cpu-1", "", "AMD-EPYC-9005", "cpu-1"));
        c1.addComponent(new Component("gpu-1", "", "NVIDIA-B200", "gpu-1"));
        c1.addComponent(new Component("retimer-1", "", "ASTERA-ARIES6-X16", "board-1"));
        Chassis c3 = new Chassis("chassis-3", "", "GENERIC-SCALEUP-SWITCH-TRAY-1U", 30);
        Chassis c2 = new Chassis("chassis-2", "", "GENERIC-HGX-8GPU-10U", 1);
        c2.addComponent(new Component("gpu-2", "", "NVIDIA-B200", "gpu-1"));
        r1.addChassis(c1);
        r1.addChassis(c3);
        r2.addChassis(c2);
        pod.addRack(r1);
        pod.addRack(r2);
        p.addPod(pod);
        return p;
    }

    static Session session() {
        return new Session(project(), CATALOG, CatalogLoader.builtInPrices(), null, List.of());
    }
}
