package org.bss.config.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogFormatTest;
import org.bss.common.log.LogMessage;
import org.bss.common.log.LogSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher on the application's log context (as in the server), writing system.log into a temp dir. */
class LogLevelWatcherTest {

    @TempDir
    Path dir;

    private LoggerContext context;
    private Path logs;
    private Path file;
    private final LogLevelWatcher watcher = new LogLevelWatcher();

    @BeforeEach
    void configure() throws Exception {
        context = (LoggerContext) BssLog.context();
        logs = Files.createDirectories(dir.resolve("logs"));
        file = dir.resolve("config/log4j.properties");
        Files.createDirectories(file.getParent());
        LogSetup.apply(context, LogSetup.build(logs, Level.INFO));
    }

    @AfterEach
    void restore() {
        LogSetup.apply(context, new DefaultConfiguration());
    }

    @Test
    void appliesTheFileAndFallsBackToLogLevel() throws Exception {
        // no file: LOG_LEVEL (here WARN) applies, once
        assertThat(watcher.refresh(file, Level.WARN, context)).isTrue();
        assertThat(watcher.refresh(file, Level.WARN, context)).isFalse();
        assertThat(BssLog.system().isDebugEnabled()).isFalse();
        assertThat(levelOf(BssLog.SYSTEM)).isEqualTo(Level.WARN);

        // the guide's example: identity at DEBUG, everything else at INFO
        write("log4j.rootLogger=INFO\nlog4j.logger.sys.com.fujitsu.adm.um.identityservice=DEBUG\n", 1);
        assertThat(watcher.refresh(file, Level.WARN, context)).isTrue();
        assertThat(levelOf(BssLog.SYSTEM)).isEqualTo(Level.INFO);
        assertThat(levelOf(LogFeature.IDENTITY.loggerName())).isEqualTo(Level.DEBUG);
        assertThat(levelOf(LogFeature.TIMER.loggerName())).isEqualTo(Level.INFO);
        BssLog.system(LogFeature.IDENTITY).debug(LogMessage.UNEXPECTED_ERROR, "identity debug");
        BssLog.system(LogFeature.TIMER).debug(LogMessage.UNEXPECTED_ERROR, "timer debug");
        BssLog.system(LogFeature.TIMER).info(LogMessage.UNEXPECTED_ERROR, "timer info");
        assertThat(watcher.refresh(file, Level.WARN, context)).isFalse();

        // changed: identity no longer listed (back to the root level), timer at ERROR, a bad entry
        write("log4j.rootLogger=DEBUG\nlog4j.logger.sys.timer=ERROR\nlog4j.logger.sys.billing=LOUD\n", 2);
        assertThat(watcher.refresh(file, Level.WARN, context)).isTrue();
        assertThat(levelOf(LogFeature.IDENTITY.loggerName())).isEqualTo(Level.DEBUG);
        assertThat(context.getConfiguration().getLoggers()).doesNotContainKey(LogFeature.IDENTITY.loggerName());
        assertThat(levelOf(LogFeature.TIMER.loggerName())).isEqualTo(Level.ERROR);

        // deleted: LOG_LEVEL again, no service levels
        Files.delete(file);
        assertThat(watcher.refresh(file, Level.WARN, context)).isTrue();
        assertThat(levelOf(BssLog.SYSTEM)).isEqualTo(Level.WARN);
        assertThat(levelOf(LogFeature.TIMER.loggerName())).isEqualTo(Level.WARN);
        assertThat(levelOf(BssLog.ACCESS)).isEqualTo(Level.INFO);

        List<String> system = Files.readAllLines(logs.resolve("system.log"), StandardCharsets.UTF_8);
        assertThat(system).allMatch(line -> line.matches(LogFormatTest.LINE));
        assertThat(system)
                .filteredOn(line -> line.contains(": 10002: "))
                .hasSize(2) // the WARN ones are not shown
                .anySatisfy(line -> assertThat(line).endsWith("root INFO from " + file + "; services identity=DEBUG"))
                .anySatisfy(line -> assertThat(line).endsWith("root DEBUG from " + file + "; services timer=ERROR"));
        assertThat(system).anySatisfy(line -> assertThat(line).endsWith("identity debug"));
        assertThat(system).anySatisfy(line -> assertThat(line).endsWith("timer info"));
        assertThat(system).noneSatisfy(line -> assertThat(line).endsWith("timer debug"));
        assertThat(system)
                .anySatisfy(line -> assertThat(line)
                        .contains("WARN: 10003: ")
                        .endsWith("Log level entry log4j.logger.sys.billing in " + file
                                + " ignored: level 'LOUD' is not ERROR, WARN, INFO or DEBUG"));
    }

    @Test
    void noFileSettingMeansLogLevel() {
        assertThat(watcher.refresh(null, Level.DEBUG, context)).isTrue();
        assertThat(levelOf(BssLog.SYSTEM)).isEqualTo(Level.DEBUG);
        assertThat(levelOf(LogFeature.ACCOUNT.loggerName())).isEqualTo(Level.DEBUG);
        assertThat(watcher.refresh(null, Level.DEBUG, context)).isFalse();
    }

    @Test
    void aFileWithoutRootLevelKeepsLogLevelForTheRest() throws Exception {
        write("log4j.logger.sys.org.bss.account=ERROR\n", 1);
        assertThat(watcher.refresh(file, Level.INFO, context)).isTrue();
        assertThat(levelOf(BssLog.SYSTEM)).isEqualTo(Level.INFO);
        assertThat(levelOf(LogFeature.ACCOUNT.loggerName())).isEqualTo(Level.ERROR);
        assertThat(Files.readString(logs.resolve("system.log")))
                .contains("root INFO from LOG_LEVEL (no log4j.rootLogger in " + file + "); services account=ERROR");
    }

    @Test
    void anUnreadableFileLeavesTheLevelsAlone() throws Exception {
        assertThat(watcher.refresh(null, Level.INFO, context)).isTrue();
        Files.createDirectories(file); // exists, but cannot be read as text
        assertThat(watcher.refresh(file, Level.ERROR, context)).isFalse();
        assertThat(levelOf(BssLog.SYSTEM)).isEqualTo(Level.INFO);
        assertThat(watcher.refresh(file, Level.ERROR, context)).isFalse();
        assertThat(Files.readAllLines(logs.resolve("system.log")))
                .filteredOn(line -> line.contains(": 10004: "))
                .singleElement()
                .asString()
                .contains("WARN: 10004: ")
                .contains(file.toString());
    }

    private Level levelOf(String logger) {
        return context.getLogger(logger).getLevel();
    }

    /** Writes the file with a distinct modification time (file systems with coarse timestamps). */
    private void write(String text, int minute) throws Exception {
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L + minute * 60_000L));
    }
}
