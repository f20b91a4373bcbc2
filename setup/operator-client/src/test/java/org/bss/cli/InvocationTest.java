package org.bss.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvocationTest {

    private static Invocation parse(String... args) throws CliException {
        return Invocation.parse(args);
    }

    @Test
    void parsesSaveWithArguments() throws Exception {
        Invocation inv = parse(
                "1000",
                "admin123",
                "saveconfigurationsetting",
                "settingKey=MAX_NUMBER_LOGIN_ATTEMPTS",
                "settingValue=5");

        assertThat(inv.userKey()).isEqualTo("1000");
        assertThat(inv.password()).isEqualTo("admin123");
        assertThat(inv.command()).isEqualTo(Command.SAVECONFIGURATIONSETTING);
        assertThat(inv.argument("settingKey")).isEqualTo("MAX_NUMBER_LOGIN_ATTEMPTS");
        assertThat(inv.argument("settingValue")).isEqualTo("5");
        assertThat(inv.url()).isEmpty();
    }

    @Test
    void valueMayContainEqualsSignsAndBeEmpty() throws Exception {
        assertThat(parse("1000", "pw", "saveconfigurationsetting", "settingKey=BASE_URL", "settingValue=http://h/x?a=b")
                        .argument("settingValue"))
                .isEqualTo("http://h/x?a=b");
        assertThat(parse("1000", "pw", "saveconfigurationsetting", "settingKey=BASE_URL", "settingValue=")
                        .argument("settingValue"))
                .isEmpty();
    }

    @Test
    void commandAndKeysAreCaseInsensitive() throws Exception {
        Invocation inv = parse("1000", "pw", "AddCurrency", "currencyisocode=JPY");
        assertThat(inv.command()).isEqualTo(Command.ADDCURRENCY);
        assertThat(inv.argument("currencyISOCode")).isEqualTo("JPY");
    }

    @Test
    void urlOptionBeforeUserKeyOrAfterCommand_passwordMayStartWithDashes() throws Exception {
        assertThat(parse("--url=https://bss:8181", "1000", "--pw", "getconfigurationsettings")
                        .url())
                .contains("https://bss:8181");
        Invocation after = parse("1000", "--url=x", "getconfigurationsettings", "--url=http://h:1");
        assertThat(after.password()).isEqualTo("--url=x");
        assertThat(after.url()).contains("http://h:1");
    }

    @Test
    void help() throws Exception {
        assertThat(parse("--help").help()).isTrue();
        assertThat(Invocation.usageText())
                .contains(
                        "getconfigurationsettings",
                        "saveconfigurationsetting settingKey=<key> settingValue=<value>",
                        "addcurrency currencyISOCode=<ISO code>");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|No arguments given.",
                "1000 pw|Too few arguments",
                "admin pw getconfigurationsettings|Invalid user key 'admin'",
                "1000 pw frobnicate|Unknown command 'frobnicate'",
                "1000 pw addcurrency|Missing argument 'currencyISOCode",
                "1000 pw addcurrency currencyISOCode=|Missing argument 'currencyISOCode",
                "1000 pw addcurrency currencyISOCode=JPY currencyISOCode=USD|Duplicate argument 'currencyISOCode'",
                "1000 pw addcurrency code=JPY|Unknown argument 'code' for addcurrency; expected: currencyISOCode",
                "1000 pw getconfigurationsettings x=1|Unknown argument 'x' for getconfigurationsettings (it takes none)",
                "1000 pw addcurrency JPY|Argument 'JPY' is not of the form key=value",
                "1000 pw saveconfigurationsetting settingKey=A|Missing argument 'settingValue",
                "--verbose 1000 pw getconfigurationsettings|Unknown option '--verbose'",
                "--url=a --url=b 1000 pw getconfigurationsettings|Duplicate option '--url'",
            })
    void malformedCommandLinesAreUsageErrors(String line, String message) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        assertThatThrownBy(() -> Invocation.parse(args))
                .isInstanceOfSatisfying(
                        CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining(message);
    }
}
