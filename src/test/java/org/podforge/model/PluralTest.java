package org.podforge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {
    @Test
    void theNounFollowsTheCount() {
        assertEquals("1 cable", Plural.of(1, "cable"));
        assertEquals("0 cables", Plural.of(0, "cable"));
        assertEquals("1,024 cables", Plural.of(1024, "cable"));
        assertEquals("1 leaf switch", Plural.of(1, "leaf switch", "leaf switches"));
        assertEquals("4 leaf switches", Plural.of(4, "leaf switch", "leaf switches"));
    }
}
