package org.bss.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AuditOperationTest {

    @Test
    void idsAreUniqueAndInTheAuditRange() {
        assertThat(Arrays.stream(AuditOperation.values()).map(AuditOperation::id))
                .doesNotHaveDuplicates()
                .allMatch(id -> id >= AuditOperation.MIN_ID && id <= AuditOperation.MAX_ID);
        assertThat(Arrays.stream(AuditOperation.values()).map(AuditOperation::operationName))
                .doesNotHaveDuplicates();
    }

    @Test
    void theGuidesTwoIdsAreKept() {
        assertThat(AuditOperation.SUBSCRIBE_TO_SERVICE.id()).isEqualTo(30000);
        assertThat(AuditOperation.SUBSCRIBE_TO_SERVICE.operationName()).isEqualTo("Subscribe to service");
        assertThat(AuditOperation.DEFINE_SERVICE.id()).isEqualTo(30090);
        assertThat(AuditOperation.DEFINE_SERVICE.operationName()).isEqualTo("Define service");
        assertThat(AuditOperation.byId(30090)).isEqualTo(AuditOperation.DEFINE_SERVICE);
        assertThat(AuditOperation.byId(1)).isNull();
    }

    @Test
    void pairNamesAreValidAndNeverRepeatTheCallerPairs() {
        for (AuditOperation op : AuditOperation.values()) {
            assertThat(op.pairs())
                    .as(op.name())
                    .doesNotContain("userId", "orgId", "orgName")
                    .doesNotHaveDuplicates();
            op.pairs().forEach(n -> AuditPairs.of(n, "v"));
        }
    }

    @Test
    void thePublishedTableListsEveryOperation() throws IOException {
        Path doc = Path.of("..", "docs", "audit.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        for (AuditOperation op : AuditOperation.values()) {
            String row = "| " + op.id() + " | " + op.operationName() + " | `" + op.name()
                    + "` | userId, orgId, orgName, " + String.join(", ", op.pairs()) + " |";
            assertThat(text).as(op.name()).contains(row);
        }
    }
}
