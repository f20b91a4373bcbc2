package org.bss.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bss.account.OrganizationRole.BROKER;
import static org.bss.account.OrganizationRole.MARKETPLACE_OWNER;
import static org.bss.account.OrganizationRole.PLATFORM_OPERATOR;
import static org.bss.account.OrganizationRole.RESELLER;
import static org.bss.account.OrganizationRole.SUPPLIER;
import static org.bss.account.OrganizationRole.TECHNOLOGY_PROVIDER;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationRoleRulesTest {

    private static final BigDecimal SHARE = new BigDecimal("12.50");

    private static void refused(Runnable r, String key) {
        assertThatThrownBy(r::run)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void validCombinations() {
        assertThatCode(() -> OrganizationRoleRules.checkNew(EnumSet.of(TECHNOLOGY_PROVIDER, SUPPLIER), null, SHARE))
                .doesNotThrowAnyException();
        assertThatCode(() -> OrganizationRoleRules.checkNew(EnumSet.of(TECHNOLOGY_PROVIDER), null, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> OrganizationRoleRules.checkNew(EnumSet.of(RESELLER), null, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> OrganizationRoleRules.checkNew(EnumSet.of(BROKER), null, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> OrganizationRoleRules.checkNew(Set.of(), "mp1", null))
                .doesNotThrowAnyException();
        assertThatCode(() -> OrganizationRoleRules.checkNew(null, "mp1", null)).doesNotThrowAnyException();
    }

    @Test
    void resellerAndBrokerAreExclusive() {
        refused(
                () -> OrganizationRoleRules.checkNew(EnumSet.of(RESELLER, BROKER), null, null),
                "account.role.exclusive");
        refused(
                () -> OrganizationRoleRules.checkNew(EnumSet.of(RESELLER, SUPPLIER), null, SHARE),
                "account.role.exclusive");
        refused(
                () -> OrganizationRoleRules.checkNew(EnumSet.of(RESELLER, TECHNOLOGY_PROVIDER), null, null),
                "account.role.exclusive");
        refused(
                () -> OrganizationRoleRules.checkNew(EnumSet.of(BROKER, SUPPLIER), null, SHARE),
                "account.role.exclusive");
        refused(
                () -> OrganizationRoleRules.checkNew(EnumSet.of(BROKER, TECHNOLOGY_PROVIDER), null, null),
                "account.role.exclusive");
    }

    @Test
    void supplierNeedsAValidRevenueShare() {
        refused(
                () -> OrganizationRoleRules.checkNew(EnumSet.of(SUPPLIER), null, null),
                "account.role.supplierNeedsShare");
        refused(
                () -> OrganizationRoleRules.checkNew(EnumSet.of(SUPPLIER), null, new BigDecimal("100.01")),
                "account.revenueShare.invalid");
        refused(
                () -> OrganizationRoleRules.checkNew(EnumSet.of(SUPPLIER), null, new BigDecimal("-1")),
                "account.revenueShare.invalid");
        refused(
                () -> OrganizationRoleRules.checkNew(EnumSet.of(SUPPLIER), null, new BigDecimal("1.005")),
                "account.revenueShare.invalid");
        assertThatCode(() -> OrganizationRoleRules.checkNew(EnumSet.of(SUPPLIER), null, new BigDecimal("100")))
                .doesNotThrowAnyException();
        assertThatCode(() -> OrganizationRoleRules.checkNew(EnumSet.of(SUPPLIER), null, new BigDecimal("0")))
                .doesNotThrowAnyException();
        assertThatCode(() -> OrganizationRoleRules.checkNew(EnumSet.of(SUPPLIER), null, new BigDecimal("1.500")))
                .doesNotThrowAnyException();
    }

    @Test
    void customerNeedsAMarketplace() {
        refused(() -> OrganizationRoleRules.checkNew(Set.of(), null, null), "account.marketplace.required");
        refused(() -> OrganizationRoleRules.checkNew(Set.of(), " ", null), "account.marketplace.required");
    }

    @Test
    void operatorAndOwnerCannotBeGranted() {
        refused(
                () -> OrganizationRoleRules.checkNew(EnumSet.of(PLATFORM_OPERATOR), null, null),
                "account.role.notGrantable");
        refused(
                () -> OrganizationRoleRules.checkNew(EnumSet.of(MARKETPLACE_OWNER), null, null),
                "account.role.notGrantable");
        refused(
                () -> OrganizationRoleRules.checkAdd(EnumSet.of(SUPPLIER), EnumSet.of(MARKETPLACE_OWNER), null),
                "account.role.notGrantable");
    }

    @Test
    void addingKeepsTheCombinedSetValid() {
        refused(
                () -> OrganizationRoleRules.checkAdd(EnumSet.of(SUPPLIER), EnumSet.of(BROKER), null),
                "account.role.exclusive");
        refused(
                () -> OrganizationRoleRules.checkAdd(EnumSet.of(RESELLER), EnumSet.of(TECHNOLOGY_PROVIDER), null),
                "account.role.exclusive");
        refused(
                () -> OrganizationRoleRules.checkAdd(EnumSet.of(TECHNOLOGY_PROVIDER), EnumSet.of(SUPPLIER), null),
                "account.role.supplierNeedsShare");
        refused(
                () -> OrganizationRoleRules.checkAdd(EnumSet.of(TECHNOLOGY_PROVIDER), Set.of(), null),
                "account.role.noneGiven");
        assertThatCode(() ->
                        OrganizationRoleRules.checkAdd(EnumSet.of(TECHNOLOGY_PROVIDER), EnumSet.of(SUPPLIER), SHARE))
                .doesNotThrowAnyException();
        // already a supplier: no new share needed; the marketplace owner role held does not block
        assertThatCode(() -> OrganizationRoleRules.checkAdd(
                        EnumSet.of(SUPPLIER, MARKETPLACE_OWNER), EnumSet.of(TECHNOLOGY_PROVIDER), null))
                .doesNotThrowAnyException();
        // a customer becomes a reseller
        assertThatCode(() -> OrganizationRoleRules.checkAdd(Set.of(), EnumSet.of(RESELLER), null))
                .doesNotThrowAnyException();
    }

    @Test
    void administratorGetsTheMatchingManagerRoles() {
        assertThat(OrganizationRoleRules.administratorRoles(Set.of())).containsExactly(Roles.ORGANIZATION_ADMIN);
        assertThat(OrganizationRoleRules.administratorRoles(EnumSet.of(SUPPLIER, TECHNOLOGY_PROVIDER)))
                .containsExactlyInAnyOrder(Roles.ORGANIZATION_ADMIN, Roles.SERVICE_MANAGER, Roles.TECHNOLOGY_MANAGER);
        assertThat(OrganizationRoleRules.administratorRoles(EnumSet.of(RESELLER)))
                .contains(Roles.RESELLER_MANAGER);
        assertThat(OrganizationRoleRules.administratorRoles(EnumSet.of(BROKER))).contains(Roles.BROKER_MANAGER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"supplier", "CUSTOMER", "", "SUPPLIER "})
    void roleNamesAreExactAndCaseSensitive(String name) {
        refused(() -> OrganizationRole.parse("organization.roles", name), "account.role.unknown");
    }

    @Test
    void messagesNameTheRule() {
        try {
            OrganizationRoleRules.checkNew(EnumSet.of(RESELLER, BROKER), null, null);
        } catch (ValidationException e) {
            assertThat(e.getMessage()).contains("RESELLER", "BROKER", "ORG-3");
            assertThat(e.localizedMessage(Locale.GERMAN)).contains("kombiniert");
            assertThat(e.localizedMessage(Locale.JAPANESE)).contains("組み合わせる");
        }
    }
}
