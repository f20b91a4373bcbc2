package org.bss.testing;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bss.account.Organization;
import org.bss.account.OrganizationData;
import org.bss.account.OrganizationFactory;
import org.bss.account.OrganizationRole;
import org.bss.identity.PlatformUser;
import org.bss.identity.UserCreator;
import org.bss.identity.UserData;

/**
 * Fixtures written straight into the database on the model's own creation paths ({@link OrganizationFactory},
 * {@link UserCreator}), inside {@link ServiceHarness#inTransaction}: no service runs, so nothing is audited or mailed
 * and a test sees only what the call under test did.
 */
public final class TestData {

    private TestData() {}

    /** An organization with these roles (none: a customer of marketplace {@code mp1}); a supplier gets a 10 % share. */
    public static Organization organization(EntityManager em, String name, OrganizationRole... roles) {
        Set<OrganizationRole> set =
                roles.length == 0 ? EnumSet.noneOf(OrganizationRole.class) : EnumSet.copyOf(List.of(roles));
        String email = "office@" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "") + ".example";
        return new OrganizationFactory(em)
                .organization(
                        new OrganizationData(name, email, null, null, null, null, null, "en"),
                        set,
                        set.isEmpty() ? "mp1" : null,
                        set.contains(OrganizationRole.SUPPLIER) ? BigDecimal.TEN : null,
                        ServiceHarness.START);
    }

    /** A user {@code <userId>@example.com} of the organization with these roles, active, with an initial password. */
    public static PlatformUser user(EntityManager em, Organization org, String userId, String... roles) {
        return UserCreator.create(
                        em,
                        ServiceHarness.START,
                        org,
                        new UserData(userId, userId + "@example.com", "en", null, null, null, null, null, null),
                        Set.of(roles))
                .user();
    }
}
