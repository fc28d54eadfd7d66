package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Chassis;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Rack;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.Edits;

class RuleEngineTest {
    static final Catalog CATALOG = CatalogLoader.builtIn();
    static final PriceBook PRICES = CatalogLoader.builtInPrices();

    static List<Finding> of(List<Finding> all, String ruleId) {
        return all.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void passiveGen6LinkOfThreeMetresIsTooLongAndSmartCableFixUndoes() {
        Designs d = new Designs("3 m passive Gen6");
        Rack r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        Chassis s1 = d.chassis(r, "srv-1", "GENERIC-HGX-8GPU-10U", 1);
        Chassis s2 = d.chassis(r, "srv-2", "GENERIC-HGX-8GPU-10U", 11);
        d.comp(s1, "gpu-1", "NVIDIA-B300", "gpu-1");
        d.comp(s2, "pswitch-1", "ASTERA-SCORPIO-P-320", "board-1");
        Link l = d.link("gpu-1/host", "pswitch-1/port-1", 16, Medium.COPPER_EXTERNAL);
        l.setLengthOverrideM(3.0);
        RuleEngine engine = new RuleEngine(d.project, CATALOG, PRICES);
        CommandStack stack = new CommandStack(d.project);
        engine.attach(stack);
        engine.validateAll();
        List<Finding> reach = of(engine.findings(), "reach.segment");
        assertEquals(1, reach.size(), reach.toString());
        Finding f = reach.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("3.00 m of passive copper"), f.message());
        assertTrue(f.message().contains("2.00 m at Gen6"), f.message());
        assertEquals(List.of("link-1", "gpu-1", "pswitch-1"), f.subjects());
        assertTrue(f.fixes().stream().noneMatch(x -> x.label().contains("ASTERA-PCIE6-LPO-OSFPXD-50M")),
                "the PCIe-over-LPO optics are a demonstration, not a part to order: " + f.fixes());
        Fix cable = f.fixes().stream().filter(x -> x.label().startsWith("Use an Aries smart cable")).findFirst().orElseThrow();
        stack.execute(cable.command(d.project));
        assertTrue(of(engine.findings(), "reach.segment").isEmpty(), engine.findings().toString());
        assertEquals(Medium.AEC, l.medium());
        stack.undo();
        assertEquals(reach, of(engine.findings(), "reach.segment"));
    }

    @Test
    void threeRetimersOnOnePathIsAnError() {
        Designs d = new Designs("three retimers");
        Rack r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        Chassis s = d.chassis(r, "srv-1", "GENERIC-HGX-8GPU-10U", 1);
        d.comp(s, "cpu-1", "AMD-EPYC-9005", "cpu-1");
        d.comp(s, "gpu-1", "NVIDIA-B200", "gpu-1");
        for (int i = 1; i <= 3; i++) {
            d.comp(s, "retimer-" + i, "PT5161L", "board-" + i);
        }
        d.link("cpu-1/pcie-b-1", "retimer-1/up", 16, Medium.PCB);
        d.link("retimer-1/down", "retimer-2/up", 16, Medium.PCB);
        d.link("retimer-2/down", "retimer-3/up", 16, Medium.PCB);
        d.link("retimer-3/down", "gpu-1/host", 16, Medium.PCB);
        RuleEngine engine = new RuleEngine(d.project, CATALOG, PRICES);
        CommandStack stack = new CommandStack(d.project);
        engine.attach(stack);
        engine.validateAll();
        List<Finding> rc = of(engine.findings(), "retimer.count");
        assertEquals(1, rc.size(), engine.findings().toString());
        assertTrue(rc.get(0).message().contains("crosses 3 retimers"), rc.get(0).message());
        stack.execute(rc.get(0).fixes().get(0).command(d.project));
        assertTrue(of(engine.findings(), "retimer.count").isEmpty(), engine.findings().toString());
        stack.undo();
        assertEquals(rc, of(engine.findings(), "retimer.count"));
    }

