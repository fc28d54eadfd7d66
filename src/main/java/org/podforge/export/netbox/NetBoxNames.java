package org.podforge.export.netbox;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.podforge.bom.CableSchedule;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * Names and slugs in NetBox. Device names are qualified by the site's slug, cut to
 * {@value #DEVICE_PREFIX_MAX} characters ({@code my-hall/srv-1.2}): NetBox keeps device names unique per
 * site only, and its interface import finds a device by name alone, so a bare {@code srv-1} would clash
 * with a device of another site; the cut keeps names within NetBox's 64 characters. Rack names are unique per site (NetBox's
 * rule): the rack's name with the copy suffix, qualified by the pod id when two pods use the same name.
 */
final class NetBoxNames {
    private final String siteName;
    private final String devicePrefix;
    static final int DEVICE_PREFIX_MAX = 20;
    /** NetBox's Device.name max_length. */
    static final int MAX_DEVICE_NAME = 64;
    private final Map<String, Integer> rackNameUses = new HashMap<>();

    NetBoxNames(Project project, String siteName, String siteSlug) {
        this.siteName = siteName;
        String cut = siteSlug.length() > DEVICE_PREFIX_MAX ? siteSlug.substring(0, DEVICE_PREFIX_MAX) : siteSlug;
        this.devicePrefix = cut.replaceAll("-+$", "") + "/";
        for (Rack r : project.allRacks()) {
            rackNameUses.merge(r.label(), 1, Integer::sum);
        }
    }

    String siteName() {
        return siteName;
    }

    /** The NetBox device name of a chassis in one copy of its pod. */
    String deviceName(String chassisId, int replicas, int copy) {
        return device(CableSchedule.deviceName(chassisId, replicas, copy));
    }

    /** A cable schedule device name, qualified by the site. */
    String device(String scheduleName) {
        return devicePrefix + scheduleName;
    }

    String rackName(Rack rack, int replicas, int copy) {
        String base = rackNameUses.getOrDefault(rack.label(), 0) > 1 ? rack.owner().id() + "/" + rack.label() : rack.label();
        return replicas > 1 ? base + "." + copy : base;
    }

    /**
     * A NetBox slug: lower-case ASCII letters, digits, '-' and '_' (NetBox's SlugField pattern
     * {@code ^[-a-zA-Z0-9_]+$}), at most 100 characters; "x" for a name with none of those.
     */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 100) {
            s = s.substring(0, 100).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "x" : s;
    }
}
