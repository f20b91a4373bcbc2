package org.bss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organization commands end to end against a scripted transport: what is sent, printed and written. */
class OrganizationCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> requests = new ArrayList<>();

    @TempDir
    Path dir;

    private int run(int status, String reply, String... args) {
        Transport transport = (endpoint, user, password, envelope) -> {
            requests.add(envelope);
            return new Transport.Reply(status, reply);
        };
        return new OperatorClient(
                        transport,
                        Map.of(),
                        List.of(),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private static String empty(String wrapper) {
        return "<S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Body><ns2:" + wrapper
                + " xmlns:ns2='http://oscm.org/xsd'/></S:Body></S:Envelope>";
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void createorganizationSendsTheUtf8TextAndPrintsTheIdsAndThePassword() throws Exception {
        Path file = dir.resolve("org.properties");
        Files.write(
                file, "\uFEFForganization.name=株式会社サンプル\nuser.identifier=yamada\n".getBytes(StandardCharsets.UTF_8));

        int code = run(200, OrganizationSoapTest.REGISTERED, "1000", "pw", "createorganization", file.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(requests)
                .singleElement()
                .asString()
                .contains("<tns:registerOrganization><organizationProperties>"
                        + "organization.name=株式会社サンプル\nuser.identifier=yamada\n</organizationProperties>");
        assertThat(out().lines())
                .containsExactly(
                        "Organization 0a1b2c3d (株式会社サンプル) created.",
                        "organizationId=0a1b2c3d",
                        "administratorUserId=yamada",
                        "administratorUserKey=10042",
                        "initialPassword=aB3dE5gH7jK9");
    }

    @Test
    void theLdapSettingsFileIsSentWithTheOrganization() throws Exception {
        Files.createDirectories(dir.resolve("conf"));
        Files.writeString(
                dir.resolve("conf/ldap.properties"),
                "LDAP_URL=ldap://ldap.example.com:389\nLDAP_BASE_DN=dc=example,dc=com\n",
                StandardCharsets.UTF_8);
        Path file = Files.writeString(
                dir.resolve("org.properties"),
                "organization.name=LDAP Org\norganization.settings=conf/ldap.properties\n",
                StandardCharsets.UTF_8);
        String ldapAnswer =
                OrganizationSoapTest.REGISTERED.replace("<ns2:initialPassword>aB3dE5gH7jK9</ns2:initialPassword>", "");

        assertThat(run(200, ldapAnswer, "1000", "pw", "createorganization", file.toString()))
                .isZero();

        assertThat(requests)
                .singleElement()
                .asString()
                .contains("<ldapProperties>LDAP_URL=ldap://ldap.example.com:389\n"
                        + "LDAP_BASE_DN=dc=example,dc=com\n</ldapProperties>");
        assertThat(out())
                .contains("administratorUserKey=10042", "signs in with the LDAP password")
                .doesNotContain("initialPassword");

        Path missing =
                Files.writeString(dir.resolve("org2.properties"), "organization.settings=/no/such/ldap.properties\n");
        assertThat(run(200, ldapAnswer, "1000", "pw", "createorganization", missing.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("LDAP properties (organization.settings)", "/no/such/ldap.properties");
        assertThat(requests).hasSize(1);
    }

    @Test
    void aFileThatIsMissingOrNotUtf8IsAUsageErrorAndNothingIsSent() throws Exception {
        Path latin1 = dir.resolve("latin1.properties");
        Files.write(latin1, "organization.name=Müller\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(run(200, "", "1000", "pw", "createorganization", latin1.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not valid UTF-8");
        assertThat(run(
                        200,
                        "",
                        "1000",
                        "pw",
                        "updateorganization",
                        dir.resolve("none.properties").toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such readable file");
        assertThat(requests).isEmpty();
    }

    @Test
    void getuseroperationlogWritesTheBytesToANewFile() throws Exception {
        String log = """
                03/04/2026_05:06:07.089,FSP_INTS-BSS,INFO,39000,Create organization,userId=op|organizationName=日本
                03/04/2026_05:06:08.000,FSP_INTS-BSS,INFO,39003,Set distinguished name,userId=op
                """;
        String reply =
                "<S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Body><ns2:getUserOperationLogResponse"
                        + " xmlns:ns2='http://oscm.org/xsd'><return>"
                        + Base64.getEncoder().encodeToString(log.getBytes(StandardCharsets.UTF_8))
                        + "</return></ns2:getUserOperationLogResponse></S:Body></S:Envelope>";
        Path target = dir.resolve("audit.csv");

        int code = run(
                200,
                reply,
                "1000",
                "pw",
                "getuseroperationlog",
                "filename=" + target,
                "from=2026-03-01",
                "to=2026-03-31");

        assertThat(code).isZero();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(log);
        assertThat(out()).contains("written to " + target, "(2 entries)");
        assertThat(requests)
                .singleElement()
                .asString()
                .contains("<fromDate>2026-03-01</fromDate><toDate>2026-03-31</toDate>");
    }

    @Test
    void anExistingLogFileOrAMissingDirectoryIsAUsageError() throws Exception {
        Path existing = Files.writeString(dir.resolve("old.csv"), "keep");
        assertThat(run(
                        200,
                        "",
                        "1000",
                        "pw",
                        "getuseroperationlog",
                        "filename=" + existing,
                        "from=2026-03-01",
                        "to=2026-03-01"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(Files.readString(existing)).isEqualTo("keep");
        assertThat(run(
                        200,
                        "",
                        "1000",
                        "pw",
                        "getuseroperationlog",
                        "filename=" + dir.resolve("no/such/dir.csv"),
                        "from=2026-03-01",
                        "to=2026-03-01"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(requests).isEmpty();
    }

    @Test
    void voidCommandsPrintWhatWasDone() {
        assertThat(run(
                        200,
                        empty("addOrganizationToRoleResponse"),
                        "1000",
                        "pw",
                        "addorganizationtorole",
                        "orgid=a1",
                        "role=SUPPLIER,TECHNOLOGY_PROVIDER",
                        "operatorrevshare=10"))
                .isZero();
        assertThat(requests.get(0))
                .contains(
                        "<role>SUPPLIER</role><role>TECHNOLOGY_PROVIDER</role><operatorRevenueShare>10</operatorRevenueShare>");
        assertThat(run(
                        200,
                        empty("setDistinguishedNameResponse"),
                        "1000",
                        "pw",
                        "setdistinguishedname",
                        "orgid=a1",
                        "distinguishedname="))
                .isZero();
        assertThat(run(
                        200,
                        empty("addAvailablePaymentTypesResponse"),
                        "1000",
                        "pw",
                        "addavailablepaymenttypes",
                        "orgid=a1",
                        "paymenttypes=INVOICE,DIRECT_DEBIT"))
                .isZero();
        assertThat(out().lines())
                .containsExactly(
                        "Organization a1 has the roles SUPPLIER,TECHNOLOGY_PROVIDER.",
                        "Distinguished name of organization a1 removed.",
                        "Payment types INVOICE,DIRECT_DEBIT are available to organization a1.");
    }

    @Test
    void aRefusalOfTheServiceIsExitFive() {
        String fault =
                "<S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Body><S:Fault><faultcode>S:Server</faultcode>"
                        + "<faultstring>EXCEPTIONID 1: The user ID yamada is already in use.</faultstring><detail>"
                        + "<ns2:OperationNotPermittedException xmlns:ns2='http://oscm.org/xsd'><ns2:messageKey>account.user.duplicate</ns2:messageKey>"
                        + "</ns2:OperationNotPermittedException></detail></S:Fault></S:Body></S:Envelope>";
        assertThat(run(500, fault, "1000", "pw", "addorganizationtorole", "orgid=a1", "role=BROKER"))
                .isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("Error: The user ID yamada is already in use." + System.lineSeparator());
    }
}
