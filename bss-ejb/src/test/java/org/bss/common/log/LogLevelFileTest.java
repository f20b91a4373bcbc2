package org.bss.common.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

class LogLevelFileTest {

    @Test
    void theGuidesExample() {
        LogLevelFile file = LogLevelFile.parse("""
                log4j.rootLogger=INFO
                log4j.logger.sys.com.fujitsu.adm.um.identityservice=DEBUG
                """);
        assertThat(file.root()).isEqualTo(Level.INFO);
        assertThat(file.features()).containsExactly(Map.entry(LogFeature.IDENTITY, Level.DEBUG));
        assertThat(file.ignored()).isEmpty();
    }

    @Test
    void levelsAnyCaseWithAppendersCommentsAndOtherKeys() {
        LogLevelFile file = LogLevelFile.parse("""
                # a log4j 1.x file as shipped with the old product
                log4j.rootLogger = warn, A1
                log4j.appender.A1=org.apache.log4j.ConsoleAppender
                log4j.logger.org.hibernate=DEBUG
                ! another comment
                log4j.logger.sys.com.fujitsu.adm.um.billingservice=Error, A1
                log4j.logger.sys.com.fujitsu.adm.um.subscriptionservice:debug
                """);
        assertThat(file.root()).isEqualTo(Level.WARN);
        assertThat(file.features())
                .containsOnly(
                        Map.entry(LogFeature.BILLING, Level.ERROR), Map.entry(LogFeature.SUBSCRIPTION, Level.DEBUG));
        assertThat(file.ignored()).isEmpty();
    }

    @Test
    void bssNamesDirectly() {
        LogLevelFile file = LogLevelFile.parse("""
                log4j.logger.sys.org.bss.identity=DEBUG
                log4j.logger.sys.timer=WARN
                log4j.logger.sys.Billing=INFO
                """);
        assertThat(file.root()).isNull();
        assertThat(file.features())
                .containsOnly(
                        Map.entry(LogFeature.IDENTITY, Level.DEBUG),
                        Map.entry(LogFeature.TIMER, Level.WARN),
                        Map.entry(LogFeature.BILLING, Level.INFO));
    }

    @Test
    void everyServiceOfTheGuidesTableHasAFeature() {
        // The service packages listed in §4.1.2 of the guide.
        List<String> guide = List.of(
                "accountservice",
                "billingservice",
                "categorizationservice",
                "discoutservice",
                "eventservice",
                "identityservice",
                "marketplace",
                "reportingservice",
                "reviewservice",
                "credential",
                "searchservice",
                "serviceprovisioningservice",
                "sessionservice",
                "subscriptionservice",
                "triggerservice",
                "triggerdefinitionservice",
                "vatservice");
        guide.forEach(service -> assertThat(LogLevelFile.feature("com.fujitsu.adm.um." + service))
                .as(service)
                .isPresent());
        assertThat(LogLevelFile.feature("com.fujitsu.adm.um.identityservice")).contains(LogFeature.IDENTITY);
        assertThat(LogLevelFile.feature("com.fujitsu.adm.um.billingservice")).contains(LogFeature.BILLING);
        assertThat(LogLevelFile.feature("com.fujitsu.adm.um.nosuchservice")).isEmpty();
        assertThat(LogLevelFile.feature("org.bss.nosuchfeature")).isEmpty();
    }

    @Test
    void otherLevelsAndUnknownServicesAreIgnoredByKey() {
        LogLevelFile file = LogLevelFile.parse("""
                log4j.rootLogger=TRACE, A1
                log4j.logger.sys.com.fujitsu.adm.um.identityservice=verbose
                log4j.logger.sys.com.fujitsu.adm.um.nosuchservice=DEBUG
                log4j.logger.sys.org.bss.account=
                log4j.logger.sys.search=OFF
                log4j.logger.sys.timer=DEBUG
                """);
        assertThat(file.root()).isNull();
        assertThat(file.features()).containsExactly(Map.entry(LogFeature.TIMER, Level.DEBUG));
        assertThat(file.ignored())
                .extracting(LogLevelFile.Ignored::key)
                .containsExactly(
                        "log4j.logger.sys.com.fujitsu.adm.um.identityservice",
                        "log4j.logger.sys.com.fujitsu.adm.um.nosuchservice",
                        "log4j.logger.sys.org.bss.account",
                        "log4j.logger.sys.search",
                        "log4j.rootLogger");
        assertThat(file.ignored().get(0).reason()).contains("'verbose'");
        assertThat(file.ignored().get(1).reason()).isEqualTo("unknown service");
    }

    @Test
    void theMostDetailedLevelWinsWhenServicesShareAFeature() {
        LogLevelFile file = LogLevelFile.parse("""
                log4j.logger.sys.com.fujitsu.adm.um.identityservice=WARN
                log4j.logger.sys.com.fujitsu.adm.um.sessionservice=DEBUG
                log4j.logger.sys.com.fujitsu.adm.um.credential=ERROR
                """);
        assertThat(file.features()).containsExactly(Map.entry(LogFeature.IDENTITY, Level.DEBUG));
    }

    @Test
    void emptyAndMalformedText() {
        assertThat(LogLevelFile.parse("").root()).isNull();
        assertThat(LogLevelFile.parse(null).features()).isEmpty();
        LogLevelFile bad = LogLevelFile.parse("log4j.rootLogger=\\uZZZZ");
        assertThat(bad.root()).isNull();
        assertThat(bad.ignored())
                .singleElement()
                .extracting(LogLevelFile.Ignored::key)
                .isEqualTo("(file)");
    }

    @Test
    void fileResolution() {
        Path domain = Path.of("/opt/payara6/glassfish/domains/bes-domain");
        assertThat(LogLevelFile.resolve(LogLevelFile.DEFAULT_FILE, domain.toString()))
                .contains(domain.resolve("config/log4j.properties"));
        assertThat(LogLevelFile.resolve("/etc/bss/log4j.properties", domain.toString()))
                .contains(Path.of("/etc/bss/log4j.properties"));
        assertThat(LogLevelFile.resolve(" ", domain.toString())).isEmpty();
        assertThat(LogLevelFile.resolve(null, domain.toString())).isEmpty();
    }
}
