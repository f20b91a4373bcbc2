package org.bss.system.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bss.system.support.FuzzCorpus;
import org.bss.system.support.FuzzCorpus.Line;
import org.bss.system.support.FuzzState;
import org.bss.system.support.ServerLog;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI fuzz corpus ({@code fuzz/cli/arguments.txt}): the operator client run with bad argument lists against the
 * deployed server exits with the documented code of the refusal (never 0, never 1 "other"), says why on one line
 * without Java text, writes no file, changes nothing and leaves no failure in the server log.
 */
class CliFuzzIT {

    private static TestUser operator;
    private static TestOrganization org;
    private static ServerLog classLog;
    private static String settingsBefore;

    @TempDir
    Path workDir;

    @BeforeAll
    static void fixtures() throws Exception {
        assertThat(OperatorClientIT.JAR).as("build setup/operator-client first").isRegularFile();
        classLog = ServerLog.mark();
        operator = TestUsers.operator();
        org = TestOrganizations.create();
        settingsBefore = settings();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        try {
            assertThat(settings()).as("the settings after the CLI fuzz corpus").isEqualTo(settingsBefore);
        } finally {
            TestOrganizations.delete(org);
            TestUsers.delete(operator);
        }
        classLog.assertCleanAfterWrites("CliFuzzIT");
    }

    static Stream<Line> argumentLists() {
        return FuzzCorpus.lines("cli/arguments.txt", Integer.MAX_VALUE).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argumentLists")
    void aBadArgumentListIsARefusalInWords(Line line) throws Exception {
        Map<String, String> values = Map.of("key", operator.key(), "password", operator.password(), "org", org.orgId());
        List<String> arguments = new ArrayList<>();
        for (String field : line.fields().subList(1, line.fields().size())) {
            arguments.add(FuzzCorpus.expandText(field, values));
        }
        if (arguments.isEmpty() || !arguments.get(0).startsWith("--url=")) {
            arguments.add(0, "--url=" + OperatorClientIT.BASE);
        }
        List<Integer> allowed = Arrays.stream(line.field(0).split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .toList();
        String before = FuzzState.of(org);
        ServerLog log = ServerLog.mark();

        Result r = run(workDir, arguments);

        assertThat(r.code()).as(line + " → " + r).isIn(allowed).isNotIn(0, 1);
        assertThat(r.err()).as(r.toString()).isNotBlank().doesNotContain("Exception", "java.", "\tat ");
        try (Stream<Path> files = Files.list(workDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("files written")
                    .containsOnly("out.txt", "err.txt");
        }
        assertThat(FuzzState.of(org)).as("the database after " + line).isEqualTo(before);
        assertThat(log.failuresSince()).as("server log after " + line).isEmpty();
    }

    record Result(int code, String out, String err) {}

    private static Result run(Path dir, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                OperatorClientIT.JAR.toString()));
        command.addAll(arguments);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("BSS_URL");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("client finished").isTrue();
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The settings as the client prints them (one KEY=value a line). */
    private static String settings() throws Exception {
        Path dir = Files.createTempDirectory("cli-fuzz");
        Result r = run(
                dir,
                List.of(
                        "--url=" + OperatorClientIT.BASE,
                        operator.key(),
                        operator.password(),
                        "getconfigurationsettings"));
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }
}
