package org.bss.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import org.bss.common.ValidationException;

/**
 * An export period (AUD-3): from and to are inclusive calendar days in the platform's time zone, so the period
 * is [start of from, start of the day after to). Dates are written YYYY-MM-DD.
 */
public record AuditPeriod(Instant start, Instant endExclusive) {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    /** YYYY-MM-DD literally: the formatter alone would also take "+999999999-12-31". */
    private static final Pattern DATE_FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The days a period may name, whichever adapter read them (the database stores no others). */
    static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /**
     * The one check of a period for every surface.
     *
     * @throws ValidationException audit.period.missing when a date is absent, audit.date.invalid when a day is before
     *     0001-01-01 or after 9999-12-31, audit.period.reversed when from is after to
     */
    public static AuditPeriod of(LocalDate from, LocalDate to, ZoneId zone) {
        if (from == null || to == null) {
            throw new ValidationException("audit.period.missing");
        }
        for (LocalDate day : new LocalDate[] {from, to}) {
            if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
                throw new ValidationException("audit.date.invalid", day.toString());
            }
        }
        if (from.isAfter(to)) {
            throw new ValidationException("audit.period.reversed", from.toString(), to.toString());
        }
        return new AuditPeriod(
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** A date as the CLI and the portal take it (YYYY-MM-DD). @throws ValidationException audit.date.invalid */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("audit.period.missing");
        }
        if (!DATE_FORM.matcher(text.trim()).matches()) {
            throw new ValidationException("audit.date.invalid", text);
        }
        try {
            return LocalDate.parse(text.trim(), DATE);
        } catch (DateTimeParseException e) {
            throw new ValidationException("audit.date.invalid", text);
        }
    }

    /**
     * The cap of AUDIT_LOG_MAX_ENTRIES_RETRIEVED (B.4.2): more entries than allowed asks the caller to narrow the period.
     * @throws ValidationException audit.tooManyEntries
     */
    public static void checkCount(long count, long max) {
        if (count > max) {
            throw new ValidationException("audit.tooManyEntries", String.valueOf(count), String.valueOf(max));
        }
    }
}
