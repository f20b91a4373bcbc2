package org.bss.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.common.security.Roles;
import org.bss.identity.PlatformUser;
import org.junit.jupiter.api.Test;

class UnconfirmedOrganizationsJobTest {

    private final Organization customer = new Organization("CUST", "Customer", "en", Instant.EPOCH);

    private PlatformUser user(String id, String role, Instant lastLogin) {
        PlatformUser u = new PlatformUser(id, customer, "en", Instant.EPOCH);
        if (role != null) {
            u.getRoles().add(role);
        }
        u.setLastLoginAt(lastLogin);
        return u;
    }

    @Test
    void organizationWhoseAdminNeverLoggedInIsUnconfirmed() {
        assertThat(UnconfirmedOrganizationsJob.isUnconfirmed(
                        customer, List.of(user("a", Roles.ORGANIZATION_ADMIN, null))))
                .isTrue();
        assertThat(UnconfirmedOrganizationsJob.isUnconfirmed(customer, List.of()))
                .isTrue();
    }

    @Test
    void anAdminLoginConfirmsTheOrganization() {
        assertThat(UnconfirmedOrganizationsJob.isUnconfirmed(
                        customer,
                        List.of(
                                user("a", Roles.ORGANIZATION_ADMIN, null),
                                user("b", Roles.ORGANIZATION_ADMIN, Instant.EPOCH))))
                .isFalse();
    }

    @Test
    void aLoginOfANonAdminDoesNotConfirm() {
        assertThat(UnconfirmedOrganizationsJob.isUnconfirmed(
                        customer, List.of(user("a", Roles.ORGANIZATION_ADMIN, null), user("u", null, Instant.EPOCH))))
                .isTrue();
    }

    @Test
    void theOperatorOrganizationIsNeverDeleted() {
        Organization operator =
                new Organization(Organization.OPERATOR_ORG_ID, "Platform operator", "en", Instant.EPOCH);
        assertThat(UnconfirmedOrganizationsJob.isUnconfirmed(operator, List.of()))
                .isFalse();
        Organization other = new Organization("OPS2", "Ops", "en", Instant.EPOCH);
        other.getRoles().add(Organization.ROLE_PLATFORM_OPERATOR);
        assertThat(UnconfirmedOrganizationsJob.isUnconfirmed(other, List.of())).isFalse();
    }

    @Test
    void cutoffIsDueTimeMinusPermittedPeriod() {
        assertThat(UnconfirmedOrganizationsJob.cutoff(Instant.parse("2025-01-08T00:00:00Z"), 604_800_000L))
                .isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void anOrganizationThatOwnsAMarketplaceIsKept() {
        customer.getRoles().add(OrganizationRole.MARKETPLACE_OWNER.name());

        assertThat(UnconfirmedOrganizationsJob.isUnconfirmed(
                        customer, List.of(user("a", Roles.ORGANIZATION_ADMIN, null))))
                .isFalse();
    }
}
