package org.bss.common.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.RollingFileAppender;
import org.apache.logging.log4j.core.appender.rolling.CompositeTriggeringPolicy;
import org.apache.logging.log4j.core.appender.rolling.DefaultRolloverStrategy;
import org.apache.logging.log4j.core.appender.rolling.SizeBasedTriggeringPolicy;
import org.apache.logging.log4j.core.config.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class LogFormatTest {

    /** §4.1.3: <MM/DD/YYYY_HH:MM:SS.sss> <LogLabel>: <LogType>: <MessageID>: <Message text with thread id>. */
    public static final String LINE =
            "\\d{2}/\\d{2}/\\d{4}_\\d{2}:\\d{2}:\\d{2}\\.\\d{3} FSP_INTS-BSS: (ERROR|WARN|INFO|DEBUG): \\d+: \\[Thread-\\d+] .*";

    @Test
    void lineFormatOfTheGuide() {
        String line = LogLine.line(
                LocalDateTime.of(2025, 3, 4, 5, 6, 7, 89_000_000), "INFO", 20000, 42, "Login of user 1000");
        assertThat(line).isEqualTo("03/04/2025_05:06:07.089 FSP_INTS-BSS: INFO: 20000: [Thread-42] Login of user 1000");
        assertThat(line).matches(LINE);
    }

    @Test
    void oneEntryIsOneLine() {
        assertThat(LogLine.message(1, 2, "a\nINFO: forged\r")).isEqualTo("1: [Thread-2] a INFO: forged ");
    }

    @Test
    void messageTemplates() {
        assertThat(LogMessage.LOGIN_FAILED.format("bob", "realm", "wrong password"))
                .isEqualTo("Login as bob refused via realm: wrong password");
        assertThat(LogMessage.TIMER_RUN.format("ORGANIZATION"))
                .isEqualTo("Timer ORGANIZATION ran for due time {}; next due {}");
        long distinct = java.util.Arrays.stream(LogMessage.values())
                .mapToInt(LogMessage::id)
                .distinct()
                .count();
        assertThat(distinct).isEqualTo(LogMessage.values().length);
    }

    @Test
    void logDirectoryResolution() {
        Path domain = Path.of("/opt/payara6/glassfish/domains/bes-domain");
        assertThat(LogSetup.resolveDirectory(null, domain.toString())).isEqualTo(domain.resolve("logs"));
        assertThat(LogSetup.resolveDirectory("../logs", domain.toString())).isEqualTo(domain.resolve("logs"));
        assertThat(LogSetup.resolveDirectory("bss-logs", domain.toString()))
                .isEqualTo(domain.resolve("config/bss-logs"));
        assertThat(LogSetup.resolveDirectory("/var/log/bss", domain.toString())).isEqualTo(Path.of("/var/log/bss"));
        assertThat(LogSetup.level("DEBUG")).isEqualTo(Level.DEBUG);
        assertThat(LogSetup.level("WARN")).isEqualTo(Level.WARN);
        assertThat(LogSetup.level(null)).isEqualTo(Level.INFO);
    }

    @Test
    void writesThreeFilesInTheGuideFormatWithRotation(@TempDir Path dir) throws Exception {
        Configuration config = LogSetup.build(dir, Level.INFO);
        LoggerContext context = new LoggerContext("bss-test");
        try {
            context.start(config);
            RollingFileAppender system = config.getAppender("system");
            assertThat(system.getFileName()).isEqualTo(dir.resolve("system.log").toString());
            assertThat(system.getFilePattern()).endsWith("system.log.%i");
            CompositeTriggeringPolicy policies = system.getManager().getTriggeringPolicy();
            assertThat(policies.getTriggeringPolicies()).hasSize(1);
            SizeBasedTriggeringPolicy size = (SizeBasedTriggeringPolicy) policies.getTriggeringPolicies()[0];
            assertThat(size.getMaxFileSize()).isEqualTo(10L * 1024 * 1024);
            DefaultRolloverStrategy strategy =
                    (DefaultRolloverStrategy) system.getManager().getRolloverStrategy();
            assertThat(strategy.getMaxIndex()).isEqualTo(LogSetup.ROLLED_FILES);
            assertThat(strategy.getMinIndex()).isEqualTo(1);

            context.getLogger(BssLog.SYSTEM).info(LogLine.message(10000, 7, "started"));
            context.getLogger(BssLog.SYSTEM).debug(LogLine.message(10001, 7, "hidden at INFO"));
            context.getLogger(BssLog.ACCESS).info(LogLine.message(20000, 7, "login"));
            context.getLogger(BssLog.AUDIT).warn(LogLine.message(30000, 7, "locked"));
        } finally {
            context.stop();
        }
        List<String> system = Files.readAllLines(dir.resolve("system.log"), StandardCharsets.UTF_8);
        assertThat(system).hasSize(1);
        assertThat(system.get(0)).matches(LINE).endsWith("INFO: 10000: [Thread-7] started");
        assertThat(Files.readAllLines(dir.resolve("access.log")))
                .singleElement()
                .asString()
                .matches(LINE)
                .contains("20000");
        assertThat(Files.readAllLines(dir.resolve("audit.log")))
                .singleElement()
                .asString()
                .matches(LINE)
                .contains("WARN: 30000");
    }
}
