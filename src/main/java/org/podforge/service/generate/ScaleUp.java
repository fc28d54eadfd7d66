package org.podforge.service.generate;

import java.util.Locale;
import org.podforge.model.Protocol;

/** The scale-up fabric a generated pod uses inside each domain of GPUs. */
public enum ScaleUp {
    NVLINK("nvlink", Protocol.NVLINK),
    UALINK("ualink", Protocol.UALINK),
    ETHERNET("ethernet", Protocol.ETHERNET),
    SCORPIO_X("scorpio-x", Protocol.PCIE),
    NONE("none", null);

    private final String flag;
    private final Protocol protocol;

    ScaleUp(String flag, Protocol protocol) {
        this.flag = flag;
        this.protocol = protocol;
    }

    /** The word the CLI takes ({@code nvlink}, {@code scorpio-x}, ...). */
    public String flag() {
        return flag;
    }

    /** The protocol the GPU's scale-up ports and the switches speak, or null for none. */
    public Protocol protocol() {
        return protocol;
    }

    /** Parses a CLI word, case-insensitively; null when it is none of them. */
    public static ScaleUp parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ScaleUp s : values()) {
            if (s.flag.equals(t)) {
                return s;
            }
        }
        return null;
    }
}
