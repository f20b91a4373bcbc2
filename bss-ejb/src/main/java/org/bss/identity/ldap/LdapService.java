package org.bss.identity.ldap;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bss.account.Organization;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingsReader;

/**
 * LDAP-managed organizations (USR-6, App. C, guide 3.5): the operator's platform defaults ("Manage LDAP", G.5),
 * an organization's settings ("LDAP settings", G.1), connection tests and the directory search. Importing users
 * is {@link LdapUserService}. The credentials are never handed out: they read as {@link #MASK}, and the mask given
 * back keeps the stored value. The rules of when an organization may become LDAP-managed are in docs/ldap.md.
 */
@Stateless
public class LdapService {

    /** Shown instead of LDAP_CREDENTIALS; saving it unchanged keeps the stored credentials. */
    public static final String MASK = "********";

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private SettingsReader settings;

    @Inject
    private Clock clock;

    private final LdapDirectory directory = new LdapDirectory();

    /** The operator's default keys (only those set), credentials masked. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public Map<String, String> getPlatformDefaults() {
        return masked(new LdapStore(em).platformDefaults());
    }

    /**
     * Replaces the platform defaults; keys not given (or blank) are removed. Each value is checked; a default set
     * need not be complete, organizations add the rest.
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public Map<String, String> setPlatformDefaults(Map<String, String> values) {
        LdapStore store = new LdapStore(em);
        store.replacePlatformDefaults(unmasked(LdapSettings.parse(values), store.platformDefaults()));
        return getPlatformDefaults();
    }

    /** Tests the platform defaults alone (built-in defaults added), as "Manage LDAP" offers. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public LdapConnectionCheck testPlatformDefaults() {
        return test(() -> LdapSettings.effective(new LdapStore(em).platformDefaults(), Map.of()));
    }

    /** The organization's own keys (empty: the organization does not use LDAP), credentials masked. */
    @RolesAllowed({Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR})
    public Map<String, String> getOrganizationSettings(String orgId) {
        Organization org = new LdapAccess(em, context).organization(orgId);
        return masked(new LdapStore(em).organizationSettings(org.getKey()));
    }

    /**
     * Replaces an organization's own LDAP keys. They must not be empty (an LDAP organization stays one) and,
     * merged over the defaults, complete. Only the operator makes an organization LDAP-managed, and only while it is
     * as its creation left it ({@link LdapOrganizationSwitch}).
     */
    @RolesAllowed({Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR})
    public Map<String, String> setOrganizationSettings(String orgId, Map<String, String> values) {
        LdapAccess access = new LdapAccess(em, context);
        Organization org = access.organization(orgId);
        LdapStore store = new LdapStore(em);
        Map<String, String> own = unmasked(LdapSettings.parse(values), store.organizationSettings(org.getKey()));
        if (own.isEmpty()) {
            throw new ValidationException("ldap.settings.empty", String.join(", ", LdapSettings.KEYS));
        }
        LdapSettings effective = LdapSettings.effective(store.platformDefaults(), own);
        if (!store.isLdapOrganization(org.getKey())) {
            if (!access.isOperator()) {
                throw new OperationNotPermittedException("ldap.org.enableOperatorOnly", org.getOrgId());
            }
            new LdapOrganizationSwitch(em, store, directory, clock).convertUsers(org, effective);
        }
        store.replaceOrganizationSettings(org.getKey(), own);
        return getOrganizationSettings(orgId);
    }

    /** Tests the organization's stored settings (guide 3.5.2). */
    @RolesAllowed({Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR})
    public LdapConnectionCheck testConnection(String orgId) {
        Organization org = new LdapAccess(em, context).organization(orgId);
        LdapStore store = new LdapStore(em);
        if (!store.isLdapOrganization(org.getKey())) {
            throw new ValidationException("ldap.org.notLdap", org.getOrgId());
        }
        return test(() -> store.effective(org.getKey()));
    }

    /** Tests settings before they are saved: {@code values} as the organization's keys, over the defaults. */
    @RolesAllowed({Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR})
    public LdapConnectionCheck testSettings(String orgId, Map<String, String> values) {
        Organization org = new LdapAccess(em, context).organization(orgId);
        LdapStore store = new LdapStore(em);
        return test(() -> LdapSettings.effective(
                store.platformDefaults(),
                unmasked(LdapSettings.parse(values), store.organizationSettings(org.getKey()))));
    }

    /** Directory entries whose user id matches the pattern ({@code *} wildcard), at most LDAP_SEARCH_LIMIT. */
    @RolesAllowed({Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR})
    public LdapSearchResult searchUsers(String orgId, String uidPattern) {
        Organization org = new LdapAccess(em, context).organization(orgId);
        LdapStore store = new LdapStore(em);
        if (!store.isLdapOrganization(org.getKey())) {
            throw new ValidationException("ldap.org.notLdap", org.getOrgId());
        }
        return directory.search(
                store.effective(org.getKey()), uidPattern, settings.longValue(ConfigKeys.LDAP_SEARCH_LIMIT));
    }

    /** Settings problems (incomplete, bad value) are a failed test too, not an error of the call. */
    private LdapConnectionCheck test(Supplier<LdapSettings> settingsSource) {
        LdapSettings effective;
        try {
            effective = settingsSource.get();
        } catch (ValidationException e) {
            return new LdapConnectionCheck(
                    false,
                    e.messageKey(),
                    List.of(e.arguments()).stream().map(String::valueOf).toList());
        }
        return directory.testConnection(effective);
    }

    private static Map<String, String> masked(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>(values);
        out.computeIfPresent(LdapSettings.CREDENTIALS, (k, v) -> MASK);
        return out;
    }

    private static Map<String, String> unmasked(Map<String, String> given, Map<String, String> stored) {
        Map<String, String> out = new LinkedHashMap<>(given);
        if (MASK.equals(out.get(LdapSettings.CREDENTIALS))) {
            String previous = stored.get(LdapSettings.CREDENTIALS);
            if (previous == null) {
                out.remove(LdapSettings.CREDENTIALS);
            } else {
                out.put(LdapSettings.CREDENTIALS, previous);
            }
        }
        return out;
    }
}
