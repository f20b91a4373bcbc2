package org.bss.identity.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bss.identity.csv.CsvFiles.assertRejected;
import static org.bss.identity.csv.CsvFiles.rejectedLine;
import static org.bss.identity.csv.CsvFiles.resource;
import static org.bss.identity.csv.CsvFiles.utf8;

import java.util.List;
import java.util.Set;
import org.bss.common.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The row rules of App. F / USR-5, one small file each. */
class UserCsvParserTest {

    private static UserCsvContent parse(boolean rolesRequired, String... lines) {
        return new UserCsvParser().parse(utf8(lines), rolesRequired);
    }

    @Test
    void guideExampleWithoutRequiredRoles() {
        UserCsvContent content = new UserCsvParser().parse(resource("guide-example.csv"), false);
        assertThat(content.rejected()).isEmpty();
        assertThat(content.rows())
                .extracting(UserCsvRow::userId)
                .containsExactly("user1", "user2", "user3", "user4", "user5", "user6");
        assertThat(content.rows().get(0))
                .isEqualTo(new UserCsvRow(
                        1,
                        "user1",
                        "user1@example.com",
                        "ja",
                        "MS",
                        "Jane",
                        "Smith",
                        Set.of(Roles.ORGANIZATION_ADMIN)));
        assertThat(content.rows().get(1).firstName()).isEqualTo("John F.");
        UserCsvRow user3 = content.rows().get(2);
        assertThat(user3.salutation()).isNull();
        assertThat(user3.firstName()).isNull();
        assertThat(user3.lastName()).isNull();
        assertThat(List.copyOf(content.rows().get(3).roles()))
                .containsExactly(Roles.SERVICE_MANAGER, Roles.ORGANIZATION_ADMIN);
        assertThat(content.rows().get(4).lastName()).isEqualTo("MuellerSiegel");
        UserCsvRow user6 = content.rows().get(5);
        assertThat(user6.line()).as("blank line 6 is skipped but counted").isEqualTo(7);
        assertThat(user6.lastName()).as("a blank value is absent").isNull();
        assertThat(user6.roles()).isEmpty();
    }

    @Test
    void rolesRequiredRejectsALineWithoutRoles() {
        UserCsvContent content = new UserCsvParser().parse(resource("guide-example.csv"), true);
        assertThat(content.rows()).hasSize(5);
        assertThat(content.rejected()).singleElement().satisfies(r -> {
            assertRejected(r, 7, "account.field.required", "roles");
            assertThat(r.userId()).isEqualTo("user6");
        });
        assertRejected(rejectedLine("u,u@example.com,en", true), 1, "account.field.required", "roles");
        assertRejected(rejectedLine("u,u@example.com,en,,,,\"  \"", true), 1, "account.field.required", "roles");
    }

    @Test
    void japaneseAndGermanNamesInUtf8() {
        UserCsvContent content = new UserCsvParser().parse(resource("japanese.csv"), true);
        assertThat(content.rejected()).isEmpty();
        UserCsvRow hanako = content.rows().get(0);
        assertThat(hanako.firstName()).isEqualTo("山田");
        assertThat(hanako.lastName()).isEqualTo("花子");
        assertThat(List.copyOf(hanako.roles())).containsExactly(Roles.SUBSCRIPTION_MANAGER, Roles.ORGANIZATION_ADMIN);
        assertThat(content.rows().get(1).userId()).isEqualTo("鈴木一郎");
        assertThat(content.rows().get(2).lastName()).isEqualTo("Müller, Sohn");
    }

