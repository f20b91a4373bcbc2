package org.bss.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed command line: {@code [--url=<url>] <userkey> <password> <command> [key=value ... | <file>]}.
 * Options are recognised before the user key and after the command only, so a password that starts
 * with "--" is still a password. The values' form is checked here ({@link ArgumentRules}), before any call.
 */
public record Invocation(
        String userKey,
        String password,
        Command command,
        Map<String, String> arguments,
        Optional<String> url,
        boolean help) {

    static final String URL_OPTION = "--url=";

    public String argument(String name) {
        return arguments.get(name);
    }

    /** Parses the command line; a {@link CliException} with {@link ExitCode#USAGE} for anything malformed. */
    public static Invocation parse(String[] args) throws CliException {
        List<String> rest = new ArrayList<>(List.of(args));
        Optional<String> url = Optional.empty();
        while (!rest.isEmpty() && rest.get(0).startsWith("-")) {
            String option = rest.remove(0);
            if (option.equals("--help") || option.equals("-h")) {
                return new Invocation(null, null, null, Map.of(), url, true);
            }
            url = Optional.of(urlOption(option, url));
        }
        if (rest.size() < 3) {
            throw usage(
                    rest.isEmpty()
                            ? "No arguments given."
                            : "Too few arguments: expected <userkey> <password> <command>.");
        }
        String userKey = rest.get(0);
        if (!userKey.matches("[0-9]{1,18}")) {
            throw usage("Invalid user key '" + userKey + "': the user key is a number (e.g. 1000), not the user ID.");
        }
        String password = rest.get(1);
        Command command =
                Command.byName(rest.get(2)).orElseThrow(() -> usage("Unknown command '" + rest.get(2) + "'."));
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String arg : rest.subList(3, rest.size())) {
            if (arg.startsWith("--")) {
                url = Optional.of(urlOption(arg, url));
            } else if (command.file().isPresent()) {
                if (arguments.containsKey(Command.FILE)) {
                    throw usage(command.commandName() + " takes one file, <"
                            + command.file().get() + ">, not also '" + arg + "'.");
                }
                arguments.put(Command.FILE, arg);
            } else {
                keyValue(command, arg, arguments);
            }
        }
        if (command.file().isPresent()
                && (arguments.get(Command.FILE) == null
                        || arguments.get(Command.FILE).isBlank())) {
            throw usage("Missing file argument <" + command.file().get() + "> for " + command.commandName() + ".");
        }
        for (Command.Parameter p : command.parameters()) {
            String value = arguments.get(p.name());
            if (!p.optional() && (value == null || (value.isBlank() && !p.mayBeEmpty()))) {
                throw usage("Missing argument '" + p.name() + "=<...>' for " + command.commandName() + ".");
            }
            if (p.optional() && value != null && value.isBlank()) {
                throw usage("Argument '" + p.name() + "' is empty; leave it out or give a value.");
            }
        }
        ArgumentRules.check(command, arguments);
        return new Invocation(userKey, password, command, Map.copyOf(arguments), url, false);
    }

    private static void keyValue(Command command, String arg, Map<String, String> arguments) throws CliException {
        int eq = arg.indexOf('=');
        if (eq <= 0) {
            throw usage("Argument '" + arg + "' is not of the form key=value.");
        }
        String typed = arg.substring(0, eq);
        String name = command.parameter(typed)
                .map(Command.Parameter::name)
                .orElseThrow(() -> usage("Unknown argument '" + typed
                        + "' for " + command.commandName()
                        + (command.parameters().isEmpty()
                                ? " (it takes none)."
                                : "; expected: " + String.join(", ", command.parameterNames()) + ".")));
        if (arguments.containsKey(name)) {
            throw usage("Duplicate argument '" + name + "'.");
        }
        arguments.put(name, arg.substring(eq + 1));
    }

    private static String urlOption(String option, Optional<String> previous) throws CliException {
        if (!option.startsWith(URL_OPTION)) {
            throw usage("Unknown option '" + option + "'.");
        }
        if (previous.isPresent()) {
            throw usage("Duplicate option '--url'.");
        }
        return option.substring(URL_OPTION.length());
    }

    static CliException usage(String message) {
        return new CliException(ExitCode.USAGE, message);
    }

    /** The usage text listing every command. */
    public static String usageText() {
        StringBuilder b = new StringBuilder();
        b.append(
                "Usage: java -jar bss-operator-client.jar [--url=<BSS URL>] <userkey> <password> <command> [key=value ... | <file>]\n");
        b.append("Commands:\n");
        for (Command c : Command.values()) {
            b.append("  ")
                    .append(c.synopsis())
                    .append("\n      ")
                    .append(c.description())
                    .append('\n');
        }
        b.append(
                "Server URL: --url=, else env BSS_URL, else bss.url in operator-client.properties (working directory,\n");
        b.append("then next to the jar), else http://localhost:8080.\n");
        b.append("Exit codes: 0 ok, 1 other error, 2 usage, 3 authentication failed, 4 not permitted,\n");
        b.append("            5 rejected (validation / not found), 6 server unreachable.\n");
        return b.toString();
    }
}
