package org.podforge.catalog;

/** A JSON document is well-formed but its content is wrong at a given path. */
public class InvalidJsonException extends RuntimeException {
    private final String file;
    private final String path;
    private final String problem;

    public InvalidJsonException(String file, String path, String problem) {
        super(file + (path == null || path.isEmpty() ? "" : " at " + path) + ": " + problem);
        this.file = file;
        this.path = path;
        this.problem = problem;
    }

    public String file() { return file; }
    public String path() { return path; }
    public String problem() { return problem; }
}
