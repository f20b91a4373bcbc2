package org.bss.billing.xml;

import java.util.List;

import org.bss.billing.input.SteppedPrice;
import org.bss.billing.result.ChargeLine;
import org.bss.billing.result.EventCharge;
import org.bss.billing.result.ParameterCharge;
import org.bss.billing.result.PriceModelCharge;
import org.bss.billing.result.RoleCharge;
import org.bss.billing.result.SteppedCharge;
import org.bss.billing.result.UserCharges;
import org.bss.billing.result.UserFactor;
import org.bss.billing.time.PeriodUnit;

/** The {@code PriceModel} element, children in the order of the original format. */
final class PriceModelXml {
    private PriceModelXml() {
    }

    static void write(XmlOut x, PriceModelCharge pm) {
        x.start("PriceModel").attr("id", pm.priceModelId()).attr("serviceId", pm.serviceId())
                .attr("calculationMode", pm.type());
        x.period("UsagePeriod", pm.usageStart(), pm.usageEnd());
        if (!pm.events().isEmpty()) {
            events(x, pm);
        }
        periodFee(x, pm.unit(), pm.periodFee());
        if (pm.users() != null) {
            users(x, pm.unit(), pm.users());
        }
        if (pm.oneTimeFee() != null) {
            x.empty("OneTimeFee").decimal("amount", pm.oneTimeFee().amount())
                    .decimal("baseAmount", pm.oneTimeFee().basePrice()).attr("factor", 1L);
        }
        if (!pm.parameters().isEmpty()) {
            x.start("Parameters");
            for (ParameterCharge p : pm.parameters()) {
                ParameterXml.write(x, pm.unit(), p);
            }
            x.empty("ParametersCosts").decimal("amount", pm.parametersAmount());
            x.end();
        }
        x.empty("PriceModelCosts").attr("currency", pm.currency()).decimal("amount", pm.total());
        x.end();
    }

    static void periodFee(XmlOut x, PeriodUnit unit, ChargeLine fee) {
        x.empty("PeriodFee").attr("basePeriod", unit).decimal("basePrice", fee.basePrice())
                .factor("factor", fee.factor()).decimal("price", fee.amount());
    }

    static void roleCosts(XmlOut x, List<RoleCharge> roles, java.math.BigDecimal total) {
        if (roles.isEmpty()) {
            return;
        }
        x.start("RoleCosts").decimal("total", total);
        for (RoleCharge r : roles) {
            x.empty("RoleCost").attr("id", r.roleId()).decimal("basePrice", r.basePrice())
                    .factor("factor", r.factor()).decimal("price", r.amount());
        }
        x.end();
    }

    static void stepped(XmlOut x, SteppedCharge s) {
        x.start("SteppedPrices").decimal("amount", s.amount());
        for (int i = 0; i < s.steps().size(); i++) {
            SteppedPrice step = s.steps().get(i);
            // the format's additionalPrice has 2 fraction digits at most; our inputs are validated money
            x.empty("SteppedPrice").decimal("additionalPrice", step.additionalPrice())
                    .decimal("basePrice", step.price()).attr("freeAmount", step.freeEntityCount())
                    .attr("limit", step.limit() == null ? "null" : null);
            if (step.limit() != null) {
                x.attr("limit", step.limit().longValue());
            }
            if (i == s.appliedStep()) {
                x.decimal("stepAmount", s.stepAmount()).factor("stepEntityCount", s.stepEntityCount());
            }
        }
        x.end();
    }

    private static void users(XmlOut x, PeriodUnit unit, UserCharges u) {
        x.start("UserAssignmentCosts").attr("basePeriod", unit).decimal("basePrice", u.basePrice())
                .factor("factor", u.factor()).attr("numberOfUsersTotal", u.users().size())
                .decimal("total", u.total()).decimal("price", u.usersAmount());
        for (UserFactor f : u.users()) {
            x.empty("UserAssignmentCostsByUser").factor("factor", f.factor()).attr("userId", f.userId());
        }
        roleCosts(x, u.roles(), u.rolesAmount());
        if (u.stepped() != null) {
            stepped(x, u.stepped());
        }
        x.end();
    }

    private static void events(XmlOut x, PriceModelCharge pm) {
        x.start("GatheredEvents");
        for (EventCharge e : pm.events()) {
            x.start("Event").attr("id", e.eventId());
            if (e.stepped() != null) {
                stepped(x, e.stepped());
            } else {
                x.empty("SingleCost").decimal("amount", e.singleCost());
            }
            x.empty("NumberOfOccurrence").attr("amount", e.occurrences());
            x.empty("CostForEventType").decimal("amount", e.amount());
            x.end();
        }
        x.empty("GatheredEventsCosts").decimal("amount", pm.eventsAmount());
        x.end();
    }
}
