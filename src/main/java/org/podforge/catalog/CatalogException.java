package org.podforge.catalog;

/** The catalog or a price book cannot be read; the message says which file, where, and what is wrong. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
