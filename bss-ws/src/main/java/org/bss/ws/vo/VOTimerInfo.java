package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;
import java.util.Date;

/**
 * XSD {@code voTimerInfo} (ws-contract §3.64): one scheduled timer, as getTimerExpirationInformation and
 * reInitTimers answer it. {@code timerType} is the original product's timer type name (e.g. {@code BILLING_INVOCATION}),
 * {@code expirationDate} the next expiration. Unlike the other VOs it has no {@code key} and {@code version}.
 */
@XmlType(
        name = "voTimerInfo",
        propOrder = {"expirationDate", "timerType"})
@SuppressWarnings("JavaUtilDate") // the contract's expirationDate is a java.util.Date (xs:dateTime)
public class VOTimerInfo implements Serializable {

    private static final long serialVersionUID = 1L;

    private Date expirationDate;
    private String timerType;

    public Date getExpirationDate() {
        return expirationDate == null ? null : new Date(expirationDate.getTime());
    }

    public void setExpirationDate(Date expirationDate) {
        this.expirationDate = expirationDate == null ? null : new Date(expirationDate.getTime());
    }

    public String getTimerType() {
        return timerType;
    }

    public void setTimerType(String timerType) {
        this.timerType = timerType;
    }
}
