package org.podforge.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.io.LoadResult;
import org.podforge.io.ProjectFileException;
import org.podforge.io.ProjectReader;
import org.podforge.service.Session;

/** The sample pod embedded in the jar ({@code /examples/sample-8x8.podforge.json}), opened as untitled. */
public final class SampleDesign {
    public static final String RESOURCE = "/examples/sample-8x8.podforge.json";

    private SampleDesign() {
    }

    public static boolean available() {
        return SampleDesign.class.getResource(RESOURCE) != null;
    }

    /** A new untitled session holding the sample, or empty when the jar has no sample. */
    public static Optional<Session> open(Catalog catalog, PriceBook prices) throws ProjectFileException {
        Session ahead = StartupPreload.takeSample(catalog, prices); // a first start read it while JavaFX started
        return ahead != null ? Optional.of(ahead) : read(catalog, prices);
    }

    /** Reads the sample from the jar now. */
    static Optional<Session> read(Catalog catalog, PriceBook prices) throws ProjectFileException {
        try (InputStream in = SampleDesign.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            LoadResult lr = new ProjectReader(catalog).read("sample " + RESOURCE, in);
            return Optional.of(new Session(lr.project(), catalog, prices, null, lr.warnings()));
        } catch (IOException e) {
            throw new ProjectFileException("The embedded sample cannot be read: " + e.getMessage(), e);
        }
    }
}
