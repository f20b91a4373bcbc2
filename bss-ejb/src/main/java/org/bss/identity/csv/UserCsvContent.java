package org.bss.identity.csv;

import java.util.List;

/** What a user file holds: the accepted rows and the rejected ones, each in file order. */
public record UserCsvContent(List<UserCsvRow> rows, List<RejectedRow> rejected) {

    public UserCsvContent {
        rows = List.copyOf(rows);
        rejected = List.copyOf(rejected);
    }
}
