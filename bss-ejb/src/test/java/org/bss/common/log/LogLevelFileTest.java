package org.bss.common.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        assertThat(file.features()).containsOnly(
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
        assertThat(file.features()).containsOnly(Map.entry(LogFeature.IDENTITY, Level.DEBUG),
                Map.entry(LogFeature.TIMER, Level.WARN), Map.entry(LogFeature.BILLING, Level.INFO));
    }

    @Test
    void everyServiceOfTheGuidesTableHasAFeature() {
        Map<String, LogFeature> expected = Map.ofEntries(
                Map.entry("accountservice", LogFeature.ACCOUNT),
                Map.entry("billingservice", LogFeature.BILLING),
                Map.entry("categorizationservice", LogFeature.MARKETPLACE),
                Map.entry("discoutservice", LogFeature.ACCOUNT),
                Map.entry("eventservice", LogFeature.SUBSCRIPTION),
                Map.entry("identityservice", LogFeature.IDENTITY),
                Map.entry("marketplace", LogFeature.MARKETPLACE),
                Map.entry("reportingservice", LogFeature.REPORT),
                Map.entry("reviewservice", LogFeature.MARKETPLACE),
                Map.entry("credential", LogFeature.IDENTITY),
                Map.entry("searchservice", LogFeature.SEARCH),
                Map.entry("serviceprovisioningservice", LogFeature.CATALOG),
                Map.entry("sessionservice", LogFeature.IDENTITY),
                Map.entry("subscriptionservice", LogFeature.SUBSCRIPTION),
                Map.entry("triggerservice", LogFeature.TRIGGER),
                Map.entry("triggerdefinitionservice", LogFeature.TRIGGER),
                Map.entry("vatservice", LogFeature.ACCOUNT));
        expected.forEach((service, feature) ->
                assertThat(LogLevelFile.feature("com.fujitsu.adm.um." + service)).as(service).contains(feature));
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
        assertThat(file.ignored()).extracting(LogLevelFile.Ignored::key).containsExactly(
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
        assertThat(bad.ignored()).singleElement().extracting(LogLevelFile.Ignored::key).isEqualTo("(file)");
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
