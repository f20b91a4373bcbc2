package org.bss.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bss.cli.CliException;
import org.bss.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database is found as setup/build.xml finds it: environment, then setup/*.properties, then defaults. */
class DatabaseSettingsTest {

    @TempDir
    Path home;

    private Path setup() throws Exception {
        return Files.createDirectories(home.resolve("setup"));
    }

    @Test
    void defaultIsTheDomainsH2FileOpenedLikeTheServerButNeverCreated() throws Exception {
        DatabaseSettings s = DatabaseSettings.resolve(setup(), Map.of());

        assertThat(s.type()).isEqualTo("h2");
        assertThat(s.url())
                .isEqualTo(
                        "jdbc:h2:" + home.toAbsolutePath().normalize() + "/runtime/domains/bes-domain/bssdb/bss"
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;IFEXISTS=TRUE");
        assertThat(s.user()).isEqualTo("bss");
        assertThat(s.password()).isEqualTo("bss");
    }

    @Test
    void runtimeAndDomainComeFromTheEnvironmentOrBssProperties() throws Exception {
        Path setup = setup();
        Files.writeString(
                setup.resolve("bss.properties"), "bss.runtime.dir=/opt/bss-runtime\nglassfish.bes.domain.name=other\n");

        assertThat(DatabaseSettings.resolve(setup, Map.of()).url())
                .startsWith("jdbc:h2:/opt/bss-runtime/domains/other/bssdb/bss;");
        assertThat(DatabaseSettings.resolve(setup, Map.of("BSS_RUNTIME", "/srv/rt", "BSS_DOMAIN", "d2"))
                        .url())
                .startsWith("jdbc:h2:/srv/rt/domains/d2/bssdb/bss;");
        assertThat(DatabaseSettings.resolve(setup, Map.of("BSS_RUNTIME", "rt")).url())
                .as("relative to setup/, as Ant resolves it")
                .startsWith("jdbc:h2:" + setup.toAbsolutePath().normalize() + "/rt/domains/other/bssdb/bss;");
    }

    @Test
    void postgresqlFromTheEnvironmentWinsOverTheFile() throws Exception {
        Path setup = setup();
        Files.writeString(setup.resolve("db.properties"), """
                db.type=h2
                db.host=filehost
                db.port=1
                db.name=filedb
                db.user=fileuser
                db.pwd=filepwd
                db.url=jdbc:h2:/ignored/for/postgresql
                """);

        DatabaseSettings s = DatabaseSettings.resolve(
                setup,
                Map.of("BSS_DB", "PostgreSQL", "BSS_DB_PORT", "15432", "BSS_DB_NAME", "", "BSS_DB_PWD", "secret"));

        assertThat(s.type()).isEqualTo("postgresql");
        assertThat(s.url()).as("an empty variable does not count").isEqualTo("jdbc:postgresql://filehost:15432/filedb");
        assertThat(s.user()).isEqualTo("fileuser");
        assertThat(s.password()).isEqualTo("secret");
        assertThat(s.toString()).doesNotContain("secret");
    }

    @Test
    void anH2UrlOfTheFileOrEnvironmentIsUsedAndGetsIfExists() throws Exception {
        Path setup = setup();
        Files.writeString(setup.resolve("db.properties"), "db.url=jdbc:h2:/data/bss;AUTO_SERVER=TRUE\n");

        assertThat(DatabaseSettings.resolve(setup, Map.of()).url())
                .isEqualTo("jdbc:h2:/data/bss;AUTO_SERVER=TRUE;IFEXISTS=TRUE");
        assertThat(DatabaseSettings.resolve(setup, Map.of("BSS_DB_URL", "jdbc:h2:/x;ifexists=false"))
                        .url())
                .isEqualTo("jdbc:h2:/x;ifexists=false");
    }

    @Test
    void anUnknownDatabaseTypeIsAUsageError() throws Exception {
        assertThatThrownBy(() -> DatabaseSettings.resolve(setup(), Map.of("BSS_DB", "oracle")))
                .isInstanceOfSatisfying(
                        CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("'oracle'");
    }
}
