package org.bss.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An import that stops making progress (its server stopped) is reported FAILED; a finished one keeps its outcome. */
class UserImportTest {
    private static final Instant START = Instant.parse("2026-11-29T10:00:00Z");

    private static UserImport started() {
        return new UserImport("imp", 1L, "admin", 1000, 0, START);
    }

    @Test
    void runningWhileItMakesProgress() {
        UserImport imp = started();
        assertThat(imp.statusAt(START.plus(UserImport.STALLED))).isEqualTo(UserImport.Status.RUNNING);
        imp.progress(200, 0, START.plus(UserImport.STALLED));
        Instant later = START.plus(UserImport.STALLED).plus(UserImport.STALLED);
        assertThat(imp.statusAt(later)).isEqualTo(UserImport.Status.RUNNING);
        assertThat(imp.finishedAt(later)).isNull();
        assertThat(imp.getProcessedRows()).isEqualTo(200);
    }

    @Test
    void failedWhenNoProgressForTheStallTime() {
        UserImport imp = started();
        Instant lastChunk = START.plusSeconds(5);
        imp.progress(150, 50, lastChunk);
        Instant now = lastChunk.plus(UserImport.STALLED).plusMillis(1);
        assertThat(imp.statusAt(now)).isEqualTo(UserImport.Status.FAILED);
        assertThat(imp.finishedAt(now)).isEqualTo(lastChunk);
        assertThat(imp.getStatus()).as("the stored status is left as it is").isEqualTo(UserImport.Status.RUNNING);
    }

    @Test
    void aFinishedImportKeepsItsOutcome() {
        UserImport imp = started();
        Instant end = START.plusSeconds(30);
        imp.finish(UserImport.Status.DONE, end);
        Instant muchLater = end.plus(UserImport.STALLED).plus(UserImport.STALLED);
        assertThat(imp.statusAt(muchLater)).isEqualTo(UserImport.Status.DONE);
        assertThat(imp.finishedAt(muchLater)).isEqualTo(end);
    }
}
