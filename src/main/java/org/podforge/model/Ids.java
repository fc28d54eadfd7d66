package org.podforge.model;

import java.util.regex.Pattern;

/** Rules for ids: short, readable, stable ("gpu-3", "rack-a1"). */
public final class Ids {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    public static String requireValid(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("'" + id + "' is not a valid id: use 1-100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
        }
        return id;
    }

    /** A readable id prefix for a part family, e.g. GPU -> "gpu", PCIE_SWITCH -> "pcie-switch". */
    public static String prefixFor(Family family) {
        return switch (family) {
            case GPU -> "gpu";
            case CPU -> "cpu";
            case NIC -> "nic";
            case SSD -> "ssd";
            case RETIMER -> "retimer";
            case PCIE_SWITCH -> "pswitch";
            case SCALEUP_SWITCH -> "xswitch";
            case NETWORK_SWITCH -> "netswitch";
            case CXL_MEMORY_CONTROLLER -> "cxlmem";
            case SMART_CABLE_MODULE, CABLE, TRANSCEIVER -> "link";
            case CHASSIS -> "chassis";
            case RACK -> "rack";
        };
    }
}
