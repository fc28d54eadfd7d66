package org.podforge.bom;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogException;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.Project;

/**
 * Where the cable schedule gets a link's length and negotiated PCIe generation. The geometry and rules
 * packages own those computations; this only carries functions, so the BOM never re-implements them.
 *
 * @param lengthM     link -> length in metres, NaN when unknown
 * @param generation  link -> negotiated PCIe generation, or null when not PCIe or unknown
 * @param lengthBasis what the lengths are ("geometry model", "user overrides only")
 * @param generationBasis what the generations are
 * @param cableLengthM a fabric cable's length from its two ends (each possibly in a replica, placed by the pod's
 *                     replica layout) and its set length or null: metres, NaN when unknown. Pattern cables have no
 *                     {@link Link} object, so the schedule asks this for every cable of the fabric.
 */
public record LinkFacts(ToDoubleFunction<Link> lengthM, Function<Link, Integer> generation, String lengthBasis,
                        String generationBasis, CableLength cableLengthM) {

    /** Length of a cable between two ends of the hall. */
    @FunctionalInterface
    public interface CableLength {
        double metres(PortRef a, PortRef b, Double lengthOverrideM);
    }

    public LinkFacts {
        Objects.requireNonNull(lengthM, "lengthM");
        Objects.requireNonNull(generation, "generation");
        Objects.requireNonNull(cableLengthM, "cableLengthM");
    }

    /** Facts without a hall geometry for fabric cables: their set length, else unknown. */
    public LinkFacts(ToDoubleFunction<Link> lengthM, Function<Link, Integer> generation, String lengthBasis, String generationBasis) {
        this(lengthM, generation, lengthBasis, generationBasis, (a, b, set) -> set == null ? Double.NaN : set);
    }

    /**
     * The fallback when no geometry is at hand: the user's length override, else unknown; generation =
     * the lowest of the two ports' and the cable part's generation (the link alone, not the chain).
     */
    public static LinkFacts nominal(Project project, Catalog catalog) {
        return new LinkFacts(l -> l.lengthOverrideM() == null ? Double.NaN : l.lengthOverrideM(),
                l -> nominalGeneration(project, catalog, l),
                "user-set lengths only (no geometry)", "lowest generation of the two ports and the cable");
    }

    static Integer nominalGeneration(Project project, Catalog catalog, Link l) {
        Integer a = portGeneration(project, catalog, l.a().componentId(), l.a().port());
        Integer b = portGeneration(project, catalog, l.b().componentId(), l.b().port());
        if (a == null || b == null) {
            return null;
        }
        int g = Math.min(a, b);
        if (l.cablePart() != null) {
            Integer c = catalog.find(l.cablePart()).flatMap(Part::generation).orElse(null);
            if (c != null) {
                g = Math.min(g, c);
            }
        }
        return g;
    }

    private static Integer portGeneration(Project project, Catalog catalog, String componentId, String port) {
        try {
            return project.component(componentId)
                    .flatMap(c -> catalog.find(c.partNumber()))
                    .flatMap(p -> p.port(port))
                    .map(Port::spec)
                    .map(s -> s.generation())
                    .orElse(null);
        } catch (CatalogException e) {
            return null;
        }
    }
}
