package org.bss.ws.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.bss.identity.UserImport;
import org.bss.identity.UserImportView;
import org.bss.identity.csv.RejectedRow;
import org.bss.ws.faults.BulkUserImportException;
import org.junit.jupiter.api.Test;

class ImportResultsTest {

    static UserImportView done(int total, List<RejectedRow> rejected) {
        return new UserImportView(
                "imp-1",
                "acme",
                UserImport.Status.DONE,
                total,
                total,
                total - rejected.size(),
                rejected.size(),
                Instant.EPOCH,
                Instant.EPOCH,
                rejected);
    }

    @Test
    void everyLineImportedIsNoFault() {
        assertThatNoException().isThrownBy(() -> ImportResults.check(done(3, List.of())));
    }

    @Test
    void rejectedLinesAreListedWithNumberAndReason() {
        List<RejectedRow> rejected = List.of(
                new RejectedRow(2, "bob", "userImport.row.unknownRole", List.of("admin", "ORGANIZATION_ADMIN, ...")),
                new RejectedRow(5, null, "userImport.row.columns", List.of("6", "7", "3")));

        assertThatThrownBy(() -> ImportResults.check(done(5, rejected)))
                .isInstanceOfSatisfying(BulkUserImportException.class, e -> {
                    assertThat(e.getMessage())
                            .contains("2 of 5 lines were not imported (3 users created)")
                            .contains("Line 2 (user ID bob): \"admin\" is not a user role")
                            .contains("Line 5: ");
                    assertThat(e.getFaultInfo().getReason()).isEqualTo("WRONG_ROLE");
                    assertThat(e.getFaultInfo().getMessageKey()).isEqualTo("ex.BulkUserImportException.WRONG_ROLE");
                    assertThat(e.getFaultInfo().getMessageParams()).hasSize(2);
                    assertThat(e.getFaultInfo().getMessageParams().get(1)).startsWith("Line 5: ");
                });
    }

    @Test
    void unfinishedImportIsAFaultNamingIt() {
        UserImportView running = new UserImportView(
                "imp-9", "acme", UserImport.Status.RUNNING, 10_000, 4_000, 4_000, 0, Instant.EPOCH, null, List.of());

        assertThatThrownBy(() -> ImportResults.check(running))
                .isInstanceOfSatisfying(BulkUserImportException.class, e -> {
                    assertThat(e.getMessage()).contains("imp-9").contains("4000 of 10000");
                    assertThat(e.getFaultInfo().getReason()).isEqualTo("USER_CREATION_FAILED");
                });
    }

    @Test
    void reasonsOfTheContract() {
        assertThat(ImportResults.reason(row("userImport.row.columns", "6"))).isEqualTo("WRONG_NUMBER_OF_FIELDS");
        assertThat(ImportResults.reason(row("userImport.row.emptyRole", "A,,B")))
                .isEqualTo("WRONG_ROLE");
        assertThat(ImportResults.reason(row("identity.role.notAvailable", "SERVICE_MANAGER")))
                .isEqualTo("WRONG_ROLE");
        assertThat(ImportResults.reason(row("userImport.row.quote", "3"))).isEqualTo("PARSING_FAILED");
        assertThat(ImportResults.reason(row("account.field.oneOf", "salutation")))
                .isEqualTo("WRONG_SALUTATION");
        assertThat(ImportResults.reason(row("account.field.required", "userId")))
                .isEqualTo("MISSING_USERID");
        assertThat(ImportResults.reason(row("account.field.required", "locale")))
                .isEqualTo("MISSING_LOCALE");
        assertThat(ImportResults.reason(row("account.field.required", "email"))).isEqualTo("EMAIL_REQUIRED");
        assertThat(ImportResults.reason(row("account.user.duplicate", "bob"))).isEqualTo("USER_CREATION_FAILED");
    }

    static RejectedRow row(String key, String firstParam) {
        return new RejectedRow(1, null, key, List.of(firstParam));
    }
}
