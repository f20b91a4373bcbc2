package org.bss.billing.xml;

import org.bss.billing.result.OptionCharge;
import org.bss.billing.result.ParameterCharge;
import org.bss.billing.time.PeriodUnit;

/** One {@code Parameter} element: one parameter while it had one value. */
final class ParameterXml {
    private ParameterXml() {
    }

    static void write(XmlOut x, PeriodUnit unit, ParameterCharge p) {
        x.start("Parameter").attr("id", p.parameterId());
        x.period("ParameterUsagePeriod", p.usageStart(), p.usageEnd());
        x.empty("ParameterValue").attr("amount", p.value() == null ? "" : p.value()).attr("type", p.type());
        OptionCharge o = p.option();
        if (o != null) {
            x.start("Options").start("Option").attr("id", o.optionId());
            PriceModelXml.periodFee(x, unit, o.periodFee());
            x.start("UserAssignmentCosts").attr("basePeriod", unit).decimal("basePrice", o.userFee().basePrice())
                    .factor("factor", o.userFee().factor()).decimal("total", o.userTotal())
                    .decimal("price", o.userFee().amount());
            PriceModelXml.roleCosts(x, o.roles(), o.userTotal().subtract(o.userFee().amount()));
            x.end();
            x.empty("OptionCosts").decimal("amount", o.amount());
            x.end();
            x.end();
        } else {
            boolean stepped = p.stepped() != null;
            if (stepped) {
                x.start("PeriodFee");
            } else {
                x.empty("PeriodFee");
            }
            x.attr("basePeriod", unit).decimal("basePrice", p.periodFee().basePrice())
                    .factor("factor", p.periodFee().factor()).decimal("price", p.periodFee().amount())
                    .factor("valueFactor", p.valueFactor());
            if (stepped) {
                PriceModelXml.stepped(x, p.stepped());
                x.end();
            }
            if (p.userFee().factor().signum() > 0) {
                boolean roles = !p.roles().isEmpty();
                if (roles) {
                    x.start("UserAssignmentCosts");
                } else {
                    x.empty("UserAssignmentCosts");
                }
                x.attr("basePeriod", unit).decimal("basePrice", p.userFee().basePrice())
                        .factor("factor", p.userFee().factor()).decimal("price", p.userFee().amount())
                        .decimal("total", p.userTotal()).factor("valueFactor", p.valueFactor());
                if (roles) {
                    PriceModelXml.roleCosts(x, p.roles(), p.userTotal().subtract(p.userFee().amount()));
                    x.end();
                }
            }
        }
        x.empty("ParameterCosts").decimal("amount", p.amount());
        x.end();
    }
}
