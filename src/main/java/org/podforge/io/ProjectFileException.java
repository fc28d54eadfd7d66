package org.podforge.io;

/** A project file cannot be opened; the message says where the problem is and how to fix it. */
public class ProjectFileException extends Exception {
    public ProjectFileException(String message) {
        super(message);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
