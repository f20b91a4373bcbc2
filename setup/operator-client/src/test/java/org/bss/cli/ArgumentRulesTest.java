package org.bss.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The organization commands' arguments on the command line (C.2), checked before any call. */
class ArgumentRulesTest {

    @Test
    void fileCommandsTakeOnePath() throws Exception {
        Invocation inv = Invocation.parse(new String[] {"1000", "pw", "createorganization", "dir/org=1.properties"});
        assertThat(inv.argument(Command.FILE)).isEqualTo("dir/org=1.properties");
        assertThat(Invocation.parse(
                                new String[] {"1000", "pw", "UpdateOrganization", "--url=http://h:1", "org.properties"})
                        .url())
                .contains("http://h:1");
    }

    @Test
    void organizationCommands() throws Exception {
        Invocation roles = Invocation.parse(new String[] {
            "1000", "pw", "addorganizationtorole", "orgid=a1", "role=SUPPLIER,BROKER", "operatorrevshare=12.5"
        });
        assertThat(roles.argument("role")).isEqualTo("SUPPLIER,BROKER");
        assertThat(roles.argument("operatorrevshare")).isEqualTo("12.5");
        assertThat(Invocation.parse(new String[] {"1000", "pw", "addorganizationtorole", "orgid=a1", "role=BROKER"})
                        .argument("operatorrevshare"))
                .isNull();
        assertThat(Invocation.parse(new String[] {
                            "1000", "pw", "setdistinguishedname", "orgid=a1", "distinguishedname=CN=x,O=y,C=DE"
                        })
                        .argument("distinguishedname"))
                .isEqualTo("CN=x,O=y,C=DE");
        assertThat(Invocation.parse(
                                new String[] {"1000", "pw", "setdistinguishedname", "orgid=a1", "distinguishedname="})
                        .argument("distinguishedname"))
                .isEmpty();
        assertThat(Invocation.parse(new String[] {
                            "1000", "pw", "getuseroperationlog", "filename=a.csv", "from=2024-02-29", "to=2024-02-29"
                        })
                        .argument("filename"))
                .isEqualTo("a.csv");
        assertThat(Invocation.usageText())
                .contains(
                        "createorganization <org.properties>",
                        "addorganizationtorole orgid=<organization ID> role=<role,role> [operatorrevshare=<percent>]",
                        "getuseroperationlog filename=<new file> from=<YYYY-MM-DD> to=<YYYY-MM-DD> [userid=<user ID>]");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1000 pw createorganization|Missing file argument <org.properties> for createorganization",
                "1000 pw createorganization a.properties b.properties|createorganization takes one file",
                "1000 pw getuseroperationlog filename=a from=2024-01-01|Missing argument 'to",
                "1000 pw getuseroperationlog filename=a from=2024-1-1 to=2024-01-02|from=2024-1-1 is not a date of the form YYYY-MM-DD",
                "1000 pw getuseroperationlog filename=a from=2023-02-29 to=2024-01-02|from=2023-02-29 is not a date",
                "1000 pw getuseroperationlog filename=a from=2024-02-01 to=2024-01-31|is after the end date to=2024-01-31",
                "1000 pw getuseroperationlog filename=a from=+999999999-01-01 to=2024-01-31|from=+999999999-01-01 is not a date of the form YYYY-MM-DD",
                "1000 pw getuseroperationlog filename=a from=2024-01-01 to=-999999999-12-31|to=-999999999-12-31 is not a date of the form YYYY-MM-DD",
                "1000 pw getuseroperationlog filename=a from=2024-01-01 to=12024-12-31|to=12024-12-31 is not a date",
                "1000 pw getuseroperationlog filename= from=2024-01-01 to=2024-01-31|Missing argument 'filename",
                "1000 pw addorganizationtorole orgid=a role=SUPPLIER,,BROKER|must be a comma-separated list without spaces",
                "1000 pw addorganizationtorole orgid=a role=SUPPLIER operatorrevshare=abc|operatorrevshare=abc is not a percentage",
                "1000 pw addorganizationtorole orgid=a role=SUPPLIER operatorrevshare=|Argument 'operatorrevshare' is empty",
                "1000 pw addorganizationtorole role=SUPPLIER|Missing argument 'orgid",
                "1000 pw addavailablepaymenttypes orgid=a paymenttypes=INVOICE,|must be a comma-separated list",
                "1000 pw addavailablepaymenttypes orgid=a types=INVOICE|Unknown argument 'types' for addavailablepaymenttypes; expected: orgid, paymenttypes",
                "1000 pw setdistinguishedname orgid=a|Missing argument 'distinguishedname",
            })
    void badArgumentsAreUsageErrors(String line, String message) {
        assertThatThrownBy(() -> Invocation.parse(line.split(" ")))
                .isInstanceOfSatisfying(
                        CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining(message);
    }

    @Test
    void aSpaceInAListIsAUsageError() {
        assertThatThrownBy(() -> Invocation.parse(new String[] {
                    "1000", "pw", "addavailablepaymenttypes", "orgid=a", "paymenttypes=INVOICE, CREDIT_CARD"
                }))
                .isInstanceOfSatisfying(
                        CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
    }
}
