package org.bss.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The operator commands with their key=value parameters (REFERENCE C.2; exact names as in the guide) or, for
 * createorganization and updateorganization, one file path. The user commands (lockuser, unlockuser,
 * resetpasswordforuser) go to IdentityService, the others to OperatorService.
 */
public enum Command {
    GETCONFIGURATIONSETTINGS(null, List.of(), "show the current configuration settings, one KEY=value per line"),
    SAVECONFIGURATIONSETTING(
            null,
            List.of(Parameter.required("settingKey", "key"), Parameter.mayBeEmpty("settingValue", "value")),
            "set one configuration setting (an empty settingValue unsets an optional one)"),
    ADDCURRENCY(
            null,
            List.of(Parameter.required("currencyISOCode", "ISO code")),
            "add a supported ISO 4217 currency, e.g. JPY"),
    RETRIEVETIMEREXPIRATIONS(
            null, List.of(), "show the next expiration of each timer (disabled timers are not listed)"),
    REINITTIMERS(null, List.of(), "re-initialise the timers from the current settings and show their new expirations"),
    GETUSEROPERATIONLOG(
            null,
            List.of(
                    Parameter.required("filename", "new file"),
                    Parameter.required("from", "YYYY-MM-DD"),
                    Parameter.required("to", "YYYY-MM-DD"),
                    Parameter.optional("userid", "user ID")),
            "write the audit log of the days from..to (inclusive) to a new file; userid= keeps one user's operations"),
    CREATEORGANIZATION(
            "org.properties",
            List.of(),
            "create an organization and its first administrator from a UTF-8 org.properties file; prints the ids and the initial password"),
    UPDATEORGANIZATION(
            "org.properties",
            List.of(),
            "update the organization named by organization.id in a UTF-8 org.properties file (roles, settings, marketplace id excluded)"),
    ADDORGANIZATIONTOROLE(
            null,
            List.of(
                    Parameter.required("orgid", "organization ID"),
                    Parameter.required("role", "role,role"),
                    Parameter.optional("operatorrevshare", "percent")),
            "add roles SUPPLIER, TECHNOLOGY_PROVIDER, RESELLER or BROKER (comma list, no spaces); SUPPLIER needs operatorrevshare"),
    SETDISTINGUISHEDNAME(
            null,
            List.of(Parameter.required("orgid", "organization ID"), Parameter.mayBeEmpty("distinguishedname", "DN")),
            "set the distinguished name of the organization's certificate callers (empty removes it)"),
    ADDAVAILABLEPAYMENTTYPES(
            null,
            List.of(Parameter.required("orgid", "organization ID"), Parameter.required("paymenttypes", "type,type")),
            "make payment types INVOICE, CREDIT_CARD, DIRECT_DEBIT (comma list, no spaces) available to a supplier or reseller"),
    LOCKUSER(
            null, List.of(Parameter.required("userid", "user ID")), "lock a user's account (the user is told by mail)"),
    UNLOCKUSER(
            null,
            List.of(Parameter.required("userid", "user ID")),
            "unlock a user's account and clear its failed logins (the user is told by mail)"),
    RESETPASSWORDFORUSER(
            null,
            List.of(Parameter.required("userid", "user ID")),
            "mail the user a temporary password that must be changed at the next login (also unlocks the account)");

    /** A key=value parameter: its name, the placeholder of the usage text, whether it may be left out or empty. */
    public record Parameter(String name, String placeholder, boolean optional, boolean mayBeEmpty) {
        static Parameter required(String name, String placeholder) {
            return new Parameter(name, placeholder, false, false);
        }

        static Parameter mayBeEmpty(String name, String placeholder) {
            return new Parameter(name, placeholder, false, true);
        }

        static Parameter optional(String name, String placeholder) {
            return new Parameter(name, placeholder, true, false);
        }
    }

    /** The name under which the file argument of a file command is kept in {@link Invocation#arguments()}. */
    public static final String FILE = "file";

    private final String file;
    private final List<Parameter> parameters;
    private final String description;

    Command(String file, List<Parameter> parameters, String description) {
        this.file = file;
        this.parameters = parameters;
        this.description = description;
    }

    /** The name typed on the command line. */
    public String commandName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The placeholder of the one file argument (e.g. org.properties), empty for key=value commands. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public List<String> parameterNames() {
        return parameters.stream().map(Parameter::name).toList();
    }

    public String description() {
        return description;
    }

    /** The parameter as declared, matched case-insensitively. */
    public Optional<Parameter> parameter(String typed) {
        return parameters.stream().filter(p -> p.name().equalsIgnoreCase(typed)).findFirst();
    }

    public static Optional<Command> byName(String typed) {
        for (Command c : values()) {
            if (c.commandName().equalsIgnoreCase(typed)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** One line per command: name and arguments; optional ones in brackets. */
    public String synopsis() {
        StringBuilder b = new StringBuilder(commandName());
        if (file != null) {
            b.append(" <").append(file).append('>');
        }
        for (Parameter p : parameters) {
            String one = p.name() + "=<" + p.placeholder() + ">";
            b.append(' ').append(p.optional() ? "[" + one + "]" : one);
        }
        return b.toString();
    }
}
