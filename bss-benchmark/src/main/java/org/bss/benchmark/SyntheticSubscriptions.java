package org.bss.benchmark;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.bss.billing.input.BillingInput;
import org.bss.billing.input.Discount;
import org.bss.billing.input.GatheredEvent;
import org.bss.billing.input.ParameterType;
import org.bss.billing.input.ParameterValue;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricedEvent;
import org.bss.billing.input.PricedOption;
import org.bss.billing.input.PricedParameter;
import org.bss.billing.input.PricingType;
import org.bss.billing.input.SteppedPrice;
import org.bss.billing.input.SubscriptionState;
import org.bss.billing.input.UserAssignment;
import org.bss.billing.input.VatRates;
import org.bss.billing.time.PeriodUnit;

/** Seeded synthetic subscriptions of mixed price models, users, parameters and events; December 2012. */
public final class SyntheticSubscriptions {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant START = at("2012-12-01T00:00");
    static final Instant END = at("2013-01-01T00:00");
    private static final PricingType[] TYPES = {
        PricingType.PRO_RATA,
        PricingType.PRO_RATA,
        PricingType.PER_UNIT,
        PricingType.PER_UNIT,
        PricingType.FREE_OF_CHARGE
    };
    private static final PeriodUnit[] UNITS = {
        PeriodUnit.MONTH, PeriodUnit.MONTH, PeriodUnit.WEEK, PeriodUnit.DAY, PeriodUnit.HOUR
    };
    private static final String[] ROLES = {"ADMIN", "USER", "GUEST"};

    private SyntheticSubscriptions() {}

    static Instant at(String s) {
        return LocalDateTime.parse(s).atZone(ZONE).toInstant();
    }

    public static List<BillingInput> generate(int count, long seed) {
        Random rnd = new Random(seed);
        List<BillingInput> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            inputs.add(one(i, rnd));
        }
        return inputs;
    }

    /** Counts of what the inputs contain, to show the workload's mix beside the figures. */
    static String describe(List<BillingInput> inputs) {
        Map<String, Integer> models = new TreeMap<>();
        long users = 0;
        long values = 0;
        long events = 0;
        int discounts = 0;
        int changes = 0;
        for (BillingInput in : inputs) {
            for (PriceModel pm : in.priceModels()) {
                models.merge(
                        pm.type() + "/" + pm.unit() + (pm.userSteps().isEmpty() ? "" : "/stepped-users"),
                        1,
                        Integer::sum);
            }
            users += in.userAssignments().size();
            values += in.parameterValues().size();
            events += in.events().size();
            discounts += in.discount() == null ? 0 : 1;
            changes += in.history().size() > 1 ? 1 : 0;
        }
        return String.format(
                Locale.ROOT,
                "price models %s; per subscription %.2f user assignments, %.2f parameter"
                        + " values, %.2f event records; %d%% with upgrade or suspend/resume, %d%% with discount",
                models,
                (double) users / inputs.size(),
                (double) values / inputs.size(),
                (double) events / inputs.size(),
                100 * changes / inputs.size(),
                100 * discounts / inputs.size());
    }

    private static BillingInput one(int i, Random rnd) {
        BillingInput.Builder b = BillingInput.builder("sub-" + i, START, END, ZONE);
        PriceModel first = model("pm-a-" + i, rnd);
        b.priceModel(first);
        long startMs = START.toEpochMilli() - rnd.nextInt(40) * 86_400_000L + rnd.nextInt(86_400_000);
        Instant begin = Instant.ofEpochMilli(startMs);
        b.state(SubscriptionState.active(begin, first.id()));
        Instant mid = START.plusSeconds(86_400L * (5 + rnd.nextInt(20)));
        if (rnd.nextInt(4) == 0) { // upgrade mid-period
            PriceModel second = model("pm-b-" + i, rnd);
            b.priceModel(second).state(SubscriptionState.active(mid, second.id()));
        } else if (rnd.nextInt(6) == 0) { // suspend and resume
            b.state(SubscriptionState.suspended(mid, first.id()))
                    .state(SubscriptionState.active(mid.plusSeconds(86_400L * 2), first.id()));
        }
        int users = rnd.nextInt(8);
        for (int u = 0; u < users; u++) {
            Instant from = begin.plusSeconds(rnd.nextInt(20) * 86_400L);
            b.user(new UserAssignment(
                    "u" + u,
                    ROLES[rnd.nextInt(ROLES.length)],
                    from,
                    rnd.nextBoolean() ? null : from.plusSeconds(86_400L * (1 + rnd.nextInt(30)))));
        }
        b.parameterValue(new ParameterValue("disk", begin, Integer.toString(rnd.nextInt(100))));
        if (rnd.nextBoolean()) {
            b.parameterValue(new ParameterValue("disk", mid.plusSeconds(3600), Integer.toString(rnd.nextInt(100))));
        }
        b.parameterValue(new ParameterValue("backup", begin, Boolean.toString(rnd.nextBoolean())));
        b.parameterValue(new ParameterValue("size", begin, rnd.nextBoolean() ? "S" : "L"));
        int events = rnd.nextInt(12);
        for (int e = 0; e < events; e++) {
            b.event(new GatheredEvent(
                    rnd.nextBoolean() ? "login" : "upload",
                    START.plusSeconds(rnd.nextInt(31 * 86_400)),
                    1 + rnd.nextInt(50)));
        }
        if (rnd.nextInt(3) == 0) {
            b.discount(new Discount(new BigDecimal("7.5"), START.minusSeconds(86_400L), null));
        }
        b.vatRates(new VatRates(null, new BigDecimal("19"), new BigDecimal("7")));
        return b.build();
    }

    private static PriceModel model(String id, Random rnd) {
        PriceModel.Builder m = PriceModel.builder(
                        id, TYPES[rnd.nextInt(TYPES.length)], UNITS[rnd.nextInt(UNITS.length)], "EUR")
                .serviceId("svc")
                .oneTimeFee("25.00")
                .pricePerPeriod(Integer.toString(rnd.nextInt(900)) + ".99")
                .pricePerUser("3.50")
                .rolePrice("ADMIN", "2.00")
                .rolePrice("USER", "1.00")
                .freePeriodDays(rnd.nextInt(3) == 0 ? 7 : 0)
                .parameter(PricedParameter.of(
                        "disk", ParameterType.INTEGER, new BigDecimal("0.05"), new BigDecimal("0.01")))
                .parameter(PricedParameter.of("backup", ParameterType.BOOLEAN, new BigDecimal("4.00"), null))
                .parameter(new PricedParameter(
                        "size",
                        ParameterType.ENUMERATION,
                        null,
                        null,
                        Map.of(),
                        List.of(),
                        List.of(
                                new PricedOption("S", new BigDecimal("5"), null, null),
                                new PricedOption("L", new BigDecimal("15"), new BigDecimal("1"), null))))
                .event(new PricedEvent("login", new BigDecimal("0.01"), null))
                .event(new PricedEvent(
                        "upload",
                        null,
                        List.of(
                                new SteppedPrice(100L, new BigDecimal("0.10"), 0, BigDecimal.ZERO),
                                new SteppedPrice(null, new BigDecimal("0.05"), 100, BigDecimal.TEN))));
        if (rnd.nextInt(4) == 0) {
            m.userStep(new SteppedPrice(5L, new BigDecimal("3.50"), 0, BigDecimal.ZERO))
                    .userStep(new SteppedPrice(null, new BigDecimal("2.50"), 5, new BigDecimal("17.50")));
        }
        return m.build();
    }
}
