package org.bss.system.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bss.system.rest.OrganizationApi;
import org.bss.system.rest.OrganizationCleanup;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organization commands of the operator client as processes (guide §4.2, §5.1–5.3, §7.3, §8.4.6), each with good
 * and bad input: createorganization with a Japanese name from a UTF-8 org.properties (read back over REST),
 * updateorganization, addorganizationtorole, setdistinguishedname, addavailablepaymenttypes, getuseroperationlog.
 * Runs as fixture users of its own; the organizations it creates are removed after the class.
 */
class OrganizationClientIT {

    static final String BASE = OperatorClientIT.BASE;
    static final Path JAR = OperatorClientIT.JAR;

    private static TestUser operator;
    private static TestUser plainUser;
    private static final List<String> created = new ArrayList<>();

    @TempDir
    Path workDir;

    record Result(int code, String out, String err) {
        Map<String, String> values() {
            return out.lines()
                    .filter(l -> l.contains("="))
                    .collect(Collectors.toMap(
                            l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
        }
    }

    @BeforeAll
    static void users() {
        assertThat(JAR).as("build setup/operator-client first").isRegularFile();
        operator = TestUsers.operator();
        plainUser = TestUsers.plainUser();
    }

    @AfterAll
    static void cleanUp() {
        OrganizationCleanup.delete(created);
        TestUsers.delete(operator, plainUser);
    }

    Result cli(TestUser user, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "--url=" + BASE,
                user.key(),
                user.password()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().remove("BSS_URL");
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("client finished").isTrue();
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    Result op(String... args) throws Exception {
        return cli(operator, args);
    }

    /** Writes an org.properties file in UTF-8. */
    Path file(String name, String... lines) throws Exception {
        return Files.writeString(workDir.resolve(name), OrganizationCleanup.properties(lines), StandardCharsets.UTF_8);
    }

    static String[] admin(String adminId) {
        return new String[] {
            "user.identifier=" + adminId,
            "user.email=" + adminId + "@example.co.jp",
            "user.firstname=太郎",
            "user.lastname=山田",
            "user.salutation=MR",
            "user.locale=ja"
        };
    }

    /** createorganization with the lines; must succeed; returns the printed values. */
    Map<String, String> create(String... orgLines) throws Exception {
        List<String> lines = new ArrayList<>(List.of(admin(OrganizationCleanup.adminId())));
        lines.addAll(List.of(orgLines));
        Result r = op(
                "createorganization",
                file("org-" + OrganizationCleanup.suffix() + ".properties", lines.toArray(String[]::new))
                        .toString());
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, String> values = r.values();
        created.add(values.get("organizationId"));
        return values;
    }

    @Test
    void createorganizationWithAJapaneseNameInUtf8() throws Exception {
        String name = "株式会社サンプル商事 " + OrganizationCleanup.suffix();
        String adminId = OrganizationCleanup.adminId();
        List<String> lines = new ArrayList<>(List.of(admin(adminId)));
        lines.addAll(List.of(
                "# 組織の作成",
                "organization.name=" + name,
                "organization.locale=ja",
                "organization.domicile=JP",
                "organization.address=東京都港区1-2-3",
                "organization.roles=TECHNOLOGY_PROVIDER,SUPPLIER",
                "organization.operatorrevshare=15.25"));

        Result r = op(
                "createorganization",
                file("org.properties", lines.toArray(String[]::new)).toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        Map<String, String> values = r.values();
        String orgId = values.get("organizationId");
        created.add(orgId);
        assertThat(r.out().lines().findFirst().orElseThrow())
                .isEqualTo("Organization " + orgId + " (" + name + ") created.");
        assertThat(values.get("administratorUserId")).isEqualTo(adminId);
        assertThat(values.get("administratorUserKey")).matches("[0-9]+");
        assertThat(values.get("initialPassword")).hasSize(12);
        var org = new OrganizationApi(operator).organization(orgId);
        assertThat(org.getString("name")).isEqualTo(name);
        assertThat(org.getString("address")).isEqualTo("東京都港区1-2-3");
        assertThat(TestUsers.stored(Long.parseLong(values.get("administratorUserKey")))
                        .userId())
                .isEqualTo(adminId);
    }

    @Test
    void createorganizationRefusesBadFilesAndContent() throws Exception {
        String adminId = OrganizationCleanup.adminId();
        Path latin1 = workDir.resolve("latin1.properties");
        Files.write(
                latin1,
                ("organization.name=Müller GmbH\norganization.roles=BROKER\n" + String.join("\n", admin(adminId))
                                + "\n")
                        .getBytes(StandardCharsets.ISO_8859_1));

        Result notUtf8 = op("createorganization", latin1.toString());
        assertThat(notUtf8.code()).isEqualTo(2);
        assertThat(notUtf8.err()).contains("not valid UTF-8");
        assertThat(op(
                                "createorganization",
                                workDir.resolve("missing.properties").toString())
                        .code())
                .isEqualTo(2);
        assertThat(op("createorganization").code()).isEqualTo(2);

        List<String> badMail = new ArrayList<>(List.of(admin(adminId)));
        badMail.replaceAll(l -> l.startsWith("user.email=") ? "user.email=yamada@" : l);
        badMail.addAll(List.of("organization.name=Bad mail", "organization.roles=BROKER"));
        Result rejected = op(
                "createorganization",
                file("bad.properties", badMail.toArray(String[]::new)).toString());
        assertThat(rejected.code()).isEqualTo(5);
        assertThat(rejected.err().lines().toList())
                .singleElement()
                .asString()
                .startsWith("Error: ")
                .contains("user.email", "yamada@");
        assertThat(OrganizationCleanup.userExists(adminId)).isFalse();

        Files.writeString(
                workDir.resolve("ldap.properties"),
                "LDAP_URL=ldap://127.0.0.1:1\nLDAP_BASE_DN=dc=example,dc=com\n",
                StandardCharsets.UTF_8);
        List<String> ldap = new ArrayList<>(List.of(admin(adminId)));
        ldap.addAll(List.of(
                "organization.name=LDAP down", "organization.roles=BROKER", "organization.settings=ldap.properties"));
        Result unreachable = op(
                "createorganization",
                file("ldap-org.properties", ldap.toArray(String[]::new)).toString());
        assertThat(unreachable.code()).as("the directory cannot be asked").isEqualTo(5);
        assertThat(unreachable.err()).contains("127.0.0.1");
        assertThat(OrganizationCleanup.userExists(adminId))
                .as("nothing half-done")
                .isFalse();
        ldap.replaceAll(
                l -> l.startsWith("organization.settings=") ? "organization.settings=no-such-ldap.properties" : l);
        assertThat(op(
                                "createorganization",
                                file("ldap-missing.properties", ldap.toArray(String[]::new))
                                        .toString())
                        .code())
                .isEqualTo(2);

        List<String> ok = new ArrayList<>(List.of(admin(adminId)));
        ok.addAll(List.of("organization.name=Not allowed", "organization.roles=BROKER"));
        Result plain = cli(
                plainUser,
                "createorganization",
                file("plain.properties", ok.toArray(String[]::new)).toString());
        assertThat(plain.code()).isEqualTo(4);
        assertThat(OrganizationCleanup.userExists(adminId)).isFalse();
    }

    @Test
    void updateorganizationFromTheSameKindOfFile() throws Exception {
        String orgId = create(
                        "organization.name=Before " + OrganizationCleanup.suffix(), "organization.marketplaceid=mp-st")
                .get("organizationId");

        Result r = op(
                "updateorganization",
                file(
                                "update.properties",
                                "organization.id=" + orgId,
                                "organization.name=Nachher GmbH",
                                "organization.url=https://nachher.example.de",
                                "organization.marketplaceid=mp-st")
                        .toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Organization " + orgId + " updated.");
        var org = new OrganizationApi(operator).organization(orgId);
        assertThat(org.getString("name")).isEqualTo("Nachher GmbH");
        assertThat(org.getString("url")).isEqualTo("https://nachher.example.de");

        Result changed = op(
                "updateorganization",
                file("market.properties", "organization.id=" + orgId, "organization.marketplaceid=other")
                        .toString());
        assertThat(changed.code()).isEqualTo(5);
        assertThat(changed.err()).contains("organization.marketplaceid");
        Result unknown = op(
                "updateorganization",
                file("unknown.properties", "organization.id=st-none-" + OrganizationCleanup.suffix())
                        .toString());
        assertThat(unknown.code()).isEqualTo(5);
        assertThat(unknown.err()).contains("does not exist");
        assertThat(op(
                                "updateorganization",
                                file("noid.properties", "organization.name=x").toString())
                        .code())
                .isEqualTo(5);
    }

    @Test
    void addorganizationtoroleSetdistinguishednameAddavailablepaymenttypes() throws Exception {
        String orgId = create(
                        "organization.name=Roles " + OrganizationCleanup.suffix(), "organization.marketplaceid=mp-st")
                .get("organizationId");

        Result notSeller = op("addavailablepaymenttypes", "orgid=" + orgId, "paymenttypes=INVOICE");
        assertThat(notSeller.code()).isEqualTo(5);
        assertThat(notSeller.err()).contains("SUPPLIER or RESELLER");
        Result needsShare = op("addorganizationtorole", "orgid=" + orgId, "role=SUPPLIER");
        assertThat(needsShare.code()).isEqualTo(5);
        assertThat(needsShare.err()).contains("organization.operatorrevshare");
        Result roles = op(
                "addorganizationtorole",
                "orgid=" + orgId,
                "role=SUPPLIER,TECHNOLOGY_PROVIDER",
                "operatorrevshare=12.5");
        assertThat(roles.code()).as(roles.err()).isZero();
        assertThat(roles.out()).contains("SUPPLIER,TECHNOLOGY_PROVIDER");
        Result unknownRole = op("addorganizationtorole", "orgid=" + orgId, "role=Reseller");
        assertThat(unknownRole.code()).isEqualTo(5);
        assertThat(unknownRole.err()).contains("Reseller");
        assertThat(op("addorganizationtorole", "orgid=" + orgId, "role=SUPPLIER, BROKER")
                        .code())
                .isEqualTo(2);

        Result types = op("addavailablepaymenttypes", "orgid=" + orgId, "paymenttypes=INVOICE,CREDIT_CARD");
        assertThat(types.code()).as(types.err()).isZero();
        Result badType = op("addavailablepaymenttypes", "orgid=" + orgId, "paymenttypes=INVOICE,CASH");
        assertThat(badType.code()).isEqualTo(5);
        assertThat(badType.err()).contains("CASH");
        assertThat(op("addavailablepaymenttypes", "orgid=" + orgId, "paymenttypes=INVOICE,")
                        .code())
                .isEqualTo(2);

        String dn = "CN=" + orgId + ".example.com,O=CLI Test,C=JP";
        Result named = op("setdistinguishedname", "orgid=" + orgId, "distinguishedname=" + dn);
        assertThat(named.code()).as(named.err()).isZero();
        Result badDn = op("setdistinguishedname", "orgid=" + orgId, "distinguishedname=just text");
        assertThat(badDn.code()).isEqualTo(5);
        assertThat(op("setdistinguishedname", "orgid=" + orgId).code()).isEqualTo(2);

        var org = new OrganizationApi(operator).organization(orgId);
        assertThat(org.getString("distinguishedName")).isEqualTo(dn);
        assertThat(org.getJsonArray("roles").toString()).isEqualTo("[\"SUPPLIER\",\"TECHNOLOGY_PROVIDER\"]");
        assertThat(org.getJsonArray("paymentTypes").toString()).isEqualTo("[\"INVOICE\",\"CREDIT_CARD\"]");
        assertThat(op("setdistinguishedname", "orgid=st-none-" + OrganizationCleanup.suffix(), "distinguishedname=CN=x")
                        .code())
                .isEqualTo(5);
    }

    @Test
    void getuseroperationlogWritesAFileWithTheCreateOrganizationLine() throws Exception {
        Map<String, String> settings = settings();
        String enabled = settings.get("AUDIT_LOG_ENABLED");
        LocalDate today = LocalDate.now(ZoneId.of(settings.get("TIME_ZONE_ID")));
        try {
            assertThat(op("saveconfigurationsetting", "settingKey=AUDIT_LOG_ENABLED", "settingValue=true")
                            .code())
                    .isZero();
            String orgId = create(
                            "organization.name=Logged " + OrganizationCleanup.suffix(), "organization.roles=BROKER")
                    .get("organizationId");
            Path log = workDir.resolve("audit " + OrganizationCleanup.suffix() + ".csv");

            Result r = op(
                    "getuseroperationlog",
                    "filename=" + log,
                    "from=" + today.minusDays(1),
                    "to=" + today.plusDays(1),
                    "userid=" + operator.userId());

            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("written to " + log);
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            assertThat(lines)
                    .anySatisfy(l -> assertThat(l)
                            .contains(",FSP_INTS-BSS,INFO,39000,Create organization,userId=" + operator.userId() + "|")
                            .contains("|organizationId=" + orgId + "|")
                            .endsWith("|organizationRoles=BROKER|email=|locale=en"));
            assertThat(lines).allSatisfy(l -> assertThat(l).contains("userId=" + operator.userId() + "|"));

            Result again = op("getuseroperationlog", "filename=" + log, "from=" + today, "to=" + today);
            assertThat(again.code()).as("an existing file is not overwritten").isEqualTo(2);
            assertThat(Files.readAllLines(log, StandardCharsets.UTF_8)).isEqualTo(lines);
        } finally {
            assertThat(op("saveconfigurationsetting", "settingKey=AUDIT_LOG_ENABLED", "settingValue=" + enabled)
                            .code())
                    .isZero();
        }
        assertThat(op("getuseroperationlog", "filename=x.csv", "from=2026-02-30", "to=2026-03-01")
                        .code())
                .isEqualTo(2);
        assertThat(op("getuseroperationlog", "filename=x.csv", "from=2026-03-02", "to=2026-03-01")
                        .code())
                .isEqualTo(2);
        assertThat(op("getuseroperationlog", "filename=x.csv", "from=2026-03-01")
                        .code())
                .isEqualTo(2);
        assertThat(workDir.resolve("x.csv")).doesNotExist();
        assertThat(cli(plainUser, "getuseroperationlog", "filename=y.csv", "from=2026-03-01", "to=2026-03-01")
                        .code())
                .isEqualTo(4);
        assertThat(workDir.resolve("y.csv")).doesNotExist();
    }

    private Map<String, String> settings() throws Exception {
        Result r = op("getconfigurationsettings");
        assertThat(r.code()).as(r.err()).isZero();
        return r.values();
    }
}
