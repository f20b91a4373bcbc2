package org.bss.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The operator commands with their key=value parameters (REFERENCE C.2; exact names as in the guide). */
public enum Command {
    GETCONFIGURATIONSETTINGS(List.of(), List.of(), "show the current configuration settings, one KEY=value per line"),
    SAVECONFIGURATIONSETTING(List.of("settingKey", "settingValue"), List.of("settingValue"),
            "set one configuration setting (an empty settingValue unsets an optional one)"),
    ADDCURRENCY(List.of("currencyISOCode"), List.of(), "add a supported ISO 4217 currency, e.g. JPY");

    private final List<String> parameters;
    private final List<String> mayBeEmpty;
    private final String description;

    Command(List<String> parameters, List<String> mayBeEmpty, String description) {
        this.parameters = parameters;
        this.mayBeEmpty = mayBeEmpty;
        this.description = description;
    }

    /** The name typed on the command line. */
    public String commandName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<String> parameters() {
        return parameters;
    }

    public boolean mayBeEmpty(String parameter) {
        return mayBeEmpty.contains(parameter);
    }

    public String description() {
        return description;
    }

    /** The parameter name as declared, matched case-insensitively. */
    public Optional<String> parameter(String typed) {
        return parameters.stream().filter(p -> p.equalsIgnoreCase(typed)).findFirst();
    }

    public static Optional<Command> byName(String typed) {
        for (Command c : values()) {
            if (c.commandName().equalsIgnoreCase(typed)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** One line per command: name and parameters. */
    public String synopsis() {
        StringBuilder b = new StringBuilder(commandName());
        for (String p : parameters) {
            b.append(' ').append(p).append("=<").append(p.equals("settingKey") ? "key" : p.equals("settingValue") ? "value" : "ISO code").append('>');
        }
        return b.toString();
    }
}
