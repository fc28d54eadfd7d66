package org.podforge.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.PortSpec;
import org.podforge.model.Protocol;
import org.podforge.model.SourceRef;

/** Cross-checks of the shipped catalog data: complete, sourced, consistent with the price book. */
class CatalogCrossCheckTest {
    private final Catalog catalog = CatalogLoader.builtIn();

    @Test
    void repositoryCatalogAndEmbeddedCopyAgree() {
        Catalog fromDir = CatalogLoader.load(Path.of("catalog"));
        assertEquals(fromDir.size(), catalog.size());
    }

    @Test
    void indexListsEveryPartFile() throws IOException {
        Set<String> listed = new TreeSet<>(CatalogLoader.partFiles(Path.of("catalog")));
        Set<String> onDisk;
        try (Stream<Path> s = Files.list(Path.of("catalog/parts"))) {
            onDisk = s.map(p -> "parts/" + p.getFileName()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(onDisk, listed, "catalog/index.json must list every file in catalog/parts");
    }

    @Test
    void everyFamilyIsPresent() {
        EnumSet<Family> present = EnumSet.noneOf(Family.class);
        catalog.all().forEach(p -> present.add(p.family()));
        assertEquals(EnumSet.allOf(Family.class), present);
    }

    @Test
    void issueNamedPartsExist() {
        List<String> missing = new ArrayList<>();
        String[][] wanted = {
            {"Aries 5", "RETIMER"}, {"Aries 6", "RETIMER"}, {"Taurus", "SMART_CABLE_MODULE"}, {"Leo", "CXL_MEMORY_CONTROLLER"},
            {"Scorpio P", "PCIE_SWITCH"}, {"Scorpio X", "SCALEUP_SWITCH"},
        };
        for (String[] w : wanted) {
            boolean found = catalog.all().stream().anyMatch(p -> p.productLine().equals(w[0]) && p.family().name().equals(w[1]));
            if (!found) {
                missing.add(w[0] + " " + w[1]);
            }
        }
        for (String text : List.of("PEX89144", "PEX90144", "B200", "B300", "Rubin", "MI355X", "MI455X", "Trainium2", "EPYC 9005",
                "Xeon 6900P", "Xeon 6700P", "Grace", "ConnectX-7", "ConnectX-8", "BlueField-3", "Pollara")) {
            if (catalog.search(text).isEmpty()) {
                missing.add(text);
            }
        }
        assertTrue(missing.isEmpty(), "missing from the catalog: " + missing);
        assertEquals(2, catalog.byFamily(Family.RETIMER).stream().filter(p -> p.productLine().equals("Aries 6")).count(),
                "Aries 6 in x16 and x8");
        assertTrue(catalog.byFamily(Family.PCIE_SWITCH).stream().filter(p -> p.productLine().equals("Scorpio P")).count() >= 2);
        assertTrue(catalog.byFamily(Family.RACK).size() >= 3);
        assertTrue(catalog.byFamily(Family.CHASSIS).size() >= 4);
        assertTrue(catalog.byFamily(Family.TRANSCEIVER).size() >= 2);
    }

    @Test
    void everyPartHasAFamilyVendorAndASource() {
        for (Part p : catalog.all()) {
            assertFalse(p.vendor().isBlank(), p + " has no vendor");
            assertFalse(p.sources().isEmpty(), p + " has no source");
            for (SourceRef s : p.sources()) {
                assertTrue(s.url().startsWith("http"), p + ": source URL '" + s.url() + "'");
                assertFalse(s.fields().isEmpty(), p + ": a source backs no field");
            }
        }
    }

    @Test
    void everyGivenSpecIsBackedByASource() {
        List<String> unbacked = new ArrayList<>();
        for (Part p : catalog.all()) {
            check(p, "powerW", p.powerW().isPresent(), unbacked);
            check(p, "systemMaxW", p.systemMaxW().isPresent(), unbacked);
            check(p, "psuEfficiency", p.psuEfficiency().isPresent(), unbacked);
            check(p, "cooling", p.cooling().isPresent(), unbacked);
            check(p, "latencyNs", p.latencyNs().isPresent(), unbacked);
            check(p, "heightU", p.heightU().isPresent(), unbacked);
            check(p, "slots", !p.slots().isEmpty(), unbacked);
            check(p, "ports", !p.portSpecs().isEmpty(), unbacked);
            check(p, "maxReachM", p.maxReachM().isPresent(), unbacked);
            check(p, "memoryCapacityGB", p.memoryCapacityGB().isPresent(), unbacked);
            check(p, "rack", p.rack().isPresent(), unbacked);
            check(p, "retimers", p.retimersSpec().isPresent(), unbacked);
            check(p, "traceLengthM", p.traceLengthM().isPresent(), unbacked);
            check(p, "lengthM", p.lengthM().isPresent(), unbacked);
            for (SourceRef s : p.sources()) {
                if (!s.estimate() && (s.note().contains("[EST]") || s.note().contains("[INFERRED") || s.note().contains("[UNVERIFIED"))) {
                    unbacked.add(p.partNumber() + ": a source tagged [EST]/[INFERRED]/[UNVERIFIED] must say estimate: true");
                }
            }
        }
        assertTrue(unbacked.isEmpty(), "specs without a source: " + unbacked);
    }

    private static void check(Part p, String field, boolean given, List<String> out) {
        if (given && p.sourcesFor(field).isEmpty()) {
            out.add(p.partNumber() + "." + field);
        }
    }

    @Test
    void everyPortHasProtocolsAndLanesAndPciePortsAGeneration() {
        for (Part p : catalog.all()) {
            for (PortSpec s : p.portSpecs()) {
                assertFalse(s.protocols().isEmpty(), p + " port " + s.name());
                assertTrue(s.lanes() >= 1, p + " port " + s.name());
                if (s.speaks(Protocol.PCIE) || s.speaks(Protocol.CXL)) {
                    assertTrue(s.generation() != null && s.generation() >= 3 && s.generation() <= 7,
                            p + " port " + s.name() + " needs a PCIe generation");
                }
                for (String b : s.bifurcations()) {
                    var bi = org.podforge.model.Bifurcation.parse(b);
                    assertTrue(bi.totalLanes() <= s.lanes(), p + " port " + s.name() + " split " + b + " exceeds " + s.lanes() + " lanes");
                }
            }
        }
    }

    @Test
    void everyShippedPartDeclaresItsStatus() {
        List<String> missing = catalog.all().stream().filter(p -> p.declaredStatus().isEmpty()).map(Part::partNumber).toList();
        assertTrue(missing.isEmpty(), "parts without a status (orderable, announced, demonstration, illustrative): " + missing);
    }

    /** Cage known, or declared unknown with a reason (fabric facts [GAP]). */
    private static boolean cageKnownOrDeclaredUnknown(Part p, org.podforge.model.Cage cage) {
        return cage != null || !p.attributes().getOrDefault("cageUnknown", "").isBlank();
    }

    @Test
    void everyNetworkPortHasASpeedAndACage() {
        List<String> bad = networkPortProblems(catalog.all());
        assertTrue(bad.isEmpty(), "network ports without speed or cage: " + bad);
    }

    static List<String> networkPortProblems(java.util.Collection<Part> parts) {
        List<String> bad = new ArrayList<>();
        for (Part p : parts) {
            for (PortSpec s : p.portSpecs()) {
                if (!s.isNetwork()) {
                    continue;
                }
                if (s.speedGbps() == null) {
                    bad.add(p.partNumber() + "/" + s.name() + ": no speedGbps");
                }
                if (!cageKnownOrDeclaredUnknown(p, s.cage())) {
                    bad.add(p.partNumber() + "/" + s.name() + ": no cage (or attributes.cageUnknown)");
                }
            }
        }
        return bad;
    }

    @Test
    void everyTransceiverAndNetworkCableHasCageSpeedAndLanes() {
        List<String> bad = mediaProblems(catalog.all());
        assertTrue(bad.isEmpty(), "transceivers / network cables missing cage, speed or lanes: " + bad);
    }

    static List<String> mediaProblems(java.util.Collection<Part> parts) {
        List<String> bad = new ArrayList<>();
        for (Part p : parts) {
            boolean network = p.protocols().contains(Protocol.ETHERNET) || p.protocols().contains(Protocol.INFINIBAND);
            boolean passiveFibre = p.family() == Family.CABLE && p.medium().map(m -> m.isOptical() && !m.isActive()
                    || m == org.podforge.model.Medium.FIBER_MM || m == org.podforge.model.Medium.FIBER_SM).orElse(false);
            boolean checked = p.family() == Family.TRANSCEIVER || p.family().isLinkMedium() && network && !passiveFibre;
            if (!checked) {
                continue;
            }
            if (!cageKnownOrDeclaredUnknown(p, p.cage().orElse(null))) {
                bad.add(p.partNumber() + ": no cage (or attributes.cageUnknown)");
            }
            if (p.speedGbps().isEmpty()) {
                bad.add(p.partNumber() + ": no speedGbps");
            }
            if (p.lanes().isEmpty()) {
                bad.add(p.partNumber() + ": no lanes");
            }
        }
        return bad;
    }

    @Test
    void theChecksCatchAPortOrTransceiverWithoutCageOrSpeed() {
        Part nic = Part.builder("T-NIC", Family.NIC).vendor("t")
                .port(new PortSpec("net", 1, org.podforge.model.PortRole.NETWORK, Set.of(Protocol.ETHERNET), null, null, null, 4, List.of()))
                .build();
        assertEquals(2, networkPortProblems(List.of(nic)).size(), networkPortProblems(List.of(nic)).toString());
        Part xcvr = Part.builder("T-XCVR", Family.TRANSCEIVER).vendor("t").medium(org.podforge.model.Medium.FIBER_MM)
                .protocol(Protocol.ETHERNET).lanes(8).build();
        assertEquals(List.of("T-XCVR: no cage (or attributes.cageUnknown)", "T-XCVR: no speedGbps"), mediaProblems(List.of(xcvr)));
        Part fibre = Part.builder("T-FIBRE", Family.CABLE).vendor("t").medium(org.podforge.model.Medium.FIBER_SM)
                .protocol(Protocol.ETHERNET).build();
        assertTrue(mediaProblems(List.of(fibre)).isEmpty(), "a passive fibre trunk plugs into transceivers, not cages");
    }

    @Test
    void componentsDeclareASlotTypeAndChassisOfferSlots() {
        for (Part p : catalog.all()) {
            if (p.family().isComponent()) {
                assertTrue(p.slotType().isPresent(), p + " needs a slotType");
                assertFalse(p.ports().isEmpty(), p + " has no ports");
            }
            if (p.family() == Family.CHASSIS) {
                assertTrue(p.heightU().isPresent() && !p.slots().isEmpty(), p + " needs heightU and slots");
            }
            if (p.family() == Family.RACK) {
                assertTrue(p.heightU().isPresent() && p.rack().isPresent(), p + " needs heightU and rack data");
            }
            if (p.family().isLinkMedium()) {
                assertTrue(p.medium().isPresent() && !p.protocols().isEmpty(), p + " needs a medium and protocols");
            }
        }
    }

    @Test
    void everyPricedPartExistsAndPricesAreLabelled() {
        PriceBook book = CatalogLoader.builtInPrices();
        assertTrue(book.estimate(), "the default book is illustrative and must say so");
        List<String> unknown = new ArrayList<>();
        for (PriceBook.Price pr : book.prices().values()) {
            if (!catalog.contains(pr.partNumber())) {
                unknown.add(pr.partNumber());
            }
            if (pr.basis().isBlank()) {
                fail("price of " + pr.partNumber() + " has no basis");
            }
        }
        assertTrue(unknown.isEmpty(), "prices for parts not in the catalog: " + unknown);
    }
}
