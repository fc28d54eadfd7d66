package org.podforge.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.podforge.model.Cage;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.PartStatus;
import org.podforge.model.PortSpec;

/** The status, cage, lane-rate, reach, breakout and stock-length fields of a catalog part, as read from JSON. */
class CatalogPartFieldsTest {
    private static Part read(String json) throws Exception {
        return CatalogLoader.readPart(new JsonFields("test.json", "parts[0]", new ObjectMapper().readTree(json)));
    }

    @Test
    void anOlderPartWithoutTheNewFieldsStillLoadsAsOrderable() throws Exception {
        Part p = read("{\"partNumber\":\"OLD\",\"family\":\"NIC\",\"vendor\":\"v\",\"ports\":[{\"name\":\"net\",\"role\":\"NETWORK\","
                + "\"protocols\":[\"ETHERNET\"],\"speedGbps\":400}]}");
        assertEquals(PartStatus.ORDERABLE, p.status());
        assertEquals(Optional.empty(), p.declaredStatus());
        assertEquals(null, p.ports().get(0).spec().cage());
    }

    @Test
    void aTwinPortTransceiverDeclaresCageSpeedLanesReachPowerAndBreakout() throws Exception {
        Part p = read("{\"partNumber\":\"X\",\"family\":\"TRANSCEIVER\",\"vendor\":\"v\",\"status\":\"orderable\",\"cage\":\"OSFP\","
                + "\"speedGbps\":800,\"lanes\":8,\"laneRateGbps\":100,\"powerW\":15,\"medium\":\"FIBER_MM\",\"reachM\":{\"FIBER_MM\":50},"
                + "\"breakouts\":[\"2x4\"]}");
        assertEquals(Optional.of(Cage.OSFP), p.cage());
        assertEquals(Optional.of(50.0), p.reachM(Medium.FIBER_MM));
        assertEquals(Optional.empty(), p.reachM(Medium.FIBER_SM));
        assertEquals(List.of("2x4"), p.breakouts());
        assertEquals(Optional.of(100.0), p.laneRateGbps());
        assertTrue(p.isOrderable());
    }

    @Test
    void aNetworkPortCarriesCageLanesAndLaneRate() throws Exception {
        Part p = read("{\"partNumber\":\"N\",\"family\":\"NIC\",\"vendor\":\"v\",\"status\":\"DEMONSTRATION\",\"ports\":[{\"name\":\"net\","
                + "\"role\":\"NETWORK\",\"protocols\":[\"INFINIBAND\"],\"speedGbps\":800,\"lanes\":4,\"laneRateGbps\":200,"
                + "\"cage\":\"osfp-rhs\",\"bifurcations\":[\"1x4\",\"2x2\"]}]}");
        PortSpec s = p.ports().get(0).spec();
        assertEquals(Cage.OSFP_RHS, s.cage());
        assertEquals(200.0, s.laneRateGbps());
        assertTrue(s.isNetwork());
        assertFalse(s.isPcieLanes());
        assertFalse(p.isOrderable());
    }

    @Test
    void badValuesAreRejectedWithWhereAndHow() {
        var cage = assertThrows(InvalidJsonException.class, () -> read("{\"partNumber\":\"N\",\"family\":\"TRANSCEIVER\",\"cage\":\"SFP9\"}"));
        assertTrue(cage.getMessage().contains("cage") && cage.getMessage().contains("OSFP_RHS"), cage.getMessage());
        var status = assertThrows(InvalidJsonException.class, () -> read("{\"partNumber\":\"N\",\"family\":\"NIC\",\"status\":\"soon\"}"));
        assertTrue(status.getMessage().contains("ANNOUNCED"), status.getMessage());
        var speed = assertThrows(InvalidJsonException.class, () -> read("{\"partNumber\":\"N\",\"family\":\"NIC\",\"ports\":[{\"name\":\"net\","
                + "\"role\":\"NETWORK\",\"protocols\":[\"ETHERNET\"],\"speedGbps\":800,\"lanes\":4,\"laneRateGbps\":100}]}"));
        assertTrue(speed.getMessage().contains("lanes x laneRateGbps"), speed.getMessage());
        var medium = assertThrows(InvalidJsonException.class, () -> read("{\"partNumber\":\"N\",\"family\":\"TRANSCEIVER\",\"reachM\":{\"OM4\":50}}"));
        assertTrue(medium.getMessage().contains("'OM4' is not a medium"), medium.getMessage());
        var length = assertThrows(InvalidJsonException.class, () -> read("{\"partNumber\":\"N\",\"family\":\"CABLE\",\"maxReachM\":2,\"lengthM\":3}"));
        assertTrue(length.getMessage().contains("exceeds"), length.getMessage());
    }

    @Test
    void aChassisCarriesItsSystemMaximumPsuEfficiencyAndCooling() throws Exception {
        Part p = read("{\"partNumber\":\"S\",\"family\":\"CHASSIS\",\"vendor\":\"v\",\"systemMaxW\":14300,\"psuEfficiency\":0.94,"
                + "\"cooling\":\"air\",\"sources\":[{\"fields\":[\"systemMaxW\"],\"url\":\"https://x\",\"estimate\":true}]}");
        assertEquals(Optional.of(14300.0), p.systemMaxW());
        assertEquals(Optional.of(0.94), p.psuEfficiency());
        assertEquals(Optional.of(org.podforge.model.Cooling.AIR), p.cooling());
        assertTrue(p.isEstimate("systemMaxW"));
        Part none = read("{\"partNumber\":\"T\",\"family\":\"CHASSIS\",\"vendor\":\"v\"}");
        assertEquals(Optional.empty(), none.systemMaxW());
        assertEquals(Optional.empty(), none.cooling());
    }

    @Test
    void aSystemMaximumOrEfficiencyOutOfRangeIsRejected() {
        var max = assertThrows(InvalidJsonException.class, () -> read("{\"partNumber\":\"S\",\"family\":\"CHASSIS\",\"systemMaxW\":0}"));
        assertTrue(max.getMessage().contains("systemMaxW"), max.getMessage());
        var eff = assertThrows(InvalidJsonException.class, () -> read("{\"partNumber\":\"S\",\"family\":\"CHASSIS\",\"psuEfficiency\":94}"));
        assertTrue(eff.getMessage().contains("psuEfficiency"), eff.getMessage());
        var cool = assertThrows(InvalidJsonException.class, () -> read("{\"partNumber\":\"S\",\"family\":\"CHASSIS\",\"cooling\":\"water\"}"));
        assertTrue(cool.getMessage().contains("LIQUID"), cool.getMessage());
    }
}
