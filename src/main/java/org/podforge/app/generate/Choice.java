package org.podforge.app.generate;

/**
 * A choice in one of the Generate wizard's lists: its label and the value it stands for (null: leave it to the
 * generator).
 */
public record Choice<T>(String label, T value) {
    @Override
    public String toString() {
        return label;
    }
}
