package org.podforge.rules;

/** The answer to "may I connect / drop here?": ok, or not with the reason in plain words. */
public record Verdict(boolean ok, String reason) {
    public static final Verdict OK = new Verdict(true, "");

    public static Verdict no(String reason) {
        return new Verdict(false, reason);
    }
}
