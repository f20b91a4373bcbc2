package org.bss.billing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bss.billing.result.UserFactor;
import org.bss.billing.time.Fraction;
import org.bss.billing.time.Span;
import org.bss.billing.time.Spans;

/**
 * The factors of one usage (sorted disjoint spans) for one price model and period: the period factor, each
 * assigned user's factor and their sum, and (on demand) each role's factor. Shared by the price model and
 * its parameters and options, which mostly run over the same usage.
 */
final class UsageFactors {
    private final FactorCalculator calc;
    private final Assignments assignments;
    private final List<Span> usage;
    private final Fraction period;
    private final List<UserFactor> users;
    private final Fraction usersSum;
    private final Map<String, Fraction> roles = new HashMap<>(4);

    UsageFactors(FactorCalculator calc, Assignments assignments, List<Span> usage) {
        this.calc = calc;
        this.assignments = assignments;
        this.usage = Spans.clip(usage, calc.window());
        this.period = calc.factor(this.usage);
        List<UserFactor> factors = new ArrayList<>(assignments.userCount());
        Fraction sum = Fraction.ZERO;
        for (String user : assignments.users()) {
            Fraction f = calc.factor(Spans.intersect(assignments.spans(user), this.usage));
            if (!f.isZero()) {
                factors.add(new UserFactor(user, f));
                sum = sum.plus(f);
            }
        }
        this.users = List.copyOf(factors);
        this.usersSum = sum;
    }

    Fraction period() {
        return period;
    }

    /** Each user's factor over the time they were assigned while the usage ran; users with 0 left out. */
    List<UserFactor> users() {
        return users;
    }

    Fraction usersSum() {
        return usersSum;
    }

    /** Σ over users of the time they held {@code roleId} while the usage ran. */
    Fraction role(String roleId) {
        Fraction f = roles.get(roleId);
        if (f == null) {
            f = Fraction.ZERO;
            for (String user : assignments.users()) {
                f = f.plus(calc.factor(Spans.intersect(assignments.spans(user, roleId), usage)));
            }
            roles.put(roleId, f);
        }
        return f;
    }
}
