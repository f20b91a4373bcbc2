package org.bss.billing.xml;

import static org.bss.billing.xml.BillingXmlNames.*;

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
    private PriceModelXml() {}

    static void write(XmlOut x, PriceModelCharge pm) {
        x.start(PRICE_MODEL)
                .attr(ID, pm.priceModelId())
                .attr(SERVICE_ID, pm.serviceId())
                .attr(CALCULATION_MODE, pm.type());
        x.period(USAGE_PERIOD, pm.usageStart(), pm.usageEnd());
        if (!pm.events().isEmpty()) {
            events(x, pm);
        }
        periodFee(x, pm.unit(), pm.periodFee());
        if (pm.users() != null) {
            users(x, pm.unit(), pm.users());
        }
        if (pm.oneTimeFee() != null) {
            x.empty(ONE_TIME_FEE)
                    .decimal(AMOUNT, pm.oneTimeFee().amount())
                    .decimal(BASE_AMOUNT, pm.oneTimeFee().basePrice())
                    .attr(FACTOR, 1L);
        }
        if (!pm.parameters().isEmpty()) {
            x.start(PARAMETERS);
            for (ParameterCharge p : pm.parameters()) {
                ParameterXml.write(x, pm.unit(), p);
            }
            x.empty(PARAMETERS_COSTS).decimal(AMOUNT, pm.parametersAmount());
            x.end();
        }
        x.empty(PRICE_MODEL_COSTS).attr(CURRENCY, pm.currency()).decimal(AMOUNT, pm.total());
        x.end();
    }

    static void periodFee(XmlOut x, PeriodUnit unit, ChargeLine fee) {
        x.empty(PERIOD_FEE)
                .attr(BASE_PERIOD, unit)
                .decimal(BASE_PRICE, fee.basePrice())
                .factor(FACTOR, fee.factor())
                .decimal(PRICE, fee.amount());
    }

    static void roleCosts(XmlOut x, List<RoleCharge> roles, java.math.BigDecimal total) {
        if (roles.isEmpty()) {
            return;
        }
        x.start(ROLE_COSTS).decimal(TOTAL, total);
        for (RoleCharge r : roles) {
            x.empty(ROLE_COST)
                    .attr(ID, r.roleId())
                    .decimal(BASE_PRICE, r.basePrice())
                    .factor(FACTOR, r.factor())
                    .decimal(PRICE, r.amount());
        }
        x.end();
    }

    static void stepped(XmlOut x, SteppedCharge s) {
        x.start(STEPPED_PRICES).decimal(AMOUNT, s.amount());
        for (int i = 0; i < s.steps().size(); i++) {
            SteppedPrice step = s.steps().get(i);
            // the format's additionalPrice has 2 fraction digits at most; our inputs are validated money
            x.empty(STEPPED_PRICE)
                    .decimal(ADDITIONAL_PRICE, step.additionalPrice())
                    .decimal(BASE_PRICE, step.price())
                    .attr(FREE_AMOUNT, step.freeEntityCount())
                    .attr(LIMIT, step.limit() == null ? "null" : null);
            if (step.limit() != null) {
                x.attr(LIMIT, step.limit().longValue());
            }
            if (i == s.appliedStep()) {
                x.decimal(STEP_AMOUNT, s.stepAmount()).factor(STEP_ENTITY_COUNT, s.stepEntityCount());
            }
        }
        x.end();
    }

    private static void users(XmlOut x, PeriodUnit unit, UserCharges u) {
        x.start(USER_ASSIGNMENT_COSTS)
                .attr(BASE_PERIOD, unit)
                .decimal(BASE_PRICE, u.basePrice())
                .factor(FACTOR, u.factor())
                .attr(NUMBER_OF_USERS_TOTAL, u.users().size())
                .decimal(TOTAL, u.total())
                .decimal(PRICE, u.usersAmount());
        for (UserFactor f : u.users()) {
            x.empty(USER_ASSIGNMENT_COSTS_BY_USER).factor(FACTOR, f.factor()).attr(USER_ID, f.userId());
        }
        roleCosts(x, u.roles(), u.rolesAmount());
        if (u.stepped() != null) {
            stepped(x, u.stepped());
        }
        x.end();
    }

    private static void events(XmlOut x, PriceModelCharge pm) {
        x.start(GATHERED_EVENTS);
        for (EventCharge e : pm.events()) {
            x.start(EVENT).attr(ID, e.eventId());
            if (e.stepped() != null) {
                stepped(x, e.stepped());
            } else {
                x.empty(SINGLE_COST).decimal(AMOUNT, e.singleCost());
            }
            x.empty(NUMBER_OF_OCCURRENCE).attr(AMOUNT, e.occurrences());
            x.empty(COST_FOR_EVENT_TYPE).decimal(AMOUNT, e.amount());
            x.end();
        }
        x.empty(GATHERED_EVENTS_COSTS).decimal(AMOUNT, pm.eventsAmount());
        x.end();
    }
}
