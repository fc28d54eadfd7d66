package org.podforge.model;

/** A port split written as {@code <links>x<width>}, e.g. "2x8" = two x8 links. */
public record Bifurcation(int links, int width) {

    public static Bifurcation parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        int x = t.indexOf('x');
        if (x <= 0 || x == t.length() - 1) {
            throw new IllegalArgumentException("bifurcation '" + text + "' is not of the form 2x8");
        }
        try {
            int links = Integer.parseInt(t.substring(0, x));
            int width = Integer.parseInt(t.substring(x + 1));
            if (links < 1 || width < 1) {
                throw new IllegalArgumentException("bifurcation '" + text + "' must have positive numbers");
            }
            return new Bifurcation(links, width);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bifurcation '" + text + "' is not of the form 2x8", e);
        }
    }

    public int totalLanes() {
        return links * width;
    }

    @Override
    public String toString() {
        return links + "x" + width;
    }
}
