package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.DesignReport;
import org.podforge.bom.LinkFacts;
import org.podforge.bom.Validator;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Project;

/**
 * NVIDIA's P2P workbook: the sample sheet's columns, only InfiniBand/Ethernet links (the fixture's two
 * NIC-to-NIC cables per replica; its PCIe smart cables and CopprLink cables are left out), ports as HCA
 * numbers (nic-1:net is the server's first IB/Ethernet port, 1; nic-2:net is 2).
 */
class P2pWorkbookTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @TempDir
    Path dir;

    @Test
    void onlyFabricLinksWithNumberedPortsInNvidiasColumns() throws Exception {
        Project p = BomFixtures.sample();
        DesignReport rep = DesignReport.of(p, CATALOG, CatalogLoader.builtInPrices(), LinkFacts.nominal(p, CATALOG),
                Validator.unavailable("test"));
        Path out = dir.resolve("p2p.xlsx");
        P2pWorkbook.Result res = P2pWorkbook.write(rep, CATALOG, out);
        long fabricCables = 2 * 2; // l-nic-fibre and l-nic-aoc, pod-a x 2
        assertEquals(Map.of(P2pWorkbook.EITHER, (int) fabricCables), res.rowsBySheet(),
                "ConnectX-7 to ConnectX-7 can run either fabric: one sheet says so");
        assertEquals(rep.cables().cableCount() - fabricCables, res.leftOut(), "PCIe cables are left out and counted");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet(P2pWorkbook.EITHER);
            DataFormatter f = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row r : s) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < P2pWorkbook.COLUMNS.size(); c++) {
                    cells.add(f.formatCellValue(r.getCell(c)));
                }
                rows.add(cells);
            }
            assertEquals(List.of("Rack", "U", "Name", "HCA/Port", "Rack", "U", "Name", "Port"), rows.get(0));
            assertTrue(rows.contains(List.of("R1.1", "1", "srv-1.1", "1", "R2.1", "1", "srv-2.1", "1")), rows.toString());
            assertTrue(rows.contains(List.of("R1.2", "1", "srv-1.2", "2", "R2.2", "1", "srv-2.2", "2")), rows.toString());
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, s.getRow(1).getCell(3).getCellType(), "port numbers are numbers");
        }
    }

    @Test
    void theHostIsTheASideAndASwitchPortWithTwoCablesIsASplitPort() throws Exception {
        Project p = new Project("IB pod");
        org.podforge.model.Pod pod = new org.podforge.model.Pod("pod-1", "Pod", 1);
        p.addPod(pod);
        org.podforge.model.Rack rack = new org.podforge.model.Rack("rack-1", "R1", "RACK-EIA-42U", 0, 0);
        pod.addRack(rack);
        org.podforge.model.Chassis srv = new org.podforge.model.Chassis("srv-1", "Server", "GENERIC-HGX-8GPU-10U", 1);
        rack.addChassis(srv);
        srv.addComponent(new org.podforge.model.Component("nic-1", "", "NVIDIA-CONNECTX-7", "pcie-1"));
        srv.addComponent(new org.podforge.model.Component("nic-2", "", "NVIDIA-CONNECTX-7", "pcie-2"));
        org.podforge.model.Chassis box = new org.podforge.model.Chassis("leaf-1", "Leaf", "NVIDIA-Q3400-RA-BOX", 20);
        rack.addChassis(box);
        box.addComponent(new org.podforge.model.Component("sw", "", "NVIDIA-Q3400-RA", "asic"));
        // switch first on the link: the P2P still puts the host on the A side
        pod.addLink(new org.podforge.model.Link("l1", new org.podforge.model.PortRef("sw", "port-7"),
                new org.podforge.model.PortRef("nic-1", "net"), 4, org.podforge.model.Medium.FIBER_MM));
        pod.addLink(new org.podforge.model.Link("l2", new org.podforge.model.PortRef("nic-2", "net"),
                new org.podforge.model.PortRef("sw", "port-7"), 4, org.podforge.model.Medium.FIBER_MM));
        DesignReport rep = DesignReport.of(p, CATALOG, CatalogLoader.builtInPrices(), LinkFacts.nominal(p, CATALOG),
                Validator.unavailable("test"));
        List<P2pWorkbook.P2pRow> rows = new ArrayList<>();
        assertEquals(0, P2pWorkbook.rows(rep, CATALOG, rows));
        assertEquals(List.of(new P2pWorkbook.P2pRow(P2pWorkbook.INFINIBAND, List.of("R1", "1", "srv-1", "1", "R1", "20", "leaf-1", "7/1")),
                new P2pWorkbook.P2pRow(P2pWorkbook.INFINIBAND, List.of("R1", "1", "srv-1", "2", "R1", "20", "leaf-1", "7/2"))), rows);

        // beyond a sheet's rows the sheet continues on "InfiniBand (2)": nothing left out, order kept
        Path out = dir.resolve("split.xlsx");
        P2pWorkbook.Result res = P2pWorkbook.write(rep, CATALOG, out, 1);
        assertEquals(java.util.Map.of(P2pWorkbook.INFINIBAND, 2), res.rowsBySheet());
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of(P2pWorkbook.INFINIBAND, P2pWorkbook.INFINIBAND + " (2)"), List.of(wb.getSheetName(0), wb.getSheetName(1)));
            for (int i = 0; i < 2; i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertEquals(1, s.getLastRowNum(), "a header and one row");
                assertEquals(P2pWorkbook.COLUMNS.get(3), s.getRow(0).getCell(3).getStringCellValue());
                assertEquals("7/" + (i + 1), s.getRow(1).getCell(7).getStringCellValue());
                assertEquals(i + 1, s.getRow(1).getCell(3).getNumericCellValue(), 0, "HCA port numbers are numbers");
            }
        }
    }
}
