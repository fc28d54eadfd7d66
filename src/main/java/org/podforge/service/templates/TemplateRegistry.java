package org.podforge.service.templates;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.podforge.catalog.Catalog;
import org.podforge.io.LoadResult;
import org.podforge.io.ProjectFileException;
import org.podforge.io.ProjectReader;
import org.podforge.io.TemplateIndex;

/**
 * The reference designs shipped in the jar: {@code docs/examples/templates.json} lists them, each entry
 * naming a design file in {@code docs/examples/} (embedded as {@code /examples/}). Adding a template is
 * adding its design file there and one line to the index (docs/templates.md). The app's New from template,
 * the palette's pre-wired servers and the tests all read this one list.
 */
public final class TemplateRegistry {
    /** Where the index and the designs sit on the class path. */
    public static final String DIR = "/examples/";
    public static final String INDEX = DIR + "templates.json";

    private static volatile TemplateRegistry builtIn;

    private final List<TemplateIndex.Entry> entries;

    private TemplateRegistry(List<TemplateIndex.Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The templates embedded in the application (read once). An application without an index has none. */
    public static TemplateRegistry builtIn() {
        TemplateRegistry r = builtIn;
        if (r == null) {
            synchronized (TemplateRegistry.class) {
                r = builtIn;
                if (r == null) {
                    r = new TemplateRegistry(readIndex());
                    builtIn = r;
                }
            }
        }
        return r;
    }

    /** A registry of the given entries (tests). */
    public static TemplateRegistry of(List<TemplateIndex.Entry> entries) {
        return new TemplateRegistry(entries);
    }

    private static List<TemplateIndex.Entry> readIndex() {
        try (InputStream in = TemplateRegistry.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return List.of();
            }
            return TemplateIndex.parse("templates " + INDEX, in.readAllBytes());
        } catch (IOException | ProjectFileException e) {
            // a broken index is a build error (TemplatesTest reads it); the app then offers no templates
            throw new IllegalStateException("The embedded template index cannot be read: " + e.getMessage(), e);
        }
    }

    /** Every registered template, in index order. */
    public List<TemplateIndex.Entry> entries() {
        return entries;
    }

    public Optional<TemplateIndex.Entry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The templates offered in the palette as pre-wired servers. */
    public List<TemplateIndex.Entry> paletteEntries() {
        return entries.stream().filter(TemplateIndex.Entry::palette).toList();
    }

    /** The design's name without reading the design (for lists), or the template id when it has none. */
    public String name(TemplateIndex.Entry e) {
        try (InputStream in = TemplateRegistry.class.getResourceAsStream(DIR + e.file())) {
            String n = in == null ? null : TemplateIndex.designName(in);
            return n == null || n.isBlank() ? e.id() : n;
        } catch (IOException ex) {
            return e.id();
        }
    }

    /**
     * Reads a template's design afresh (a new project each call, so nothing is shared with another
     * session). Unknown parts load flagged, as with any file; the result's warnings say so.
     */
    public LoadResult read(TemplateIndex.Entry e, Catalog catalog) throws ProjectFileException {
        String res = DIR + e.file();
        try (InputStream in = TemplateRegistry.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new ProjectFileException("Template '" + e.id() + "': its design " + res + " is not in this build; "
                        + "add docs/examples/" + e.file() + " or remove the entry from docs/examples/templates.json.");
            }
            return new ProjectReader(catalog).read("template " + e.id() + " (" + e.file() + ")", in);
        } catch (IOException ex) {
            throw new ProjectFileException("Template '" + e.id() + "' cannot be read: " + ex.getMessage(), ex);
        }
    }
}
