package org.bss.tagging;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.bss.catalog.MarketableService;
import org.bss.catalog.ServiceStatus;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingsReader;
import org.bss.marketplace.Marketplace;

/**
 * Tags of the services on sale (MKT-4): the tag cloud of a marketplace or of all marketplaces in one language, with
 * TAGGING_MAX_TAGS and TAGGING_MIN_SCORE ({@link TagCloud}), and the tags that match a pattern. A service counts while
 * it is on sale (active) and shown in its marketplace's catalog.
 */
@Stateless
@RolesAllowed(Roles.LOGGED_IN)
public class TagService {

    /** At most this many tags answer a pattern. */
    public static final int PATTERN_LIMIT_MAX = 500;

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @EJB
    private SettingsReader settings;

    /**
     * The marketplace's tag cloud, for anyone (anonymous visitors of the service portal too).
     *
     * @throws org.bss.common.ObjectNotFoundException no such marketplace
     */
    @PermitAll
    public List<TagView> cloud(String marketplaceId, String locale) {
        Marketplace marketplace = OwnedMarketplace.any(em, marketplaceId);
        return cloudOf(onSale(marketplace.getKey()), locale);
    }

    /** The tag cloud of every marketplace together. */
    public List<TagView> cloud(String locale) {
        return cloudOf(onSale(null), locale);
    }

    /**
     * The tags of the services on sale that match {@code pattern} ({@code *} any characters; otherwise a prefix; case
     * ignored), by value, at most {@code limit}.
     *
     * @throws ValidationException no pattern, or a limit outside 1..{@value #PATTERN_LIMIT_MAX}
     */
    public List<String> matching(String locale, String pattern, int limit) {
        if (pattern == null || pattern.isBlank()) {
            throw new ValidationException("tag.patternRequired");
        }
        if (limit < 1 || limit > PATTERN_LIMIT_MAX) {
            throw new ValidationException("tag.limit", String.valueOf(PATTERN_LIMIT_MAX));
        }
        Pattern regex = TagPatterns.compile(pattern);
        return tagsOf(onSale(null), locale).stream()
                .flatMap(List::stream)
                .distinct()
                .filter(tag -> regex.matcher(tag.toLowerCase(Locale.ROOT)).matches())
                .sorted()
                .limit(limit)
                .toList();
    }

    private List<TagView> cloudOf(List<MarketableService> services, String locale) {
        return TagCloud.of(
                tagsOf(services, locale),
                settings.longValue(ConfigKeys.TAGGING_MAX_TAGS),
                settings.longValue(ConfigKeys.TAGGING_MIN_SCORE));
    }

    /** Each service's tags; a technical service's definition is read once. */
    private static List<List<String>> tagsOf(List<MarketableService> services, String locale) {
        Map<Long, List<String>> byTechnicalService = new HashMap<>();
        return services.stream()
                .map(s -> byTechnicalService.computeIfAbsent(
                        s.getTechnicalService().getKey(), k -> ServiceTags.of(s, locale)))
                .toList();
    }

    /** The services on sale and shown in the catalog: of one marketplace, or (null) of every one. */
    private List<MarketableService> onSale(Long marketplaceKey) {
        String query = "select s from MarketableService s, Publication p where p.serviceKey = s.key"
                + " and s.status = :active and p.visible = true"
                + (marketplaceKey == null ? "" : " and p.marketplace.key = :m")
                + " order by s.key";
        var found = em.createQuery(query, MarketableService.class).setParameter("active", ServiceStatus.ACTIVE);
        if (marketplaceKey != null) {
            found.setParameter("m", marketplaceKey);
        }
        return found.getResultList();
    }
}
