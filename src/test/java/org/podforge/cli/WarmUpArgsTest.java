package org.podforge.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The workbook warm-up (decision 0040) is started, before parsing, for an export that writes a workbook and no other. */
class WarmUpArgsTest {
    @Test
    void onlyAnExportWithAWorkbookWarmsPoiUp() {
        assertTrue(PodForgeCli.wantsWorkbook(new String[] {"export", "x.podforge.json", "--xlsx", "x.xlsx"}));
        assertTrue(PodForgeCli.wantsWorkbook(new String[] {"export", "--xlsx=x.xlsx", "x.podforge.json"}));
        assertTrue(PodForgeCli.wantsWorkbook(new String[] {"export", "x.podforge.json", "--csv", "dir", "--xlsx", "x.xlsx"}));
        assertFalse(PodForgeCli.wantsWorkbook(new String[] {"export", "x.podforge.json", "--csv", "dir"}));
        assertFalse(PodForgeCli.wantsWorkbook(new String[] {"export", "x.podforge.json", "--p2p", "p2p.xlsx"}));
        assertFalse(PodForgeCli.wantsWorkbook(new String[] {"validate", "x.podforge.json"}));
        assertFalse(PodForgeCli.wantsWorkbook(new String[] {"compare", "a.json", "b.json", "--xlsx", "c.xlsx"}));
        assertFalse(PodForgeCli.wantsWorkbook(new String[] {"export"}));
        assertFalse(PodForgeCli.wantsWorkbook(new String[] {}));
    }
}
