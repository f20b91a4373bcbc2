package org.bss.identity.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Splitting one line: RFC 4180 quoting without multi-line fields. */
class CsvLineTest {

    @Test
    void plainFieldsKeepEmptyOnesAndSpaces() {
        assertThat(CsvLine.fields("a,b,c")).containsExactly("a", "b", "c");
        assertThat(CsvLine.fields("a,,c,")).containsExactly("a", "", "c", "");
        assertThat(CsvLine.fields(" a , b")).containsExactly(" a ", " b");
        assertThat(CsvLine.fields("")).containsExactly("");
    }

    @Test
    void quotedFieldsHoldCommasAndDoubledQuotes() {
        assertThat(CsvLine.fields("u,\"A,B\",c")).containsExactly("u", "A,B", "c");
        assertThat(CsvLine.fields("\"say \"\"hi\"\"\",x")).containsExactly("say \"hi\"", "x");
        assertThat(CsvLine.fields("\"\",\"\"\"\"")).containsExactly("", "\"");
        assertThat(CsvLine.fields("a,\"\"")).containsExactly("a", "");
    }

    @Test
    void blanksAroundAQuotedFieldAreIgnored() {
        assertThat(CsvLine.fields("a, \"B, C\" ,d")).containsExactly("a", "B, C", "d");
        assertThat(CsvLine.fields("a,\t\"x\"\t")).containsExactly("a", "x");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"a,\"bc|2", "\"abc|1", "a,b,\"c\"\",d|3", "a,b,c,d,e,f,\"ORGANIZATION_ADMIN, SERVICE_MANAGER|7"})
    void anUnclosedQuoteRejectsTheLine(String line, String column) {
        assertThatThrownBy(() -> CsvLine.fields(line)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("userImport.row.unclosedQuote");
            assertThat(e.arguments()).containsExactly(column);
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"a,b\"c|2", "a\"|1", "a,\"b\"c|2", "a,\"b\" \"c\"|2"})
    void aQuoteThatDoesNotEncloseTheWholeFieldRejectsTheLine(String line, String column) {
        assertThatThrownBy(() -> CsvLine.fields(line)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("userImport.row.quote");
            assertThat(e.arguments()).containsExactly(column);
        });
    }
}
