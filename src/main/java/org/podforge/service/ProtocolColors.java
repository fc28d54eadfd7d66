package org.podforge.service;

import java.util.EnumMap;
import java.util.Map;
import org.podforge.model.Protocol;

/**
 * The colour of each protocol's links, as 0xRRGGBB, in one place for the canvas, the topology view and their
 * printed pages (so the legend on paper matches the screen). Saturated mid tones: they read on white and dark
 * backgrounds and stay distinct on a monochrome printer as grey levels of different weight.
 */
public final class ProtocolColors {
    private static final Map<Protocol, Integer> RGB = new EnumMap<>(Protocol.class);

    static {
        RGB.put(Protocol.PCIE, 0x2563eb);
        RGB.put(Protocol.CXL, 0x0d9488);
        RGB.put(Protocol.NVLINK, 0x65a30d);
        RGB.put(Protocol.NVLINK_C2C, 0x15803d);
        RGB.put(Protocol.UALINK, 0xdb2777);
        RGB.put(Protocol.ETHERNET, 0xea580c);
        RGB.put(Protocol.INFINIBAND, 0x9333ea);
        RGB.put(Protocol.INFINITY_FABRIC, 0xdc2626);
        RGB.put(Protocol.NEURONLINK, 0xca8a04);
    }

    private ProtocolColors() {
    }

    /** The protocol's colour, or a neutral grey for a protocol without one (or null: unknown). */
    public static int rgb(Protocol p) {
        return p == null ? 0x6b7280 : RGB.getOrDefault(p, 0x6b7280);
    }
}
