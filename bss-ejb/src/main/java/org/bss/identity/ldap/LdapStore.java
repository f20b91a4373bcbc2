package org.bss.identity.ldap;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The LDAP tables of V6: platform defaults, organization settings, and the ldap_managed flag of platform_user
 * (read and written by SQL, because the column is not mapped on {@code PlatformUser}). Works in the caller's
 * transaction.
 */
final class LdapStore {

    private final EntityManager em;

    LdapStore(EntityManager em) {
        this.em = em;
    }

    Map<String, String> platformDefaults() {
        Map<String, String> values = new HashMap<>();
        for (LdapPlatformSetting s : em.createQuery("select s from LdapPlatformSetting s", LdapPlatformSetting.class)
                .getResultList()) {
            values.put(s.getKey(), s.getValue());
        }
        return ordered(values);
    }

    /** Makes the stored defaults exactly {@code settings}. */
    void replacePlatformDefaults(Map<String, String> settings) {
        List<LdapPlatformSetting> stored = em.createQuery(
                        "select s from LdapPlatformSetting s", LdapPlatformSetting.class)
                .getResultList();
        Map<String, String> missing = new LinkedHashMap<>(settings);
        for (LdapPlatformSetting s : stored) {
            String value = missing.remove(s.getKey());
            if (value == null) {
                em.remove(s);
            } else {
                s.setValue(value);
            }
        }
        missing.forEach((k, v) -> em.persist(new LdapPlatformSetting(k, v)));
        em.flush();
    }

    Map<String, String> organizationSettings(long orgKey) {
        Map<String, String> values = new HashMap<>();
        for (OrganizationLdapSetting s : organizationRows(orgKey)) {
            values.put(s.getKey(), s.getValue());
        }
        return ordered(values);
    }

    /** Makes the organization's stored settings exactly {@code settings} (never empty: see LdapService). */
    void replaceOrganizationSettings(long orgKey, Map<String, String> settings) {
        Map<String, String> missing = new LinkedHashMap<>(settings);
        for (OrganizationLdapSetting s : organizationRows(orgKey)) {
            String value = missing.remove(s.getKey());
            if (value == null) {
                em.remove(s);
            } else {
                s.setValue(value);
            }
        }
        missing.forEach((k, v) -> em.persist(new OrganizationLdapSetting(orgKey, k, v)));
        em.flush();
    }

    boolean isLdapOrganization(long orgKey) {
        return em.createQuery("select count(s) from OrganizationLdapSetting s where s.orgKey = :org", Long.class)
                        .setParameter("org", orgKey)
                        .getSingleResult()
                > 0;
    }

    /** The organization's effective settings (built-in, platform, own keys); refuses an incomplete set. */
    LdapSettings effective(long orgKey) {
        return LdapSettings.effective(platformDefaults(), organizationSettings(orgKey));
    }

    boolean isLdapUser(long userKey) {
        Number n = (Number)
                em.createNativeQuery("select count(*) from platform_user where user_key = ?1 and ldap_managed = true")
                        .setParameter(1, userKey)
                        .getSingleResult();
        return n.longValue() > 0;
    }

    /** Sets the flag of a stored (flushed) user. */
    void markLdapUser(long userKey) {
        em.createNativeQuery("update platform_user set ldap_managed = true where user_key = ?1")
                .setParameter(1, userKey)
                .executeUpdate();
    }

    /** User ids of the organization's users that BSS manages itself (not from LDAP). */
    @SuppressWarnings("unchecked")
    List<String> internalUserIds(long orgKey) {
        return em.createNativeQuery(
                        "select user_id from platform_user where org_key = ?1 and ldap_managed = false order by user_id")
                .setParameter(1, orgKey)
                .getResultList();
    }

    private List<OrganizationLdapSetting> organizationRows(long orgKey) {
        return em.createQuery(
                        "select s from OrganizationLdapSetting s where s.orgKey = :org", OrganizationLdapSetting.class)
                .setParameter("org", orgKey)
                .getResultList();
    }

    /** In the order of App. C, which is how every surface shows them. */
    private static Map<String, String> ordered(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : LdapSettings.KEYS) {
            if (values.containsKey(key)) {
                out.put(key, values.get(key));
            }
        }
        return out;
    }
}
