package org.bss.identity.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.identity.csv.CsvFiles.assertRejected;
import static org.bss.identity.csv.CsvFiles.fileRefused;

import java.nio.charset.StandardCharsets;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

/** Large generated files: counts and the row limit (no timing assertions). */
class UserCsvParserVolumeTest {

    /**
     * 10,000 users; every 10th has a bad e-mail, every 250th repeats the user id of the line before, and a blank
     * line follows every 100th.
     */
    @Test
    void tenThousandRowsParseWithTheRightCounts() {
        StringBuilder file = new StringBuilder();
        int line = 0;
        int badEmails = 0;
        int duplicates = 0;
        int lastDuplicateLine = 0;
        for (int i = 1; i <= 10_000; i++) {
            line++;
            boolean duplicate = i % 250 == 0;
            boolean badEmail = !duplicate && i % 10 == 0;
            String id = duplicate ? "user" + (i - 1) : "user" + i;
            file.append(id)
                    .append(',')
                    .append(badEmail ? "broken" : id + "@example.com")
                    .append(",ja,MS,姓")
                    .append(i)
                    .append(",名,\"ORGANIZATION_ADMIN, SUBSCRIPTION_MANAGER\"\r\n");
            badEmails += badEmail ? 1 : 0;
            if (duplicate) {
                duplicates++;
                lastDuplicateLine = line;
            }
            if (i % 100 == 0) {
                file.append("\n");
                line++;
            }
        }
        UserCsvContent content = new UserCsvParser().parse(file.toString().getBytes(StandardCharsets.UTF_8), true);
        assertThat(badEmails).isEqualTo(960);
        assertThat(duplicates).isEqualTo(40);
        assertThat(content.rejected()).hasSize(1_000);
        assertThat(content.rows()).hasSize(9_000);
        assertThat(content.rejected().stream().filter(r -> r.messageKey().equals("account.field.email")))
                .hasSize(960);
        RejectedRow last = content.rejected().get(content.rejected().size() - 1);
        assertRejected(
                last,
                lastDuplicateLine,
                "userImport.row.duplicateUserId",
                "user9999",
                String.valueOf(lastDuplicateLine - 1));
        UserCsvRow lastRow = content.rows().get(content.rows().size() - 1);
        assertThat(lastRow.userId()).isEqualTo("user9999");
        assertThat(lastRow.firstName()).isEqualTo("姓9999");
        assertThat(lastRow.line()).isEqualTo(9999 + 99);
    }

    @Test
    void maxRowsUsersAreAcceptedBlankLinesNotCounted() {
        StringBuilder file = new StringBuilder("\n\n");
        for (int i = 1; i <= UserCsvParser.MAX_ROWS; i++) {
            file.append('u').append(i).append(",u@example.com,en\n");
        }
        UserCsvContent content = new UserCsvParser().parse(file.toString().getBytes(StandardCharsets.UTF_8), false);
        assertThat(content.rows()).hasSize(UserCsvParser.MAX_ROWS);
        assertThat(content.rows().get(UserCsvParser.MAX_ROWS - 1).line()).isEqualTo(UserCsvParser.MAX_ROWS + 2);

        file.append("\n").append("over,u@example.com,en\n");
        ValidationException e =
                fileRefused(file.toString().getBytes(StandardCharsets.UTF_8), "userImport.file.tooManyRows");
        assertThat(e.arguments()).containsExactly("100000", String.valueOf(UserCsvParser.MAX_ROWS + 4));
        assertThat(e.getMessage()).contains("100000").contains("line " + (UserCsvParser.MAX_ROWS + 4));
    }
}
