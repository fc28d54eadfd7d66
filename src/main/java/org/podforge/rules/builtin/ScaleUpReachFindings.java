package org.podforge.rules.builtin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.podforge.model.Container;
import org.podforge.model.Link;
import org.podforge.model.Project;
import org.podforge.rules.Finding;

/**
 * One finding per cause for scaleup.reach's "reach is not characterized" findings. The rule judges each link on its
 * own, so the 32 ring cables between an AWS Trn2 UltraServer's two racks gave 32 warnings for one cause: NeuronLink
 * publishes no copper reach (issue 8, item 4: one finding per cause). The findings of one container's links (a pod
 * design, or the scale-out network) that share severity, fabric and medium become one finding that names every link
 * as a subject and gives their count and the range of their lengths. Nothing is dropped; a lone link keeps its own
 * finding and its fixes.
 */
public final class ScaleUpReachFindings {
    static final String RUNS = " runs ";
    static final String BETWEEN = " between racks; the copper reach of ";
    static final String LINKS = " scale-up links is not characterized (no public figure)";

    private ScaleUpReachFindings() {
    }

    /** One link's finding, read back: its length, medium words, fabric and what follows the fabric's sentence. */
    record Uncharacterized(String linkId, double metres, String medium, String fabric, String tail) {
        String key(String severity, String container) {
            return severity + "|" + container + "|" + medium + "|" + fabric + "|" + tail;
        }
    }

    /** The single-link message (the rule writes it, this class reads it back). */
    static String message(String what, double metres, String medium, String fabric, String tail) {
        return what + RUNS + Util.m(metres) + " of " + medium + BETWEEN + fabric + LINKS + tail;
    }

    static Uncharacterized parse(Finding f) {
        if (!ScaleUpReachRule.INFO.id().equals(f.ruleId()) || f.subjects().size() != 1) {
            return null;
        }
        String m = f.message();
        int runs = m.indexOf(RUNS);
        int between = m.indexOf(BETWEEN);
        int links = m.indexOf(LINKS);
        if (runs < 0 || between < runs || links < between) {
            return null;
        }
        String length = m.substring(runs + RUNS.length(), between); // "3.79 m of passive copper"
        int of = length.indexOf(" m of ");
        if (of < 0) {
            return null;
        }
        double metres;
        try {
            metres = Double.parseDouble(length.substring(0, of).replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        return new Uncharacterized(f.subjects().get(0), metres, length.substring(of + " m of ".length()),
                m.substring(between + BETWEEN.length(), links), m.substring(links + LINKS.length()));
    }

    /** {@code findings} (in their order) with each container's alike "not characterized" findings merged into one. */
    public static List<Finding> merge(Project p, List<Finding> findings) {
        FindingGroups<Member> groups = new FindingGroups<>(); // one group per cause and container
        for (Finding f : findings) {
            Uncharacterized u = parse(f);
            Link l = u == null ? null : p.link(u.linkId()).orElse(null);
            if (l == null) {
                continue;
            }
            Container owner = l.owner();
            String key = u.key(f.severity().name(), owner == null ? "" : owner.id());
            groups.add(key, f, new Member(f, u));
        }
        return groups.merged(findings, ScaleUpReachFindings::merged);
    }

    private record Member(Finding finding, Uncharacterized u) {
    }

    private static Finding merged(List<Member> members) {
        Finding first = members.get(0).finding();
        if (members.size() == 1) {
            return first;
        }
        Set<String> subjects = new LinkedHashSet<>();
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Member m : members) {
            subjects.addAll(m.finding().subjects());
            min = Math.min(min, m.u().metres());
            max = Math.max(max, m.u().metres());
        }
        Uncharacterized u = members.get(0).u();
        String lengths = Util.m(min).equals(Util.m(max)) ? Util.m(max) + " each" : Util.m(min) + " to " + Util.m(max);
        String msg = String.format(Locale.ROOT, "%,d scale-up links (%s) run %s of %s%s%s%s", members.size(),
                Util.idsCapped(List.copyOf(subjects), UnknownPowerFindings.LISTED), lengths, u.medium(), BETWEEN, u.fabric(), LINKS)
                + u.tail();
        // each link's own fixes (optics for that one link) would not fit a finding about all of them
        return new Finding(first.ruleId(), first.severity(), msg, List.copyOf(subjects), List.of(), first.source());
    }
}
