package org.podforge.export.netbox;

/** Opens package-private helpers of the NetBox export to the tests in org.podforge.export. */
public final class NetBoxTestAccess {
    private NetBoxTestAccess() {
    }

    public static String length(double metres) {
        return InterfacePlan.length(metres);
    }
}
