package org.podforge.io;

/** Constants of the {@code *.podforge.json} format; see docs/file-format.md. */
public final class ProjectFormat {
    /** The schema version this build writes and the newest it reads. */
    public static final int CURRENT_SCHEMA = 2;
    /** The value of the top-level {@code format} field. */
    public static final String FORMAT_ID = "podforge-project";
    public static final String EXTENSION = ".podforge.json";

    private ProjectFormat() {
    }
}
