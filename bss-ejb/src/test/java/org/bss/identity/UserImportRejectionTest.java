package org.bss.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bss.identity.csv.RejectedRow;
import org.junit.jupiter.api.Test;

class UserImportRejectionTest {

    @Test
    void aRejectedRowIsStoredWithItsControlCharactersWrittenOut() {
        RejectedRow row =
                new RejectedRow(3, "fz-nul\0id", "account.field.forbiddenChars", List.of("userId", "a\u202eb"));

        RejectedRow stored = new UserImportRejection("import-1", row).toRow();

        assertThat(stored.userId()).isEqualTo("fz-nulU+0000id");
        assertThat(stored.params()).containsExactly("userId", "aU+202Eb");
        assertThat(stored.line()).isEqualTo(3);
        assertThat(stored.messageKey()).isEqualTo("account.field.forbiddenChars");
    }

    @Test
    void aPlainRowIsStoredAsItIs() {
        RejectedRow row = new RejectedRow(1, "Tanaka 太郎", "identity.import.duplicate", List.of());

        RejectedRow stored = new UserImportRejection("import-1", row).toRow();

        assertThat(stored.userId()).isEqualTo("Tanaka 太郎");
        assertThat(stored.params()).isEmpty();
    }
}