    @Test
    void mixedFileRejectsEachBadLineWithItsNumberAndKeepsTheOthers() {
        UserCsvContent content = new UserCsvParser().parse(resource("rejections.csv"), false);
        assertThat(content.rows())
                .extracting(UserCsvRow::userId, UserCsvRow::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ok1", 1), org.assertj.core.groups.Tuple.tuple("ok9", 13));
        List<RejectedRow> r = content.rejected();
        assertThat(CsvFiles.lines(r)).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertRejected(r.get(0), 3, "account.field.required", "userId");
        assertThat(r.get(0).userId()).isNull();
        assertRejected(r.get(1), 4, "account.field.forbiddenChars");
        assertThat(r.get(1).userId()).isEqualTo("bad/id");
        assertRejected(r.get(2), 5, "account.field.email", "email", "100", "not-an-email");
        assertRejected(r.get(3), 6, "account.field.oneOf", "locale", "de, en, ja", "fr");
        assertRejected(r.get(4), 7, "account.field.oneOf", "salutation", "MR, MS", "Mr");
        assertRejected(r.get(5), 8, "userImport.row.columns", "3", "7", "2");
        assertRejected(r.get(6), 9, "userImport.row.columns", "3", "7", "8");
        assertRejected(r.get(7), 10, "userImport.row.unclosedQuote", "7");
        assertThat(r.get(7).userId())
                .as("a line that cannot be split names no user")
                .isNull();
        assertRejected(r.get(8), 11, "userImport.row.unknownRole");
        assertThat(r.get(8).params().get(0)).isEqualTo("organization_admin");
        assertRejected(r.get(9), 12, "userImport.row.duplicateUserId", "ok1", "1");
        assertThat(r.get(9).userId()).isEqualTo("ok1");
    }

    @Test
    void userIdIsRequired() {
        assertRejected(rejectedLine(",u@example.com,en", false), 1, "account.field.required", "userId");
        assertRejected(rejectedLine("  ,u@example.com,en", false), 1, "account.field.required", "userId");
        assertRejected(rejectedLine("\"\",u@example.com,en", false), 1, "account.field.required", "userId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"!", "#", "$", "%", "&", "'", "*", "+", "/", ":", ";", "<", "=", ">", "?", "\\", "^", "`"})
    void userIdWithAForbiddenCharacterIsRejected(String c) {
        RejectedRow row = rejectedLine("a" + c + "b,u@example.com,en", false);
        assertRejected(row, 1, "account.field.forbiddenChars");
        assertThat(row.params().get(0)).isEqualTo("userId");
        assertThat(row.params().get(2)).isEqualTo("a" + c + "b");
    }

    @Test
    void quotedUserIdsWithCommaOrQuoteAreRejectedAsForbidden() {
        assertRejected(rejectedLine("\"a,b\",u@example.com,en", false), 1, "account.field.forbiddenChars");
        assertRejected(rejectedLine("\"a\"\"b\",u@example.com,en", false), 1, "account.field.forbiddenChars");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202e", "\u202a", "\u2066", "\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u2028"})
    void userIdWithAnInvisibleOrBidiCharacterIsRejected(String c) {
        RejectedRow row = rejectedLine("admin" + c + "txt.exe,u@example.com,en", false);
        assertRejected(row, 1, "account.field.invisibleChars");
        assertThat(row.params().get(0)).isEqualTo("userId");
        assertThat(row.params().get(2)).doesNotContain(c).contains("U+");
    }

    @Test
    void userIdsAreNormalizedToNfcAndDuplicatesFoundInThatForm() {
        UserCsvContent content = parse(false, "jose\u0301,a@example.com,en", "jos\u00e9,b@example.com,en");
        assertThat(content.rows()).extracting(UserCsvRow::userId).containsExactly("jos\u00e9");
        assertRejected(content.rejected().get(0), 2, "userImport.row.duplicateUserId", "jos\u00e9", "1");
    }

    @Test
    void userIdAllowsOtherCharactersAndIsTrimmed() {
        UserCsvContent content =
                parse(false, " john.doe@acme-1_x ,u@example.com,en", "Jane Doe (ext),j@example.com,en");
        assertThat(content.rejected()).isEmpty();
        assertThat(content.rows())
                .extracting(UserCsvRow::userId)
                .containsExactly("john.doe@acme-1_x", "Jane Doe (ext)");
    }

    @Test
    void fieldsLongerThanTheirLimitAreRejected() {
        String id100 = "u".repeat(100);
        assertThat(parse(false, id100 + ",u@example.com,en").rows()).hasSize(1);
        assertRejected(
                rejectedLine("u".repeat(101) + ",u@example.com,en", false),
                1,
                "account.field.tooLong",
                "userId",
                "100",
                "101");
        String local = "a".repeat(88);
        assertThat(parse(false, "u," + local + "@example.com,en").rows())
                .as("100 characters")
                .hasSize(1);
        assertRejected(rejectedLine("u,a" + local + "@example.com,en", false), 1, "account.field.email");
        String name100 = "山".repeat(100);
        assertThat(parse(false, "u,u@example.com,ja,MS," + name100 + "," + name100)
                        .rows())
                .hasSize(1);
        assertRejected(
                rejectedLine("u,u@example.com,ja,MS," + name100 + "山", false),
                1,
                "account.field.tooLong",
                "firstName",
                "100",
                "101");
        assertRejected(
                rejectedLine("u,u@example.com,ja,MS,," + "𠮷".repeat(101), false),
                1,
                "account.field.tooLong",
                "lastName",
                "100",
                "101");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a@b", "a@@example.com", "a..b@example.com", "a b@example.com", "a@example.c0m"})
    void badEmailAddressesAreRejected(String email) {
        assertRejected(rejectedLine("u," + email + ",en", false), 1, "account.field.email", "email", "100", email);
    }

    @Test
    void emailIsRequired() {
        assertRejected(rejectedLine("u,,en", false), 1, "account.field.required", "email");
    }

    @Test
    void languageIsRequiredAndOneOfTheGivenSetCaseSensitive() {
        assertRejected(rejectedLine("u,u@example.com,", false), 1, "account.field.required", "locale");
        assertRejected(
                rejectedLine("u,u@example.com,JA", false), 1, "account.field.oneOf", "locale", "de, en, ja", "JA");
        UserCsvParser withFrench = new UserCsvParser(Set.of("en", "fr"));
        UserCsvContent content = withFrench.parse(utf8("u1,u@example.com,fr", "u2,u@example.com,ja"), false);
        assertThat(content.rows()).extracting(UserCsvRow::locale).containsExactly("fr");
        assertRejected(content.rejected().get(0), 2, "account.field.oneOf", "locale", "en, fr", "ja");
        assertThatThrownBy(() -> new UserCsvParser(Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void salutationIsOptionalAndExactlyMrOrMs() {
        UserCsvContent content = parse(
                false,
                "a,a@example.com,en,MR",
                "b,b@example.com,en,MS",
                "c,c@example.com,en,",
                "d,d@example.com,en,mr",
                "e,e@example.com,en,MRS",
                "f,f@example.com,en,Ms");
        assertThat(content.rows()).extracting(UserCsvRow::salutation).containsExactly("MR", "MS", null);
        assertThat(CsvFiles.lines(content.rejected())).containsExactly(4, 5, 6);
        content.rejected().forEach(r -> assertThat(r.params()).startsWith("salutation", "MR, MS"));
    }

    @Test
    void columnCountIsThreeToSeven() {
        assertRejected(rejectedLine("u", false), 1, "userImport.row.columns", "3", "7", "1");
        assertRejected(rejectedLine("u,u@example.com", false), 1, "userImport.row.columns", "3", "7", "2");
        assertRejected(rejectedLine("u,u@example.com,en,,,,,", false), 1, "userImport.row.columns", "3", "7", "8");
        UserCsvContent content = parse(
                false,
                "a,a@example.com,en",
                "b,b@example.com,en,MR",
                "c,c@example.com,en,MR,C",
                "d,d@example.com,en,MR,D,Dd",
                "e,e@example.com,en,MR,E,Ee,",
                "f,f@example.com,en,,,,");
        assertThat(content.rejected()).isEmpty();
        assertThat(content.rows()).hasSize(6);
    }

    @Test
    void rolesAreTrimmedCaseSensitiveAndKeptInOrder() {
        UserCsvRow row = parse(
                        true,
                        "u,u@example.com,en,,,,\" RESELLER_MANAGER ,  BROKER_MANAGER,PLATFORM_OPERATOR,"
                                + "RESELLER_MANAGER\"")
                .rows()
                .get(0);
        assertThat(List.copyOf(row.roles()))
                .containsExactly(Roles.RESELLER_MANAGER, Roles.BROKER_MANAGER, Roles.PLATFORM_OPERATOR);
        assertThat(parse(true, "u,u@example.com,en,,,, MARKETPLACE_OWNER ")
                        .rows()
                        .get(0)
                        .roles())
                .containsExactly(Roles.MARKETPLACE_OWNER);
        assertRejected(
                rejectedLine("u,u@example.com,en,,,,Organization_Admin", true),
                1,
                "userImport.row.unknownRole",
                "Organization_Admin",
                String.join(", ", UserCsvParser.USER_ROLES));
        assertRejected(
                rejectedLine("u,u@example.com,en,,,,\"ORGANIZATION_ADMIN,LOGGED_IN\"", true),
                1,
                "userImport.row.unknownRole",
                "LOGGED_IN",
                String.join(", ", UserCsvParser.USER_ROLES));
        assertRejected(
                rejectedLine("u,u@example.com,en,,,,\"ORGANIZATION_ADMIN,,SERVICE_MANAGER\"", true),
                1,
                "userImport.row.emptyRole",
                "ORGANIZATION_ADMIN,,SERVICE_MANAGER");
        assertRejected(
                rejectedLine("u,u@example.com,en,,,,\"ORGANIZATION_ADMIN, \"", false), 1, "userImport.row.emptyRole");
    }

    @Test
    void knownRolesAreTheUserRolesOfUsr4() {
        assertThat(UserCsvParser.USER_ROLES)
                .containsExactly(
                        Roles.ORGANIZATION_ADMIN,
                        Roles.SUBSCRIPTION_MANAGER,
                        Roles.PLATFORM_OPERATOR,
                        Roles.MARKETPLACE_OWNER,
                        Roles.SERVICE_MANAGER,
                        Roles.TECHNOLOGY_MANAGER,
                        Roles.BROKER_MANAGER,
                        Roles.RESELLER_MANAGER);
        UserCsvParser.USER_ROLES.forEach(
                r -> assertThat(UserCsvParser.isKnownRole(r)).as(r).isTrue());
        assertThat(UserCsvParser.isKnownRole(Roles.LOGGED_IN)).isFalse();
        assertThat(UserCsvParser.isKnownRole("organization_admin")).isFalse();
        assertThat(UserCsvParser.isKnownRole(null)).isFalse();
    }

    @Test
    void duplicateUserIdsRejectSecondAndLaterOccurrences() {
        UserCsvContent content = parse(
                false,
                "u1,a@example.com,en",
                "u2,b@example.com,en",
                " u1 ,c@example.com,de",
                "U1,d@example.com,en",
                "u1,e@example.com,ja");
        assertThat(content.rows()).extracting(UserCsvRow::userId).containsExactly("u1", "u2", "U1");
        assertRejected(content.rejected().get(0), 3, "userImport.row.duplicateUserId", "u1", "1");
        assertRejected(content.rejected().get(1), 5, "userImport.row.duplicateUserId", "u1", "1");
    }

    @Test
    void aRejectedFirstOccurrenceStillMakesLaterOnesDuplicates() {
        UserCsvContent content = parse(false, "u1,not-a-mail,en", "u1,u1@example.com,en");
        assertThat(content.rows()).isEmpty();
        assertRejected(content.rejected().get(0), 1, "account.field.email");
        assertRejected(content.rejected().get(1), 2, "userImport.row.duplicateUserId", "u1", "1");
    }

    @Test
    void blankLinesAreIgnoredButCountForLineNumbers() {
        UserCsvContent content = parse(false, "", "   ", "u1,u1@example.com,en", "\t", "u2,bad,en", "");
        assertThat(content.rows()).singleElement().extracting(UserCsvRow::line).isEqualTo(3);
        assertThat(content.rejected())
                .singleElement()
                .extracting(RejectedRow::line)
                .isEqualTo(5);
    }

    @Test
    void theQuotedGuideLineKeepsItsSpaces() {
        UserCsvRow row = parse(false, "u,u@example.com,de,MR,\"John F.\", \"Cool \"\"JC\"\" Jr.\" ")
                .rows()
                .get(0);
        assertThat(row.firstName()).isEqualTo("John F.");
        assertThat(row.lastName()).isEqualTo("Cool \"JC\" Jr.");
    }
}
