package org.bss.billing.xml;

import static org.bss.billing.xml.BillingXmlNames.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bss.billing.result.BillingResult;
import org.bss.billing.result.PriceModelCharge;

/**
 * Writes results in the original product's billing format (no namespace): {@code BillingDetails} per customer
 * and period, {@code Billingdata} around several. Schema: {@link BillingXmlSchema}. Amounts carry
 * DECIMAL_PLACES fraction digits, dates epoch milliseconds. A document is built in a per-thread reusable
 * buffer ({@link XmlOut}) and handed to the stream in one write. Thread-safe.
 */
public final class BillingXmlWriter {
    private static final int INITIAL_CAPACITY = 16 * 1024;
    /** Buffers above this size (a huge export) are not kept for reuse. */
    private static final int MAX_KEPT_CAPACITY = 1024 * 1024;
    /** One reusable buffer per thread: a document is built in memory, then written to the stream at once. */
    private static final ThreadLocal<XmlOut> BUFFER = ThreadLocal.withInitial(() -> new XmlOut(INITIAL_CAPACITY));

    /** One {@code BillingDetails} document. */
    public void writeBillingDetails(CustomerBill bill, OutputStream out) {
        write(List.of(bill), out, false);
    }

    /** An export of several: root {@code Billingdata}. */
    public void writeBillingdata(List<CustomerBill> bills, OutputStream out) {
        write(bills, out, true);
    }

    public String toXml(CustomerBill bill) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        writeBillingDetails(bill, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private void write(List<CustomerBill> bills, OutputStream out, boolean wrapped) {
        XmlOut x = BUFFER.get();
        x.reset();
        x.startDocument();
        if (wrapped) {
            x.start(BILLINGDATA);
        }
        for (CustomerBill bill : bills) {
            details(x, bill);
        }
        if (wrapped) {
            x.end();
        }
        x.endDocument();
        try {
            out.write(x.bytes(), 0, x.length());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write billing XML", e);
        } finally {
            if (x.capacity() > MAX_KEPT_CAPACITY) {
                BUFFER.remove();
            }
        }
    }

    private void details(XmlOut x, CustomerBill bill) {
        x.start(BILLING_DETAILS).attr(TIMEZONE, bill.zone().getId());
        if (bill.key() != null) {
            x.attr(KEY, bill.key());
        }
        x.period(PERIOD, bill.periodStart(), bill.periodEnd());
        organization(x, bill.customer());
        x.start(SUBSCRIPTIONS);
        for (BillingResult r : bill.results()) {
            x.start(SUBSCRIPTION).attr(ID, r.subscriptionId()).attr(PURCHASE_ORDER_NUMBER, r.purchaseOrderNumber());
            x.start(PRICE_MODELS);
            for (PriceModelCharge pm : r.priceModels()) {
                PriceModelXml.write(x, pm);
            }
            x.end();
            x.end();
        }
        x.end();
        overallCosts(x, bill);
        x.end();
    }

    private void organization(XmlOut x, Customer c) {
        x.start(ORGANIZATION_DETAILS);
        if (c.id() != null) {
            x.textElement(ID_ELEMENT, c.id());
        }
        x.textElement(EMAIL, c.email());
        x.textElement(NAME, c.name());
        x.textElement(ADDRESS, c.address());
        x.textElement(PAYMENTTYPE, c.paymentType());
        if (!c.udas().isEmpty()) {
            x.start(UDAS);
            for (Map.Entry<String, String> uda : c.udas().entrySet()) {
                x.empty(UDA).attr(ID, uda.getKey()).attr(VALUE, uda.getValue());
            }
            x.end();
        }
        x.end();
    }

    /** Sums of the per-subscription figures, each already rounded, so the totals add up exactly. */
    private void overallCosts(XmlOut x, CustomerBill bill) {
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ZERO;
        BigDecimal netAfter = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal discountPercent = null;
        BigDecimal vatPercent = null;
        for (BillingResult r : bill.results()) {
            net = net.add(r.net());
            netAfter = netAfter.add(r.netAfterDiscount());
            gross = gross.add(r.gross());
            if (r.discount() != null) {
                discount = discount.add(r.discount().amount());
                discountPercent = r.discount().percent();
            }
            if (r.vat() != null) {
                vat = vat.add(r.vat().amount());
                vatPercent = r.vat().percent();
            }
        }
        x.start(OVERALL_COSTS)
                .decimal(NET_AMOUNT, netAfter)
                .attr(CURRENCY, bill.currency())
                .decimal(GROSS_AMOUNT, gross);
        if (discountPercent != null) {
            x.empty(DISCOUNT)
                    .decimal(PERCENT, discountPercent)
                    .decimal(DISCOUNT_NET_AMOUNT, discount)
                    .decimal(NET_AMOUNT_AFTER_DISCOUNT, netAfter)
                    .decimal(NET_AMOUNT_BEFORE_DISCOUNT, net);
        }
        if (vatPercent != null) {
            x.empty(VAT).decimal(PERCENT, vatPercent).decimal(AMOUNT, vat);
        }
        x.end();
    }
}
