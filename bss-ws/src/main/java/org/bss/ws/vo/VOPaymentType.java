package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/**
 * XSD {@code voPaymentType} (ws-contract §3.35): {@code paymentTypeId} (INVOICE, CREDIT_CARD, DIRECT_DEBIT),
 * {@code collectionType} (PaymentCollectionType: ORGANIZATION for an invoice the seller collects itself,
 * PAYMENT_SERVICE_PROVIDER otherwise) and an English {@code name}.
 */
@XmlType(
        name = "voPaymentType",
        propOrder = {"collectionType", "name", "paymentTypeId"})
public class VOPaymentType extends BaseVO {

    private static final long serialVersionUID = 1L;

    private String collectionType;
    private String name;
    private String paymentTypeId;

    public String getCollectionType() {
        return collectionType;
    }

    public void setCollectionType(String collectionType) {
        this.collectionType = collectionType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPaymentTypeId() {
        return paymentTypeId;
    }

    public void setPaymentTypeId(String paymentTypeId) {
        this.paymentTypeId = paymentTypeId;
    }
}
