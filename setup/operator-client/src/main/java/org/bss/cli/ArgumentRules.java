package org.bss.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;

/**
 * The form of argument values, checked before anything is sent (a usage error, exit 2): dates YYYY-MM-DD with
 * from not after to, comma lists without spaces or empty entries, a decimal revenue share. Which roles, payment
 * types or percentages are allowed is the server's rule (a rejected call, exit 5).
 */
final class ArgumentRules {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private ArgumentRules() {}

    static void check(Command command, Map<String, String> arguments) throws CliException {
        switch (command) {
            case GETUSEROPERATIONLOG -> {
                LocalDate from = date("from", arguments.get("from"));
                LocalDate to = date("to", arguments.get("to"));
                if (from.isAfter(to)) {
                    throw Invocation.usage("The start date from=" + from + " is after the end date to=" + to + ".");
                }
            }
            case ADDORGANIZATIONTOROLE -> {
                list("role", arguments.get("role"));
                String share = arguments.get("operatorrevshare");
                if (share != null && !share.matches("[0-9]+(\\.[0-9]+)?")) {
                    throw Invocation.usage("operatorrevshare=" + share + " is not a percentage such as 15 or 12.5.");
                }
            }
            case ADDAVAILABLEPAYMENTTYPES -> list("paymenttypes", arguments.get("paymenttypes"));
            default -> {
                // no value rules
            }
        }
    }

    /** A date YYYY-MM-DD, four digits of year (the formatter alone would also take "+999999999-12-31"). */
    static LocalDate date(String name, String value) throws CliException {
        if (value == null || !value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw Invocation.usage(name + "=" + value + " is not a date of the form YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw Invocation.usage(name + "=" + value + " is not a date of the form YYYY-MM-DD.");
        }
    }

    /** A comma list without spaces or empty entries (the guide's form for roles and payment types). */
    static List<String> list(String name, String value) throws CliException {
        List<String> items = List.of(value.split(",", -1));
        if (value.chars().anyMatch(Character::isWhitespace) || items.stream().anyMatch(String::isEmpty)) {
            throw Invocation.usage(
                    name + "=" + value + " must be a comma-separated list without spaces or empty entries, e.g. "
                            + (name.equals("role") ? "SUPPLIER,TECHNOLOGY_PROVIDER" : "INVOICE,CREDIT_CARD") + ".");
        }
        return items;
    }

    /** The revenue share as sent, or null. */
    static BigDecimal share(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
