package org.bss.web.resource.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bss.identity.UserData;
import org.bss.identity.UserImport;
import org.bss.identity.UserImportView;
import org.bss.identity.UserPage;
import org.bss.identity.UserStatus;
import org.bss.identity.UserView;
import org.bss.identity.csv.RejectedRow;
import org.bss.web.problem.ApiProblemException;
import org.junit.jupiter.api.Test;

class UserDtoTest {

    private static final Instant CREATED = Instant.parse("2024-05-01T09:30:00Z");

    private static UserView view(Instant lastLogin) {
        return new UserView(
                10001,
                "jane",
                "acme",
                "jane@example.com",
                "de",
                "MS",
                "Jane",
                "Smith",
                null,
                null,
                null,
                Set.of("SUBSCRIPTION_MANAGER", "ORGANIZATION_ADMIN"),
                UserStatus.LOCKED,
                true,
                3,
                CREATED,
                lastLogin,
                4);
    }

    @Test
    void aUserShowsEveryFieldOfTheView() {
        UserDto.User u = UserDto.User.of(view(Instant.parse("2024-05-02T10:00:00Z")));

        assertThat(u.key).isEqualTo(10001);
        assertThat(u.userId).isEqualTo("jane");
        assertThat(u.organizationId).isEqualTo("acme");
        assertThat(u.email).isEqualTo("jane@example.com");
        assertThat(u.locale).isEqualTo("de");
        assertThat(u.salutation).isEqualTo("MS");
        assertThat(u.firstName).isEqualTo("Jane");
        assertThat(u.lastName).isEqualTo("Smith");
        assertThat(u.roles).containsExactly("ORGANIZATION_ADMIN", "SUBSCRIPTION_MANAGER");
        assertThat(u.status).isEqualTo("LOCKED");
        assertThat(u.passwordChangeRequired).isTrue();
        assertThat(u.failedLoginCount).isEqualTo(3);
        assertThat(u.createdAt).isEqualTo("2024-05-01T09:30:00Z");
        assertThat(u.lastLoginAt).isEqualTo("2024-05-02T10:00:00Z");
        assertThat(u.version).isEqualTo(4);
    }

    @Test
    void aUserThatNeverLoggedInHasNoLastLogin() {
        assertThat(UserDto.User.of(view(null)).lastLoginAt).isNull();
    }

    @Test
    void aListKeepsThePagingOfThePage() {
        UserDto.UserList l = UserDto.UserList.of(new UserPage(List.of(view(null)), 1234, 100, 50));

        assertThat(l.items).extracting(u -> u.userId).containsExactly("jane");
        assertThat(l.total).isEqualTo(1234);
        assertThat(l.offset).isEqualTo(100);
        assertThat(l.limit).isEqualTo(50);
    }

    @Test
    void aNewUserBecomesUserDataAndRoles() {
        UserDto.NewUser n = new UserDto.NewUser();
        n.userId = "jane";
        n.email = "jane@example.com";
        n.locale = "ja";
        n.phone = "+81 3 1234";
        n.roles = List.of("SUBSCRIPTION_MANAGER", "ORGANIZATION_ADMIN", "SUBSCRIPTION_MANAGER");

        assertThat(n.data())
                .isEqualTo(new UserData("jane", "jane@example.com", "ja", null, null, null, null, null, "+81 3 1234"));
        assertThat(n.roleSet()).containsExactly("ORGANIZATION_ADMIN", "SUBSCRIPTION_MANAGER");
        n.roles = null;
        assertThat(n.roleSet()).isEmpty();
    }

    @Test
    void anUpdateNeverCarriesTheUserId() {
        UserDto.UserUpdate u = new UserDto.UserUpdate();
        u.lastName = "";
        u.version = 3L;

        assertThat(u.data()).isEqualTo(new UserData(null, null, null, null, null, "", null, null, null));
    }

    @Test
    void rolesAreRequiredForARoleChangeAndMayNotHoldNull() {
        UserDto.RolesUpdate r = new UserDto.RolesUpdate();
        r.version = 1L;

        assertThat(catchThrowableOfType(ApiProblemException.class, r::roleSet).arguments())
                .containsExactly("roles");
        r.roles = Arrays.asList("ORGANIZATION_ADMIN", null);
        assertThat(catchThrowableOfType(ApiProblemException.class, r::roleSet).detailKey())
                .isEqualTo("detail.field-invalid");
        r.roles = List.of();
        assertThat(r.roleSet()).isEmpty();
    }

    @Test
    void anImportListsRejectedRowsWithReasonsInTheCallersLanguage() {
        RejectedRow row = new RejectedRow(3, "bob", "userImport.row.duplicateUserId", List.of("bob", "1"));
        UserImportView v = new UserImportView(
                "imp-1", "acme", UserImport.Status.DONE, 4, 4, 3, 1, CREATED, CREATED.plusSeconds(2), List.of(row));

        ImportDto.Import en = ImportDto.Import.of(v, Locale.ENGLISH);
        ImportDto.Import de = ImportDto.Import.of(v, Locale.GERMAN);

        assertThat(en.importId).isEqualTo("imp-1");
        assertThat(en.organizationId).isEqualTo("acme");
        assertThat(en.status).isEqualTo("DONE");
        assertThat(en.totalRows).isEqualTo(4);
        assertThat(en.processedRows).isEqualTo(4);
        assertThat(en.importedUsers).isEqualTo(3);
        assertThat(en.rejectedRows).isEqualTo(1);
        assertThat(en.percent).isEqualTo(100);
        assertThat(en.startedAt).isEqualTo("2024-05-01T09:30:00Z");
        assertThat(en.finishedAt).isEqualTo("2024-05-01T09:30:02Z");
        assertThat(en.rejected).singleElement().satisfies(r -> {
            assertThat(r.line).isEqualTo(3);
            assertThat(r.userId).isEqualTo("bob");
            assertThat(r.reason).isEqualTo("The user ID bob already appears on line 1.");
        });
        assertThat(de.rejected.get(0).reason).isEqualTo("Die Benutzer-ID bob steht bereits in Zeile 1.");
    }

    @Test
    void aRunningImportShowsProgressAndNoRejectedRowsYet() {
        UserImportView v =
                new UserImportView("imp-2", "acme", UserImport.Status.RUNNING, 1000, 250, 240, 10, CREATED, null, null);

        ImportDto.Import i = ImportDto.Import.of(v, Locale.ENGLISH);

        assertThat(i.percent).isEqualTo(25);
        assertThat(i.finishedAt).isNull();
        assertThat(i.rejected).isEmpty();
    }
}
