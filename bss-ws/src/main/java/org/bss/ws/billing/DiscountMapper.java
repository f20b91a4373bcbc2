package org.bss.ws.billing;

import java.time.Instant;
import org.bss.billing.discount.DiscountTerms;
import org.bss.billing.discount.DiscountView;
import org.bss.ws.vo.VODiscount;

/** A customer's discount ↔ {@link VODiscount}: times in milliseconds since the epoch, the value in percent. */
public final class DiscountMapper {

    private DiscountMapper() {}

    public static VODiscount toVO(DiscountView d) {
        VODiscount vo = new VODiscount();
        vo.setVersion(d.version());
        vo.setValue(d.percent());
        vo.setStartTime(d.begin().toEpochMilli());
        vo.setEndTime(d.end() == null ? null : d.end().toEpochMilli());
        return vo;
    }

    public static DiscountTerms toTerms(VODiscount vo) {
        return new DiscountTerms(
                vo.getValue(),
                vo.getStartTime() == null ? null : Instant.ofEpochMilli(vo.getStartTime()),
                vo.getEndTime() == null ? null : Instant.ofEpochMilli(vo.getEndTime()));
    }
}
