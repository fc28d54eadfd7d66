package org.podforge.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;

class GeometryTest {
    static final Catalog CATALOG = CatalogLoader.builtIn();
    final Geometry geo = new Geometry(CATALOG, GeometryDefaults.STANDARD);
    final Project p = new Project("geo");
    final Pod pod = new Pod("pod-1", "", 1);

    GeometryTest() {
        p.addPod(pod);
    }

    Component at(String rackId, int row, int pos, String rackPart, String chassisId, String chassisPart, int u, String compId) {
        Rack r = p.rack(rackId).orElse(null);
        if (r == null) {
            r = new Rack(rackId, "", rackPart, row, pos);
            pod.addRack(r);
        }
        Chassis c = p.chassis(chassisId).orElse(null);
        if (c == null) {
            c = new Chassis(chassisId, "", chassisPart, u);
            r.addChassis(c);
        }
        Component comp = new Component(compId, "", "NVIDIA-B300", null);
        c.addComponent(comp);
        return comp;
    }

    Link link(Component a, Component b) {
        Link l = new Link("l-" + a.id() + "-" + b.id(), new PortRef(a.id(), "host"), new PortRef(b.id(), "host"), 16, Medium.PCB);
        pod.addLink(l);
        return l;
    }

    @Test
    void sameChassisIsTheBoardTrace() {
        Component a = at("r1", 0, 0, "RACK-EIA-48U", "s1", "GENERIC-HGX-8GPU-10U", 1, "a");
        Component b = at("r1", 0, 0, "RACK-EIA-48U", "s1", "GENERIC-HGX-8GPU-10U", 1, "b");
        LinkLength len = geo.length(link(a, b));
        assertEquals(0.25, len.metres(), 1e-9);
        assertEquals(LinkLength.Basis.BOARD, len.basis());
        assertTrue(len.explanation().contains("GENERIC-HGX-8GPU-10U"));
    }

    @Test
    void sameRackIsTheVerticalDistanceBetweenCentresPlusSlack() {
        Component a = at("r1", 0, 0, "RACK-EIA-48U", "s1", "GENERIC-HGX-8GPU-10U", 1, "a");
        Component b = at("r1", 0, 0, "RACK-EIA-48U", "t1", "GENERIC-SCALEUP-SWITCH-TRAY-1U", 41, "b");
        // centres: U1 + 10U/2 -> 5 U above the floor; U41 + 1U/2 -> 40.5 U; 35.5 U x 44.45 mm = 1.578 m; +10%
        LinkLength len = geo.length(link(a, b));
        assertEquals(35.5 * 0.04445 * 1.10, len.metres(), 1e-9);
        assertEquals(LinkLength.Basis.SAME_RACK, len.basis());
    }

    @Test
    void sameRowAddsPitchAndVerticalRunsToTheTop() {
        Component a = at("r1", 0, 0, "RACK-EIA-48U", "s1", "GENERIC-HGX-8GPU-10U", 1, "a");
        Component b = at("r2", 0, 2, "RACK-EIA-48U", "s2", "GENERIC-HGX-8GPU-10U", 1, "b");
        double top = 48 * 0.04445;
        double centre = 5 * 0.04445;
        double expected = (2 * 0.6 + 2 * (top - centre)) * 1.10;
        LinkLength len = geo.length(link(a, b));
        assertEquals(expected, len.metres(), 1e-9);
        assertEquals(LinkLength.Basis.SAME_ROW, len.basis());
    }

    @Test
    void otherRowAddsTheRowPitch() {
        Component a = at("r1", 0, 0, "RACK-EIA-48U", "s1", "GENERIC-HGX-8GPU-10U", 1, "a");
        Component b = at("r2", 2, 1, "RACK-ORV3-44OU", "s2", "GENERIC-HGX-8GPU-10U", 1, "b");
        double runA = 48 * 0.04445 - 5 * 0.04445;
        double runB = 44 * 0.048 - 5 * 0.048;
        double expected = (2 * 4.27 + 1 * 0.6 + runA + runB) * 1.10;
        LinkLength len = geo.length(link(a, b));
        assertEquals(expected, len.metres(), 1e-9);
        assertEquals(LinkLength.Basis.OTHER_ROW, len.basis());
    }

    @Test
    void anOverrideWinsAndUnknownDataIsNotGuessed() {
        Component a = at("r1", 0, 0, "RACK-EIA-48U", "s1", "GENERIC-HGX-8GPU-10U", 1, "a");
        Component b = at("r2", 3, 7, "RACK-EIA-48U", "s2", "GENERIC-HGX-8GPU-10U", 1, "b");
        Link l = link(a, b);
        l.setLengthOverrideM(1.5);
        assertEquals(1.5, geo.length(l).metres());
        assertEquals(LinkLength.Basis.OVERRIDE, geo.length(l).basis());
        Component c = at("r3", 0, 0, "ACME-RACK", "s3", "GENERIC-HGX-8GPU-10U", 1, "c");
        LinkLength unknown = geo.length(link(a, c));
        assertFalse(unknown.known());
        assertTrue(unknown.explanation().contains("ACME-RACK"), unknown.explanation());
    }
}
