package org.podforge.service.generate;

/**
 * A generate request that cannot give a correct design, with the reason in user words: which input, why,
 * and what to change. The CLI prints the message and exits 2; the app shows it beside the input.
 */
public final class GenerateRefused extends RuntimeException {
    private final String input;

    public GenerateRefused(String input, String reason) {
        super(reason);
        this.input = input;
    }

    /** The input the reason is about (a CLI flag name without dashes, e.g. {@code scale-up}), or null. */
    public String input() {
        return input;
    }

    /** The reason alone, without the input (the app shows it beside the input's own label). */
    public String reason() {
        return super.getMessage();
    }

    @Override
    public String getMessage() {
        return input == null ? super.getMessage() : "--" + input + ": " + super.getMessage();
    }
}
