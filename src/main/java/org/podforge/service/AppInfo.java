package org.podforge.service;

/** What the app says about itself: its version, from the jar manifest (the pom's version). */
public final class AppInfo {
    public static final String NAME = "PodForge";

    private AppInfo() {
    }

    /** The version from the jar manifest, or "development build" when run from classes (IDE, tests). */
    public static String version() {
        String v = AppInfo.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "development build" : v;
    }
}
