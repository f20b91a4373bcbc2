package org.bss.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.bss.account.Organization;
import org.junit.jupiter.api.Test;

/** Where the lock notice goes: the user's address, else (the bootstrap operator has none) its organization's. */
class UserMailsTest {

    private final Organization operatorOrg =
            new Organization(Organization.OPERATOR_ORG_ID, "Platform operator", "en", Instant.EPOCH);
    private final PlatformUser administrator = new PlatformUser("administrator", operatorOrg, "en", Instant.EPOCH);

    @Test
    void theUsersOwnAddressComesFirst() {
        operatorOrg.setEmail("ops@example.org");
        administrator.setEmail("admin@example.org");

        assertThat(UserMails.lockNoticeAddress(administrator)).isEqualTo("admin@example.org");
    }

    @Test
    void aUserWithoutAddressIsReachedThroughItsOrganization() {
        operatorOrg.setEmail("ops@example.org");
        administrator.setEmail(" ");

        assertThat(UserMails.lockNoticeAddress(administrator)).isEqualTo("ops@example.org");
    }

    @Test
    void withoutAnyAddressThereIsNone() {
        assertThat(UserMails.lockNoticeAddress(administrator)).isNull();
    }
}
