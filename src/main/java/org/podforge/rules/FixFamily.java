package org.podforge.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixes "like" one another: the same rule offering the same remedy on different objects ("Use a Taurus
 * smart cable (…) on link-3" and "… on link-7"). The family key is the rule id plus the fix label with
 * every word that is an object id of the design masked, so part numbers and lengths still tell fixes
 * apart. Used for "apply this fix to all N like it".
 */
public final class FixFamily {
    /** Id-shaped words: letters, digits, dots, dashes and underscores (ids never contain spaces). */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_.:-]+");

    /** One fix of one finding. */
    public record Member(Finding finding, Fix fix) {
    }

    private FixFamily() {
    }

    /** The family key of a fix offered by a finding; {@code isId} tells object ids of the design. */
    public static String key(Finding finding, Fix fix, Predicate<String> isId) {
        Matcher m = WORD.matcher(fix.label());
        StringBuilder sb = new StringBuilder(finding.ruleId()).append('|');
        int last = 0;
        while (m.find()) {
            sb.append(fix.label(), last, m.start());
            String w = m.group();
            String bare = w.endsWith(".") || w.endsWith(":") ? w.substring(0, w.length() - 1) : w;
            sb.append(isId.test(bare) || isId.test(w) || finding.subjects().contains(bare) ? "‹id›" + w.substring(bare.length()) : w);
            last = m.end();
        }
        return sb.append(fix.label().substring(last)).toString();
    }

    /**
     * The fixes in {@code findings} of the same family as {@code fix} of {@code finding}, one per finding,
     * in list order ({@code finding} itself included).
     */
    public static List<Member> like(Finding finding, Fix fix, List<Finding> findings, Predicate<String> isId) {
        String k = key(finding, fix, isId);
        List<Member> out = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.ruleId().equals(finding.ruleId())) {
                continue;
            }
            for (Fix x : f.fixes()) {
                if (key(f, x, isId).equals(k)) {
                    out.add(new Member(f, x));
                    break;
                }
            }
        }
        return out;
    }
}
