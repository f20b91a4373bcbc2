package org.bss.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The operator command-line client (guide §2.4.2):
 * {@code java -jar bss-operator-client.jar <userkey> <password> <command> key=value...}.
 * It calls OperatorService/BASIC (the user commands IdentityService/BASIC) over HTTP(S) with HTTP Basic; no
 * dependencies beyond the JDK.
 */
public final class OperatorClient {

    private final Transport transport;
    private final Map<String, String> env;
    private final List<Path> propertyDirs;
    private final PrintStream out;
    private final PrintStream err;

    public OperatorClient(
            Transport transport, Map<String, String> env, List<Path> propertyDirs, PrintStream out, PrintStream err) {
        this.transport = transport;
        this.env = env;
        this.propertyDirs = propertyDirs;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new OperatorClient(
                        Transport.http(), System.getenv(), ServerUrl.defaultPropertyDirs(), System.out, System.err)
                .run(args);
        System.exit(code);
    }

    /** Runs one command; returns the exit code. */
    public int run(String[] args) {
        Invocation invocation;
        try {
            invocation = Invocation.parse(args);
        } catch (CliException e) {
            err.println("Error: " + e.getMessage());
            err.print(Invocation.usageText());
            return e.exitCode();
        }
        if (invocation.help()) {
            out.print(Invocation.usageText());
            return ExitCode.OK;
        }
        try {
            URI endpoint = ServerUrl.endpoint(invocation.url(), env, propertyDirs);
            execute(invocation, endpoint);
            return ExitCode.OK;
        } catch (CliException e) {
            err.println("Error: " + e.getMessage());
            return e.exitCode();
        }
    }

    private void execute(Invocation inv, URI endpoint) throws CliException {
        switch (inv.command()) {
            case GETCONFIGURATIONSETTINGS -> {
                String body = call(inv, endpoint, Soap.getConfigurationSettings());
                Soap.settings(body).stream()
                        .sorted(Comparator.comparing(Soap.Setting::key))
                        .forEach(s -> out.println(s.key() + "=" + (s.value() == null ? "" : s.value())));
            }
            case SAVECONFIGURATIONSETTING -> {
                String key = inv.argument("settingKey");
                String value = inv.argument("settingValue");
                Soap.expectResponse(
                        call(inv, endpoint, Soap.saveConfigurationSetting(key, value)),
                        "saveConfigurationSettingResponse");
                out.println(value.isEmpty() ? "Setting " + key + " unset." : "Setting " + key + " saved.");
            }
            case ADDCURRENCY -> {
                String code = inv.argument("currencyISOCode");
                Soap.expectResponse(call(inv, endpoint, Soap.addCurrency(code)), "addCurrencyResponse");
                out.println("Currency " + code + " is supported.");
            }
            case RETRIEVETIMEREXPIRATIONS, REINITTIMERS ->
                new TimerCommands(envelope -> call(inv, endpoint, envelope), out, ZoneId.systemDefault()).execute(inv);
            case LOCKUSER, UNLOCKUSER, RESETPASSWORDFORUSER -> {
                URI identity = ServerUrl.sibling(endpoint, ServerUrl.IDENTITY_ENDPOINT);
                new UserCommands(envelope -> call(inv, identity, envelope), inv.userKey(), out).execute(inv);
            }
            default -> new OrganizationCommands(envelope -> call(inv, endpoint, envelope), out).execute(inv);
        }
    }

    /** Sends the request; returns the body of a successful answer or throws the matching error. */
    String call(Invocation inv, URI endpoint, String envelope) throws CliException {
        Transport.Reply reply;
        try {
            reply = transport.post(endpoint, inv.userKey(), inv.password(), envelope);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCode.OTHER, "Interrupted.");
        } catch (HttpTimeoutException e) {
            throw new CliException(ExitCode.UNREACHABLE, "BSS at " + base(endpoint) + " did not answer in time.");
        } catch (ConnectException | UnresolvedAddressException e) {
            throw new CliException(
                    ExitCode.UNREACHABLE,
                    "Cannot reach BSS at " + base(endpoint) + " (is it running? set --url= or BSS_URL).");
        } catch (IOException | RuntimeException e) {
            throw new CliException(
                    ExitCode.UNREACHABLE, "Cannot talk to BSS at " + base(endpoint) + ": " + describe(e) + ".");
        }
        return interpret(reply, inv.userKey(), endpoint);
    }

    static String interpret(Transport.Reply reply, String userKey, URI endpoint) throws CliException {
        int status = reply.status();
        if (status == 401) {
            throw new CliException(
                    ExitCode.AUTHENTICATION,
                    "Authentication failed for user key " + userKey
                            + ": wrong password, unknown user key, or the account is locked.");
        }
        if (status == 403) {
            throw new CliException(
                    ExitCode.NOT_PERMITTED,
                    "User key " + userKey + " is not permitted to call " + endpoint.getPath() + ".");
        }
        String body = reply.body() == null ? "" : reply.body();
        boolean soap = body.contains(Soap.ENVELOPE_NS);
        Optional<Soap.Fault> fault = soap ? Soap.fault(body) : Optional.empty();
        if (fault.isPresent()) {
            throw fromFault(fault.get(), userKey);
        }
        if (status == 200 && soap) {
            return body;
        }
        if (status == 404) {
            throw new CliException(
                    ExitCode.OTHER, "No BSS service at " + endpoint + " (HTTP 404): is this the BSS URL?");
        }
        throw new CliException(ExitCode.OTHER, "Unexpected answer from " + endpoint + ": HTTP " + status + ".");
    }

    static CliException fromFault(Soap.Fault fault, String userKey) {
        String message = oneLine(fault.message());
        String detail = fault.detailName().orElse("");
        switch (detail) {
            case "ValidationException", "ObjectNotFoundException", "OperationNotPermittedException" -> {
                // OperationNotPermittedException: a business refusal, e.g. a user ID or distinguished name in use
                return new CliException(ExitCode.REJECTED, message);
            }
            case "OrganizationAuthoritiesException" -> {
                return notAnOperator(userKey);
            }
            case "ConcurrentModificationException" -> {
                return new CliException(ExitCode.OTHER, message);
            }
            default -> {
                // An untyped fault: the container's role check says "Client not authorized for invocation of ...".
                if (message.toLowerCase(Locale.ROOT).contains("not authorized")) {
                    return notAnOperator(userKey);
                }
                return new CliException(
                        ExitCode.OTHER, "Server error: " + (message.isEmpty() ? "(no message)" : message));
            }
        }
    }

    private static CliException notAnOperator(String userKey) {
        return new CliException(
                ExitCode.NOT_PERMITTED,
                "User key " + userKey + " is not permitted to call this operation (role PLATFORM_OPERATOR required).");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    private static String base(URI endpoint) {
        return ServerUrl.base(endpoint);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : oneLine(m);
    }
}
