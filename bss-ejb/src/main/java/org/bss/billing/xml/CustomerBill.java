package org.bss.billing.xml;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.bss.billing.result.BillingResult;

/** One customer's results for one period: what one {@code BillingDetails} element shows. key may be null. */
public record CustomerBill(
        Long key, Customer customer, Instant periodStart, Instant periodEnd, ZoneId zone, List<BillingResult> results) {
    public CustomerBill {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(periodStart, "period start");
        Objects.requireNonNull(periodEnd, "period end");
        Objects.requireNonNull(zone, "zone");
        results = List.copyOf(results);
        if (results.isEmpty()) {
            throw new IllegalArgumentException("a bill of customer '" + customer.id() + "' needs a subscription");
        }
        String currency = results.get(0).currency();
        for (BillingResult r : results) {
            if (!r.currency().equals(currency)) {
                throw new IllegalArgumentException("bill of customer '" + customer.id() + "' mixes currencies "
                        + currency + " and " + r.currency() + " (subscription '" + r.subscriptionId() + "')");
            }
        }
    }

    public String currency() {
        return results.get(0).currency();
    }
}
