package org.podforge.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.podforge.rules.builtin.BomPriceRule;
import org.podforge.rules.builtin.CxlCapacityRule;
import org.podforge.rules.builtin.CxlHostRule;
import org.podforge.rules.builtin.LatencyPathRule;
import org.podforge.rules.builtin.PcieOrphanRule;
import org.podforge.rules.builtin.PcieTreeRule;
import org.podforge.rules.builtin.ScaleOutFabricRule;
import org.podforge.rules.builtin.ScaleOutRatioRule;
import org.podforge.rules.builtin.ScaleUpDomainRule;
import org.podforge.rules.builtin.ScaleUpReachRule;
import org.podforge.rules.builtin.ChassisSlotsRule;
import org.podforge.rules.builtin.LanesBifurcationRule;
import org.podforge.rules.builtin.LanesCapacityRule;
import org.podforge.rules.builtin.LinkGenerationRule;
import org.podforge.rules.builtin.LinkProtocolRule;
import org.podforge.rules.builtin.PortSpeedRule;
import org.podforge.rules.builtin.LinkWidthRule;
import org.podforge.rules.builtin.RackCoolingRule;
import org.podforge.rules.builtin.RackPowerRule;
import org.podforge.rules.builtin.RackSpaceRule;
import org.podforge.rules.builtin.ReachSegmentRule;
import org.podforge.rules.builtin.RetimerCountRule;
import org.podforge.rules.builtin.ChassisScaleUpRule;
import org.podforge.rules.builtin.PartUnconnectedRule;

/** The rules PodForge runs, listed explicitly (no classpath scanning). */
public final class RuleRegistry {
    private final List<Rule> rules;

    public RuleRegistry(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleRegistry builtIn() {
        return new RuleRegistry(List.of(
                new LanesCapacityRule(),
                new LanesBifurcationRule(),
                new LinkWidthRule(),
                new LinkGenerationRule(),
                new LinkProtocolRule(),
                new PortSpeedRule(),
                new ReachSegmentRule(),
                new RetimerCountRule(),
                new PcieTreeRule(),
                new PcieOrphanRule(),
                new CxlHostRule(),
                new CxlCapacityRule(),
                new ScaleUpDomainRule(),
                new ScaleUpReachRule(),
                new ChassisScaleUpRule(),
                new RackSpaceRule(),
                new RackPowerRule(),
                new RackCoolingRule(),
                new ChassisSlotsRule(),
                new LatencyPathRule(),
                new ScaleOutRatioRule(),
                new PartUnconnectedRule(),
                new ScaleOutFabricRule(),
                new BomPriceRule()));
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<RuleInfo> infos() {
        List<RuleInfo> out = new ArrayList<>();
        for (Rule r : rules) {
            out.add(r.info());
        }
        return out;
    }

    public Optional<Rule> find(String id) {
        return rules.stream().filter(r -> r.info().id().equals(id)).findFirst();
    }
}
