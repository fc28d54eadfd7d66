package org.podforge.service;

import java.util.Locale;

/**
 * What the CLI and the app say when the Java virtual machine itself gives up: out of memory, a stack
 * overflow (absurdly deep input), or an array larger than Java allows. One message, naming what ran out,
 * what PodForge was doing and how to give it more, instead of a stack trace.
 */
public final class FatalErrors {
    /**
     * A little memory kept aside at start-up and released when memory runs out, so the message can be
     * built and printed (and, in the app, the design autosaved) after an OutOfMemoryError.
     */
    private static volatile byte[] reserve = new byte[1 << 20];

    private FatalErrors() {
    }

    /** True for the errors {@link #describe} explains: out of memory, stack overflow, other VM failures. */
    public static boolean isFatal(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof VirtualMachineError) {
                return true;
            }
        }
        return false;
    }

    /** Releases the reserve: call first thing when handling a fatal error. */
    public static void releaseReserve() {
        reserve = null;
    }

    /** The fatal error in {@code t}'s cause chain (or {@code t}). */
    static Throwable fatal(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof VirtualMachineError) {
                return c;
            }
        }
        return t;
    }

    /**
     * A sentence for the user: what ran out, while doing what, and how to raise the limit.
     *
     * @param doing what PodForge was doing, e.g. "export big.podforge.json"
     * @param how   how the user starts PodForge, to show the option in place, e.g. "java -Xmx4g -jar podforge.jar"
     */
    public static String describe(Throwable t, String doing, String how) {
        Throwable f = fatal(t);
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        long gb = Math.max(2, (maxMb * 2 + 1023) / 1024); // twice today's heap, at least 2 GB
        String raise = "Give Java more memory and try again, e.g. " + how.replace("-Xmx?", "-Xmx" + gb + "g")
                + " (or set JAVA_TOOL_OPTIONS=-Xmx" + gb + "g).";
        String what = f.getMessage() == null ? "" : f.getMessage();
        if (f instanceof StackOverflowError) {
            return "PodForge ran out of stack while " + doing + ": the input is nested far deeper than any design "
                    + "(check the file for runaway nesting), or give Java a bigger stack with -Xss8m.";
        }
        if (f instanceof OutOfMemoryError) {
            String lower = what.toLowerCase(Locale.ROOT);
            if (lower.contains("array size") || lower.contains("exceeds vm limit")) {
                return "PodForge could not hold one piece of data while " + doing + ": it is larger than Java's 2 GB "
                        + "array limit (" + what + "). The input is larger than PodForge supports.";
            }
            String kind = lower.contains("metaspace") ? "class metadata memory (Metaspace)"
                    : lower.contains("direct buffer") ? "direct buffer memory"
                    : lower.contains("native thread") ? "native threads"
                    : "Java heap memory (" + maxMb + " MB available)";
            return "PodForge ran out of " + kind + " while " + doing + ". " + raise;
        }
        return "The Java virtual machine failed while " + doing + " (" + f + "). " + raise;
    }
}
