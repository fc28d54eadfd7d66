package org.podforge.catalog.netbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.podforge.model.Cage;
import org.podforge.model.Protocol;

/**
 * NetBox interface types (the {@code type} of an interface in NetBox and in its device-type library:
 * {@code InterfaceTypeChoices}, listed in the library's {@code schema/generated_schema.json}) that map to a
 * PodForge network port: protocol, speed per direction, lanes and lane rate, and the cage where PodForge
 * models that form factor. A type not listed here (management copper, wireless, virtual, LAG, SONET,
 * Fibre Channel, the stacking types, ...) is not imported, and the import says so.
 *
 * <p>Lanes: QSFP112 is 4 lanes of 100G by definition; the SFP family is 1 lane and QSFP28/QSFP56/QSFP+ 4. The
 * other types name a speed and a form factor but not the lane rate: 400G on OSFP or QSFP-DD is built both as
 * 8 x 50G and as 4 x 100G, so the import takes the 100G-per-lane reading (the SerDes of current NICs and
 * switches: ConnectX-7, Spectrum-4) and marks it as an estimate. InfiniBand types give the data rate only
 * (HDR 200G = 4 x 50G, NDR 400G = 4 x 100G, XDR 800G = 4 x 200G, per 4x port) and no form factor.
 */
public final class InterfaceTypes {
    /**
     * @param cage          PodForge's cage for the form factor, or null when PodForge does not model it (QSFP28,
     *                      SFP28, ...) or the type names none (InfiniBand)
     * @param formFactor    the form factor as NetBox names it, for messages ("QSFP28"), or null
     * @param lanesEstimate true when the lane count is our reading, not implied by the type
     */
    public record Mapping(String type, Protocol protocol, double speedGbps, int lanes, Cage cage, String formFactor,
                         boolean lanesEstimate) {
        public double laneRateGbps() {
            return speedGbps / lanes;
        }
    }

    private static final Map<String, Mapping> TYPES = new LinkedHashMap<>();

    static {
        eth("10gbase-x-sfpp", 10, 1, null, "SFP+", false);
        eth("25gbase-x-sfp28", 25, 1, null, "SFP28", false);
        eth("50gbase-x-sfp56", 50, 1, null, "SFP56", false);
        eth("40gbase-x-qsfpp", 40, 4, null, "QSFP+", false);
        eth("100gbase-x-qsfp28", 100, 4, null, "QSFP28", false);
        eth("100gbase-x-qsfpdd", 100, 2, Cage.QSFP_DD, "QSFP-DD", true);
        eth("200gbase-x-qsfp56", 200, 4, null, "QSFP56", false);
        eth("200gbase-x-qsfpdd", 200, 4, Cage.QSFP_DD, "QSFP-DD", true);
        eth("400gbase-x-qsfp112", 400, 4, Cage.QSFP112, "QSFP112", false);
        eth("400gbase-x-qsfpdd", 400, 4, Cage.QSFP_DD, "QSFP-DD", true);
        eth("400gbase-x-osfp", 400, 4, Cage.OSFP, "OSFP", true);
        eth("400gbase-x-osfp-rhs", 400, 4, Cage.OSFP_RHS, "OSFP-RHS", true);
        eth("800gbase-x-qsfpdd", 800, 8, Cage.QSFP_DD, "QSFP-DD", false);
        eth("800gbase-x-osfp", 800, 8, Cage.OSFP, "OSFP", false);
        ib("infiniband-hdr", 200, 4);
        ib("infiniband-ndr", 400, 4);
        ib("infiniband-xdr", 800, 4);
    }

    private InterfaceTypes() {
    }

    private static void eth(String type, double gbps, int lanes, Cage cage, String formFactor, boolean estimate) {
        TYPES.put(type, new Mapping(type, Protocol.ETHERNET, gbps, lanes, cage, formFactor, estimate));
    }

    private static void ib(String type, double gbps, int lanes) {
        TYPES.put(type, new Mapping(type, Protocol.INFINIBAND, gbps, lanes, null, null, false));
    }

    /** The mapping of a NetBox interface type (case-insensitive), or empty when PodForge has none. */
    public static Optional<Mapping> of(String type) {
        return type == null ? Optional.empty() : Optional.ofNullable(TYPES.get(type.trim().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Every mapped type, in table order (docs and tests). */
    public static Map<String, Mapping> all() {
        return java.util.Collections.unmodifiableMap(TYPES);
    }
}
