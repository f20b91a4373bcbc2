package org.bss.billing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
    /** The usage as given, and clipped to the window. */
    private final List<Span> given;

    private final List<Span> usage;
    private final Fraction period;
    private final List<UserFactor> users;
    private final Fraction usersSum;
    /** Role factors computed so far: role ids and their factors at the same positions (a few roles). */
    private final List<String> roleIds = new ArrayList<>(4);

    private final List<Fraction> roleFactors = new ArrayList<>(4);

    UsageFactors(FactorCalculator calc, Assignments assignments, List<Span> usage) {
        this.calc = calc;
        this.assignments = assignments;
        this.given = usage;
        this.usage = Spans.clip(usage, calc.window());
        this.period = calc.factor(this.usage);
        List<UserFactor> factors = new ArrayList<>(assignments.users().size());
        Fraction sum = Fraction.ZERO;
        for (Assignments.UserTime user : assignments.users()) {
            Fraction f = factorWhile(user.spans());
            if (!f.isZero()) {
                factors.add(new UserFactor(user.userId(), f));
                sum = sum.plus(f);
            }
        }
        this.users = Collections.unmodifiableList(factors); // part of the result
        this.usersSum = sum;
    }

    /** Whether these are the factors of {@code other} (the same spans). */
    boolean isOf(List<Span> other) {
        return given == other || given.equals(other);
    }

    /** The factor of the usage while {@code held} (sorted disjoint spans); the period factor if held throughout. */
    private Fraction factorWhile(List<Span> held) {
        if (usage.isEmpty()) {
            return Fraction.ZERO;
        }
        long from = usage.get(0).start();
        long to = usage.get(usage.size() - 1).end();
        for (int i = 0; i < held.size(); i++) {
            Span h = held.get(i);
            if (h.start() <= from && to <= h.end()) { // the usual case: assigned before the usage began, still
                return period;
            }
        }
        return calc.factor(Spans.intersect(held, usage));
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
        int i = roleIds.indexOf(roleId);
        if (i >= 0) {
            return roleFactors.get(i);
        }
        Fraction f = Fraction.ZERO;
        for (Assignments.UserTime user : assignments.users()) {
            List<Span> held = user.spans(roleId);
            if (!held.isEmpty()) {
                f = f.plus(factorWhile(held));
            }
        }
        roleIds.add(roleId);
        roleFactors.add(f);
        return f;
    }
}
