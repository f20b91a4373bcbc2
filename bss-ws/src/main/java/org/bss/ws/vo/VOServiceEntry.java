package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code voServiceEntry} (ws-contract §3, VOServiceEntry). */
@XmlType(
        name = "voServiceEntry",
        propOrder = {"subscriptionLimitReached"})
public class VOServiceEntry extends VOService {

    private static final long serialVersionUID = 1L;

    private boolean subscriptionLimitReached;

    public boolean isSubscriptionLimitReached() {
        return subscriptionLimitReached;
    }

    public void setSubscriptionLimitReached(boolean subscriptionLimitReached) {
        this.subscriptionLimitReached = subscriptionLimitReached;
    }
}
