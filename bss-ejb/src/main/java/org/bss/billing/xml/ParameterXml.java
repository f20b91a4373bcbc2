package org.bss.billing.xml;

import static org.bss.billing.xml.BillingXmlNames.*;

import org.bss.billing.result.OptionCharge;
import org.bss.billing.result.ParameterCharge;
import org.bss.billing.time.PeriodUnit;

/** One {@code Parameter} element: one parameter while it had one value. */
final class ParameterXml {
    private ParameterXml() {}

    static void write(XmlOut x, PeriodUnit unit, ParameterCharge p) {
        x.start(PARAMETER).attr(ID, p.parameterId());
        x.period(PARAMETER_USAGE_PERIOD, p.usageStart(), p.usageEnd());
        x.empty(PARAMETER_VALUE)
                .attr(AMOUNT, p.value() == null ? "" : p.value())
                .attr(TYPE, p.type());
        OptionCharge o = p.option();
        if (o != null) {
            x.start(OPTIONS).start(OPTION).attr(ID, o.optionId());
            PriceModelXml.periodFee(x, unit, o.periodFee());
            x.start(USER_ASSIGNMENT_COSTS)
                    .attr(BASE_PERIOD, unit)
                    .decimal(BASE_PRICE, o.userFee().basePrice())
                    .factor(FACTOR, o.userFee().factor())
                    .decimal(TOTAL, o.userTotal())
                    .decimal(PRICE, o.userFee().amount());
            PriceModelXml.roleCosts(
                    x, o.roles(), o.userTotal().subtract(o.userFee().amount()));
            x.end();
            x.empty(OPTION_COSTS).decimal(AMOUNT, o.amount());
            x.end();
            x.end();
        } else {
            boolean stepped = p.stepped() != null;
            if (stepped) {
                x.start(PERIOD_FEE);
            } else {
                x.empty(PERIOD_FEE);
            }
            x.attr(BASE_PERIOD, unit)
                    .decimal(BASE_PRICE, p.periodFee().basePrice())
                    .factor(FACTOR, p.periodFee().factor())
                    .decimal(PRICE, p.periodFee().amount())
                    .factor(VALUE_FACTOR, p.valueFactor());
            if (stepped) {
                PriceModelXml.stepped(x, p.stepped());
                x.end();
            }
            if (p.userFee().factor().signum() > 0) {
                boolean roles = !p.roles().isEmpty();
                if (roles) {
                    x.start(USER_ASSIGNMENT_COSTS);
                } else {
                    x.empty(USER_ASSIGNMENT_COSTS);
                }
                x.attr(BASE_PERIOD, unit)
                        .decimal(BASE_PRICE, p.userFee().basePrice())
                        .factor(FACTOR, p.userFee().factor())
                        .decimal(PRICE, p.userFee().amount())
                        .decimal(TOTAL, p.userTotal())
                        .factor(VALUE_FACTOR, p.valueFactor());
                if (roles) {
                    PriceModelXml.roleCosts(
                            x, p.roles(), p.userTotal().subtract(p.userFee().amount()));
                    x.end();
                }
            }
        }
        x.empty(PARAMETER_COSTS).decimal(AMOUNT, p.amount());
        x.end();
    }
}
