package org.bss.billing.xml;

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
            x.start("Billingdata");
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
        x.start("BillingDetails").attr("timezone", bill.zone().getId());
        if (bill.key() != null) {
            x.attr("key", bill.key());
        }
        x.period("Period", bill.periodStart(), bill.periodEnd());
        organization(x, bill.customer());
        x.start("Subscriptions");
        for (BillingResult r : bill.results()) {
            x.start("Subscription").attr("id", r.subscriptionId()).attr("purchaseOrderNumber",
                    r.purchaseOrderNumber());
            x.start("PriceModels");
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
        x.start("OrganizationDetails");
        if (c.id() != null) {
            x.textElement("Id", c.id());
        }
        x.textElement("Email", c.email());
        x.textElement("Name", c.name());
        x.textElement("Address", c.address());
        x.textElement("Paymenttype", c.paymentType());
        if (!c.udas().isEmpty()) {
            x.start("Udas");
            for (Map.Entry<String, String> uda : c.udas().entrySet()) {
                x.empty("Uda").attr("id", uda.getKey()).attr("value", uda.getValue());
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
        x.start("OverallCosts").decimal("netAmount", netAfter).attr("currency", bill.currency())
                .decimal("grossAmount", gross);
        if (discountPercent != null) {
            x.empty("Discount").decimal("percent", discountPercent).decimal("discountNetAmount", discount)
                    .decimal("netAmountAfterDiscount", netAfter).decimal("netAmountBeforeDiscount", net);
        }
        if (vatPercent != null) {
            x.empty("VAT").decimal("percent", vatPercent).decimal("amount", vat);
        }
        x.end();
    }
}