    @Test
    void rackOverItsPowerBudget() {
        Designs d = Designs.server(8);
        Rack r = d.project.rack("rack-1").orElseThrow();
        r.setPowerBudgetW(5000.0);
        RuleEngine engine = new RuleEngine(d.project, CATALOG, PRICES);
        CommandStack stack = new CommandStack(d.project);
        engine.attach(stack);
        engine.validateAll();
        List<Finding> p = of(engine.findings(), "rack.power");
        assertEquals(1, p.size());
        // the DGX B200-class chassis counts its 14.3 kW system maximum (fabric J1): its parts (8 x B300 1,400 W +
        // EPYC 500 W + 8 x Aries 6 11 W = 11,788 W) stay within it
        assertTrue(p.get(0).message().contains("draws 14.3 kW; its budget is 5.0 kW"), p.get(0).message());
        stack.execute(p.get(0).fixes().get(0).command(d.project));
        assertTrue(of(engine.findings(), "rack.power").isEmpty());
        stack.undo();
        assertEquals(p, of(engine.findings(), "rack.power"));
    }

    @Test
    void gen5RetimerSlowsGen6GpuAndSwapFixes() {
        Designs d = Designs.server(1);
        d.project.component("retimer-1").orElseThrow().setPartNumber("PT5161L");
        RuleEngine engine = new RuleEngine(d.project, CATALOG, PRICES);
        CommandStack stack = new CommandStack(d.project);
        engine.attach(stack);
        engine.validateAll();
        List<Finding> g = of(engine.findings(), "link.generation").stream().filter(f -> f.severity() == Severity.WARNING).toList();
        assertEquals(1, g.size(), engine.findings().toString());
        assertTrue(g.get(0).message().startsWith("gpu-1/host (Gen6) runs at Gen5"), g.get(0).message());
        Fix swap = g.get(0).fixes().get(0);
        assertEquals("Swap retimer-1 (PT5161L) for ASTERA-ARIES6-X16", swap.label());
        stack.execute(swap.command(d.project));
        assertTrue(of(engine.findings(), "link.generation").stream().noneMatch(f -> f.severity() == Severity.WARNING));
        stack.undo();
        assertEquals(g, of(engine.findings(), "link.generation").stream().filter(f -> f.severity() == Severity.WARNING).toList());
    }

    @Test
    void severityOverrideAndOff() {
        Designs d = Designs.server(8);
        d.project.rack("rack-1").orElseThrow().setPowerBudgetW(5000.0);
        CommandStack stack = new CommandStack(d.project);
        RuleEngine engine = new RuleEngine(d.project, CATALOG, PRICES);
        engine.attach(stack);
        engine.validateAll();
        assertEquals(Severity.ERROR, of(engine.findings(), "rack.power").get(0).severity());
        stack.execute(Edits.severityOverride("rack.power", "INFO"));
        assertEquals(Severity.INFO, of(engine.findings(), "rack.power").get(0).severity());
        stack.execute(Edits.severityOverride("rack.power", "OFF"));
        assertTrue(of(engine.findings(), "rack.power").isEmpty());
        stack.execute(Edits.thresholdOverride("retimer.max", 0.0));
        assertFalse(of(engine.findings(), "retimer.count").isEmpty());
    }

    @Test
    void aRuleThatCrashesReportsItInsteadOfStoppingValidation() {
        Rule broken = new Rule() {
            @Override
            public RuleInfo info() {
                return new RuleInfo("test.broken", "Broken", Severity.ERROR, "test");
            }

            @Override
            public Scope scope() {
                return Scope.RACK;
            }

            @Override
            public void checkRack(RuleContext ctx, Rack rack, Report out) {
                throw new IllegalStateException("boom");
            }
        };
        Designs d = Designs.server(1);
        RuleEngine engine = new RuleEngine(d.project, CATALOG, PRICES, Thresholds.builtIn(),
                new RuleRegistry(List.of(broken, new RackPowerRuleProbe())));
        engine.validateAll();
        List<Finding> f = engine.findings();
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("could not check rack rack-1 (IllegalStateException: boom)"), f.get(0).message());
    }

    /** A rule that finds nothing, to show the others still run. */
    static final class RackPowerRuleProbe implements Rule {
        @Override
        public RuleInfo info() {
            return new RuleInfo("test.probe", "Probe", Severity.INFO, "test");
        }

        @Override
        public Scope scope() {
            return Scope.RACK;
        }
    }
}
