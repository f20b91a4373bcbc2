package org.bss.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bss.billing.input.BillingInput;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricingType;
import org.bss.billing.input.SubscriptionState;
import org.bss.billing.result.BillingResult;
import org.bss.billing.time.Fraction;
import org.bss.billing.time.PeriodUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the engine over generated cases, in plain JUnit 5: each case comes from a
 * {@link java.util.Random} with a fixed seed (printed once), and its {@code toString} (shown as the test's
 * display name and in every assertion message) is the whole generated case, so a failure can be replayed.
 */
class BillingPropertiesTest {
    static final long SEED = 20130101L;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final long BASE = Instant.parse("2013-01-01T00:00:00Z").toEpochMilli();
    private static final long DAY = 86_400_000L;
    private static final PeriodUnit[] UNITS = PeriodUnit.values();
    private static final BillingEngine ENGINE = new BillingEngine();

    @BeforeAll
    static void printSeed() {
        System.out.println("BillingPropertiesTest seed = " + SEED);
    }

    /** A split of [start, start + 60 days) at {@code cut}, usage [BASE + from, BASE + from + length). */
    record SplitCase(PeriodUnit unit, long from, long length, long cut) {}

    /** Usage [BASE + from, + length) grown by {@code more} at the start (side 0) or at the end (side 1). */
    record GrowthCase(PeriodUnit unit, long from, long length, long more, int side) {}

    /** {@code months} whole months from January 2010 + {@code startMonth}. */
    record MonthsCase(int months, int startMonth) {}

    static Stream<SplitCase> splitCases() {
        return cases(
                300,
                1,
                r -> new SplitCase(
                        UNITS[r.nextInt(UNITS.length)],
                        between(r, 0, 60 * DAY),
                        between(r, 1, 60 * DAY),
                        between(r, 1, 60 * DAY - 1)));
    }

    static Stream<GrowthCase> growthCases() {
        return cases(
                300,
                2,
                r -> new GrowthCase(
                        UNITS[r.nextInt(UNITS.length)],
                        between(r, 0, 40 * DAY),
                        between(r, 1, 30 * DAY),
                        between(r, 0, 10 * DAY),
                        r.nextInt(2)));
    }

    static Stream<MonthsCase> monthsCases() {
        return cases(200, 3, r -> new MonthsCase(1 + r.nextInt(24), r.nextInt(121)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splitCases")
    void splittingAPeriodNeverChangesAProRataFactor_andTheTotalOnlyByRounding(SplitCase c) {
        PriceModel pm = model(PricingType.PRO_RATA, c.unit());
        long start = BASE;
        long end = BASE + 60 * DAY;
        long usageFrom = BASE + c.from();
        long usageTo = usageFrom + c.length();
        BillingResult whole = bill(pm, start, end, usageFrom, usageTo);
        BillingResult first = bill(pm, start, start + c.cut(), usageFrom, usageTo);
        BillingResult second = bill(pm, start + c.cut(), end, usageFrom, usageTo);

        assertThat(factor(first).plus(factor(second))).as("%s", c).isEqualTo(factor(whole));
        assertThat(net(first).add(net(second)).subtract(net(whole)).abs())
                .as("%s", c)
                .isLessThanOrEqualTo(new BigDecimal("0.01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("growthCases")
    void perUnitTotalsNeverDecreaseWhenUsageGrows(GrowthCase c) {
        PriceModel pm = model(PricingType.PER_UNIT, c.unit());
        long start = BASE + 10 * DAY;
        long end = BASE + 41 * DAY;
        long usageFrom = BASE + c.from();
        long usageTo = usageFrom + c.length();
        BillingResult small = bill(pm, start, end, usageFrom, usageTo);
        BillingResult large = c.side() == 0
                ? bill(pm, start, end, usageFrom - c.more(), usageTo)
                : bill(pm, start, end, usageFrom, usageTo + c.more());

        assertThat(factor(large)).as("%s", c).isGreaterThanOrEqualTo(factor(small));
        assertThat(net(large)).as("%s", c).isGreaterThanOrEqualTo(net(small));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("monthsCases")
    void proRataFactorOfAFullPeriodInMonthUnitsIsTheNumberOfMonths(MonthsCase c) {
        YearMonth ym = YearMonth.of(2010, 1).plusMonths(c.startMonth());
        long start = ym.atDay(1).atStartOfDay(ZONE).toInstant().toEpochMilli();
        long end = ym.plusMonths(c.months())
                .atDay(1)
                .atStartOfDay(ZONE)
                .toInstant()
                .toEpochMilli();

        assertThat(factor(bill(model(PricingType.PRO_RATA, PeriodUnit.MONTH), start, end, start, end)))
                .as("%s", c)
                .isEqualTo(Fraction.of(c.months()));
    }

    /** {@code count} cases from the fixed seed (plus a per-property salt, so the properties differ). */
    private static <T> Stream<T> cases(int count, long salt, Function<Random, T> generator) {
        Random r = new Random(SEED * 31 + salt);
        List<T> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(generator.apply(r));
        }
        return out.stream();
    }

    /** Uniform in [min, max]. */
    private static long between(Random r, long min, long max) {
        return min + (long) (r.nextDouble() * (max - min + 1));
    }

    private static PriceModel model(PricingType type, PeriodUnit unit) {
        return PriceModel.builder("pm", type, unit, "EUR")
                .pricePerPeriod("97.13")
                .build();
    }

    private static BillingResult bill(PriceModel pm, long periodStart, long periodEnd, long from, long to) {
        BillingInput in = BillingInput.builder(
                        "s", Instant.ofEpochMilli(periodStart), Instant.ofEpochMilli(periodEnd), ZONE)
                .priceModel(pm)
                .state(SubscriptionState.active(Instant.ofEpochMilli(from), "pm"))
                .state(SubscriptionState.terminated(Instant.ofEpochMilli(to)))
                .build();
        return ENGINE.calculate(in).orElse(null);
    }

    private static Fraction factor(BillingResult r) {
        return r == null ? Fraction.ZERO : r.priceModels().get(0).periodFee().factor();
    }

    private static BigDecimal net(BillingResult r) {
        return r == null ? BigDecimal.ZERO : r.net();
    }
}
