package org.podforge.app.palette;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.shape.SVGPath;
import org.podforge.model.Family;

/**
 * The part-family icons of {@code icons/} (packaged at {@code /icons/<family>.svg}): 24x24 SVG files made
 * only of {@code <path>} elements, so they are read here without an SVG library and drawn as vector
 * {@link SVGPath}s ({@link #node}) or rasterised once per size ({@link #image}, cached; FX thread only).
 * The same files are what installers and docs use, so the palette, canvas and topology view share one
 * source of truth. Family colours ({@link #color}) come from the icon tiles.
 */
public final class FamilyIcons {
    private static final Pattern PATH = Pattern.compile("<path\\s+([^>]*?)/?>", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
    private static final Map<Family, List<Map<String, String>>> PATHS = new EnumMap<>(Family.class);
    private static final Map<String, Image> IMAGES = new HashMap<>();

    private FamilyIcons() {
    }

    /** File stem of a family's icon: GPU -> "gpu", PCIE_SWITCH -> "pcie-switch". */
    public static String fileStem(Family f) {
        return f.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The tile colour of a family's icon. */
    public static Color color(Family f) {
        for (Map<String, String> p : paths(f)) {
            String fill = p.get("fill");
            if (fill != null && fill.startsWith("#")) {
                return Color.web(fill);
            }
        }
        return Color.GRAY;
    }

    /** A vector icon node of the given size in pixels. */
    public static Node node(Family f, double size) {
        Group g = new Group();
        for (Map<String, String> p : paths(f)) {
            SVGPath s = new SVGPath();
            s.setContent(p.get("d"));
            String fill = p.getOrDefault("fill", "none");
            s.setFill("none".equals(fill) ? null : Color.web(fill));
            String stroke = p.get("stroke");
            if (stroke != null && !"none".equals(stroke)) {
                s.setStroke(Color.web(stroke));
                s.setStrokeWidth(Double.parseDouble(p.getOrDefault("stroke-width", "1")));
                s.setStrokeLineCap(StrokeLineCap.ROUND);
                s.setStrokeLineJoin(StrokeLineJoin.ROUND);
            }
            g.getChildren().add(s);
        }
        double k = size / 24.0;
        g.setScaleX(k);
        g.setScaleY(k);
        // scale about the centre of the 24x24 box, then shift so the box starts at 0,0
        g.setTranslateX(-12 + 12 * k);
        g.setTranslateY(-12 + 12 * k);
        Group holder = new Group(g);
        holder.getStyleClass().add("pf-family-icon");
        return holder;
    }

    /**
     * A raster of the icon, {@code size} pixels square, cached. Call on the FX thread. The first call for a size
     * rasterises every family's icon at that size in one snapshot: each snapshot waits for the render thread, and
     * at start-up the palette and the canvas asked for some twenty icons one by one (docs/decisions/0021).
     */
    public static Image image(Family f, int size) {
        Image img = IMAGES.get(key(f, size));
        if (img == null) {
            rasterAll(size);
            img = IMAGES.get(key(f, size));
        }
        return img;
    }

    private static String key(Family f, int size) {
        return f.name() + "@" + size;
    }

    /**
     * Every family's icon at {@code size} in one snapshot: icon i is drawn at x = i * 2 * size (whole pixels, so each
     * is rasterised as when drawn alone at 0,0) and cut out as its own size x size image; the gap of one icon
     * between them keeps whatever a stroke draws outside its box out of the neighbour's cut, as the single
     * snapshot's viewport did.
     */
    private static void rasterAll(int size) {
        Family[] all = Family.values();
        int step = 2 * size;
        Group root = new Group();
        for (int i = 0; i < all.length; i++) {
            Node n = node(all[i], size);
            n.setLayoutX(i * step);
            root.getChildren().add(n);
        }
        SnapshotParameters sp = new SnapshotParameters();
        sp.setFill(Color.TRANSPARENT);
        sp.setViewport(new Rectangle2D(0, 0, all.length * step, size));
        WritableImage strip = root.snapshot(sp, new WritableImage(all.length * step, size));
        for (int i = 0; i < all.length; i++) {
            IMAGES.put(key(all[i], size), new WritableImage(strip.getPixelReader(), i * step, 0, size, size));
        }
    }

    private static synchronized List<Map<String, String>> paths(Family f) {
        return PATHS.computeIfAbsent(f, FamilyIcons::load);
    }

    private static List<Map<String, String>> load(Family f) {
        String res = "/icons/" + fileStem(f) + ".svg";
        try (InputStream in = FamilyIcons.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("icon " + res + " is missing from the class path; it should be copied from icons/ by the build");
            }
            String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Map<String, String>> out = new ArrayList<>();
            Matcher m = PATH.matcher(svg);
            while (m.find()) {
                Map<String, String> attrs = new HashMap<>();
                Matcher a = ATTR.matcher(m.group(1));
                while (a.find()) {
                    attrs.put(a.group(1), a.group(2));
                }
                if (attrs.containsKey("d")) {
                    out.add(attrs);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read icon " + res, e);
        }
    }
}
