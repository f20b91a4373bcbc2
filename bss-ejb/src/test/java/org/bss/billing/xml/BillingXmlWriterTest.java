package org.bss.billing.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.bss.billing.BillingEngine;
import org.bss.billing.input.BillingInput;
import org.bss.billing.input.Discount;
import org.bss.billing.input.GatheredEvent;
import org.bss.billing.input.ParameterType;
import org.bss.billing.input.ParameterValue;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricedEvent;
import org.bss.billing.input.PricedOption;
import org.bss.billing.input.PricedParameter;
import org.bss.billing.input.PricingType;
import org.bss.billing.input.SteppedPrice;
import org.bss.billing.input.SubscriptionState;
import org.bss.billing.input.UserAssignment;
import org.bss.billing.input.VatRates;
import org.bss.billing.result.BillingResult;
import org.bss.billing.time.PeriodUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

class BillingXmlWriterTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final BillingXmlWriter WRITER = new BillingXmlWriter();
    private static final Customer CUSTOMER =
            new Customer("cust-1", "a@b.example", "ACME", "Main St 1", "INVOICE", Map.of("costCenter", "42"));

    static Instant t(String s) {
        return LocalDateTime.parse(s).atZone(ZONE).toInstant();
    }

    /** Every feature of the format at once: two price models, users, roles, steps, parameters, options, events. */
    static BillingResult fullResult(int decimals) {
        PriceModel basic = PriceModel.builder("basic", PricingType.PRO_RATA, PeriodUnit.MONTH, "EUR")
                .serviceId("svc")
                .oneTimeFee("123")
                .pricePerPeriod("100")
                .pricePerUser("10")
                .rolePrice("ADMIN", "3")
                .userStep(new SteppedPrice(2L, new BigDecimal("10"), 0, BigDecimal.ZERO))
                .userStep(new SteppedPrice(null, new BigDecimal("8"), 2, new BigDecimal("20")))
                .build();
        PriceModel pro = PriceModel.builder("pro", PricingType.PER_UNIT, PeriodUnit.WEEK, "EUR")
                .serviceId("svc")
                .pricePerPeriod("50")
                .pricePerUser("5")
                .rolePrice("ADMIN", "1")
                .parameter(new PricedParameter(
                        "disk",
                        ParameterType.INTEGER,
                        new BigDecimal("0.5"),
                        new BigDecimal("0.1"),
                        Map.of("ADMIN", new BigDecimal("0.2")),
                        List.of(),
                        List.of()))
                .parameter(new PricedParameter(
                        "cpu",
                        ParameterType.LONG,
                        null,
                        null,
                        Map.of(),
                        List.of(
                                new SteppedPrice(4L, new BigDecimal("10"), 0, BigDecimal.ZERO),
                                new SteppedPrice(null, new BigDecimal("5"), 4, new BigDecimal("40"))),
                        List.of()))
                .parameter(new PricedParameter(
                        "size",
                        ParameterType.ENUMERATION,
                        null,
                        null,
                        Map.of(),
                        List.of(),
                        List.of(new PricedOption(
                                "L",
                                new BigDecimal("7"),
                                new BigDecimal("1"),
                                Map.of("ADMIN", new BigDecimal("0.5"))))))
                .event(new PricedEvent("login", new BigDecimal("0.01"), null))
                .event(new PricedEvent(
                        "upload",
                        null,
                        List.of(
                                new SteppedPrice(10L, BigDecimal.ONE, 0, BigDecimal.ZERO),
                                new SteppedPrice(null, new BigDecimal("0.5"), 10, BigDecimal.TEN))))
                .build();
        BillingInput in = BillingInput.builder("sub-1", t("2012-12-01T00:00"), t("2013-01-01T00:00"), ZONE)
                .purchaseOrderNumber("PO-7")
                .decimalPlaces(decimals)
                .priceModel(basic)
                .priceModel(pro)
                .state(SubscriptionState.active(t("2012-12-03T08:00"), "basic"))
                .state(SubscriptionState.active(t("2012-12-12T00:00"), "pro"))
                .user(new UserAssignment("u1", "ADMIN", t("2012-12-03T08:00"), null))
                .user(new UserAssignment("u2", "USER", t("2012-12-05T00:00"), null))
                .user(new UserAssignment("u3", "USER", t("2012-12-06T00:00"), t("2012-12-20T00:00")))
                .parameterValue(new ParameterValue("disk", t("2012-12-03T08:00"), "10"))
                .parameterValue(new ParameterValue("disk", t("2012-12-19T00:00"), "30"))
                .parameterValue(new ParameterValue("cpu", t("2012-12-03T08:00"), "6"))
                .parameterValue(new ParameterValue("size", t("2012-12-03T08:00"), "L"))
                .event(new GatheredEvent("login", t("2012-12-13T00:00"), 333))
                .event(new GatheredEvent("upload", t("2012-12-14T00:00"), 17))
                .discount(new Discount(new BigDecimal("7.5"), t("2012-01-01T00:00"), null))
                .vatRates(new VatRates(new BigDecimal("19"), null, null))
                .build();
        return new BillingEngine().calculate(in).orElseThrow();
    }

    static CustomerBill bill(BillingResult... results) {
        return new CustomerBill(4711L, CUSTOMER, t("2012-12-01T00:00"), t("2013-01-01T00:00"), ZONE, List.of(results));
    }

    static Schema schema(boolean originalTwoDigits) throws Exception {
        try (InputStream in = BillingXmlSchema.location().openStream()) {
            String xsd = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (originalTwoDigits) {
                // the original format: amounts with at most 2 fraction digits
                assertThat(xsd).contains("<xsd:fractionDigits value=\"6\"/>");
                xsd = xsd.replace("<xsd:fractionDigits value=\"6\"/>", "<xsd:fractionDigits value=\"2\"/>");
            }
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return f.newSchema(new StreamSource(new StringReader(xsd)));
        }
    }

    static void validate(String xml, Schema schema) throws Exception {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void fullDocument_isValidAgainstOurSchemaAndTheOriginalTwoDigitForm() throws Exception {
        String xml = WRITER.toXml(bill(fullResult(2)));

        validate(xml, BillingXmlSchema.load());
        validate(xml, schema(true));
        for (String element : List.of(
                "GatheredEvents",
                "SteppedPrices",
                "RoleCosts",
                "OneTimeFee",
                "Options",
                "ParameterUsagePeriod",
                "UserAssignmentCostsByUser",
                "Discount",
                "VAT")) {
            assertThat(xml).as(element).contains("<" + element);
        }
    }

    @Test
    void twoDecimalPlaces_everyAmountHasExactlyTwoFractionDigits() throws Exception {
        String xml = WRITER.toXml(bill(fullResult(2)));
        Matcher m = Pattern.compile(
                        " (amount|price|total|netAmount|grossAmount|discountNetAmount|netAmountAfterDiscount|"
                                + "netAmountBeforeDiscount|stepAmount)=\"([^\"]*)\"")
                .matcher(xml);
        int seen = 0;
        while (m.find()) {
            String before = xml.substring(Math.max(0, m.start() - 20), m.start());
            // counts and parameter values are not money
            if (!before.contains("ParameterValue") && !before.contains("NumberOfOccurrence")) {
                assertThat(m.group(2)).as(m.group()).matches("-?\\d+\\.\\d{2}");
                seen++;
            }
        }
        assertThat(seen).isGreaterThan(20);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 6})
    void moreDecimalPlaces_areValidAgainstOurSchemaOnly(int decimals) throws Exception {
        String xml = WRITER.toXml(bill(fullResult(decimals)));

        validate(xml, BillingXmlSchema.load());
        assertThat(xml).containsPattern("price=\"\\d+\\.\\d{" + decimals + "}\"");
    }

    @Test
    void golden1_document_matchesTheOriginalElementOrderAndFigures() throws Exception {
        PriceModel example = PriceModel.builder("EXAMPLE", PricingType.PER_UNIT, PeriodUnit.MONTH, "EUR")
                .oneTimeFee("123.00")
                .pricePerPeriod("678.00")
                .pricePerUser("345.00")
                .rolePrice("ADMIN", "6.00")
                .rolePrice("USER", "7.00")
                .rolePrice("GUEST", "8.00")
                .build();
        BillingResult r = new BillingEngine()
                .calculate(BillingInput.builder("sub-1", t("2012-12-01T00:00"), t("2013-01-01T00:00"), ZONE)
                        .priceModel(example)
                        .state(SubscriptionState.active(t("2012-11-15T12:00"), "EXAMPLE"))
                        .state(SubscriptionState.terminated(t("2013-01-16T12:00")))
                        .user(new UserAssignment("u1", "ADMIN", t("2012-11-15T12:00"), null))
                        .build())
                .orElseThrow();
        String xml = WRITER.toXml(bill(r));
        validate(xml, schema(true));
        Document doc = parse(xml);

        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("BillingDetails");
        assertThat(root.getAttribute("timezone")).isEqualTo("Europe/Berlin");
        assertThat(childNames(root)).containsExactly("Period", "OrganizationDetails", "Subscriptions", "OverallCosts");
        Element period = (Element) root.getElementsByTagName("Period").item(0);
        assertThat(period.getAttribute("startDate"))
                .isEqualTo(Long.toString(t("2012-12-01T00:00").toEpochMilli()));
        Element pm = (Element) doc.getElementsByTagName("PriceModel").item(0);
        assertThat(childNames(pm))
                .containsExactly("UsagePeriod", "PeriodFee", "UserAssignmentCosts", "PriceModelCosts");
        Element fee = (Element) pm.getElementsByTagName("PeriodFee").item(0);
        assertThat(fee.getAttribute("basePrice")).isEqualTo("678.00");
        assertThat(fee.getAttribute("factor")).isEqualTo("1");
        assertThat(fee.getAttribute("price")).isEqualTo("678.00");
        Element users = (Element) pm.getElementsByTagName("UserAssignmentCosts").item(0);
        assertThat(users.getAttribute("price")).isEqualTo("345.00");
        assertThat(users.getAttribute("total")).isEqualTo("351.00");
        Element overall = (Element) root.getElementsByTagName("OverallCosts").item(0);
        assertThat(overall.getAttribute("netAmount")).isEqualTo("1029.00");
        assertThat(overall.getAttribute("grossAmount")).isEqualTo("1029.00");
        assertThat(overall.getAttribute("currency")).isEqualTo("EUR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "0.01"})
    void oneTimeFeeOfZero_writesNoOneTimeFeeElement(String fee) throws Exception {
        PriceModel pm = PriceModel.builder("pm", PricingType.PRO_RATA, PeriodUnit.MONTH, "EUR")
                .serviceId("svc")
                .oneTimeFee(fee)
                .pricePerPeriod("31")
                .build();
        BillingResult r = new BillingEngine()
                .calculate(BillingInput.builder("sub-1", t("2012-12-01T00:00"), t("2013-01-01T00:00"), ZONE)
                        .priceModel(pm)
                        .state(SubscriptionState.active(t("2012-12-11T00:00"), "pm"))
                        .build())
                .orElseThrow();
        String xml = WRITER.toXml(bill(r));

        validate(xml, BillingXmlSchema.load());
        validate(xml, schema(true));
        Element model = (Element) parse(xml).getElementsByTagName("PriceModel").item(0);
        boolean zero = new BigDecimal(fee).signum() == 0;
        assertThat(childNames(model))
                .as("fee %s", fee)
                .isEqualTo(
                        zero
                                ? List.of("UsagePeriod", "PeriodFee", "PriceModelCosts")
                                : List.of("UsagePeriod", "PeriodFee", "OneTimeFee", "PriceModelCosts"));
        Element costs = (Element) model.getElementsByTagName("PriceModelCosts").item(0);
        assertThat(costs.getAttribute("amount")).isEqualTo(zero ? "21.00" : "21.01");
    }

    @Test
    void billingdata_wrapsSeveralCustomersAndIsValid() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.writeBillingdata(List.of(bill(fullResult(2)), bill(fullResult(2), fullResult(2))), out);
        String xml = out.toString(StandardCharsets.UTF_8);

        validate(xml, BillingXmlSchema.load());
        Document doc = parse(xml);
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("Billingdata");
        assertThat(doc.getElementsByTagName("BillingDetails").getLength()).isEqualTo(2);
        BillingResult one = fullResult(2);
        Element second = (Element) doc.getElementsByTagName("OverallCosts").item(1);
        assertThat(new BigDecimal(second.getAttribute("grossAmount")))
                .isEqualTo(one.gross().add(one.gross()));
    }

    @Test
    void mixedCurrencies_areRefused() {
        BillingResult eur = fullResult(2);
        BillingResult usd = new BillingResult(
                "s2",
                null,
                eur.periodStart(),
                eur.periodEnd(),
                ZONE,
                2,
                "USD",
                eur.priceModels(),
                eur.net(),
                null,
                null,
                eur.net());
        assertThatThrownBy(() -> bill(eur, usd)).hasMessageContaining("mixes currencies EUR and USD");
    }

    static List<String> childNames(Element e) {
        List<String> names = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                names.add(child.getTagName());
            }
        }
        return names;
    }
}
