package org.bss.billing.xml;

/** The element and attribute names of the billing format, pre-encoded once ({@link XmlName}). */
final class BillingXmlNames {
    // elements
    static final XmlName ADDRESS = XmlName.of("Address");
    static final XmlName BILLING_DETAILS = XmlName.of("BillingDetails");
    static final XmlName BILLINGDATA = XmlName.of("Billingdata");
    static final XmlName COST_FOR_EVENT_TYPE = XmlName.of("CostForEventType");
    static final XmlName DISCOUNT = XmlName.of("Discount");
    static final XmlName EMAIL = XmlName.of("Email");
    static final XmlName EVENT = XmlName.of("Event");
    static final XmlName GATHERED_EVENTS = XmlName.of("GatheredEvents");
    static final XmlName GATHERED_EVENTS_COSTS = XmlName.of("GatheredEventsCosts");
    static final XmlName ID_ELEMENT = XmlName.of("Id");
    static final XmlName NAME = XmlName.of("Name");
    static final XmlName NUMBER_OF_OCCURRENCE = XmlName.of("NumberOfOccurrence");
    static final XmlName ONE_TIME_FEE = XmlName.of("OneTimeFee");
    static final XmlName OPTION = XmlName.of("Option");
    static final XmlName OPTION_COSTS = XmlName.of("OptionCosts");
    static final XmlName OPTIONS = XmlName.of("Options");
    static final XmlName ORGANIZATION_DETAILS = XmlName.of("OrganizationDetails");
    static final XmlName OVERALL_COSTS = XmlName.of("OverallCosts");
    static final XmlName PARAMETER = XmlName.of("Parameter");
    static final XmlName PARAMETER_COSTS = XmlName.of("ParameterCosts");
    static final XmlName PARAMETER_USAGE_PERIOD = XmlName.of("ParameterUsagePeriod");
    static final XmlName PARAMETER_VALUE = XmlName.of("ParameterValue");
    static final XmlName PARAMETERS = XmlName.of("Parameters");
    static final XmlName PARAMETERS_COSTS = XmlName.of("ParametersCosts");
    static final XmlName PAYMENTTYPE = XmlName.of("Paymenttype");
    static final XmlName PERIOD = XmlName.of("Period");
    static final XmlName PERIOD_FEE = XmlName.of("PeriodFee");
    static final XmlName PRICE_MODEL = XmlName.of("PriceModel");
    static final XmlName PRICE_MODEL_COSTS = XmlName.of("PriceModelCosts");
    static final XmlName PRICE_MODELS = XmlName.of("PriceModels");
    static final XmlName ROLE_COST = XmlName.of("RoleCost");
    static final XmlName ROLE_COSTS = XmlName.of("RoleCosts");
    static final XmlName SINGLE_COST = XmlName.of("SingleCost");
    static final XmlName STEPPED_PRICE = XmlName.of("SteppedPrice");
    static final XmlName STEPPED_PRICES = XmlName.of("SteppedPrices");
    static final XmlName SUBSCRIPTION = XmlName.of("Subscription");
    static final XmlName SUBSCRIPTIONS = XmlName.of("Subscriptions");
    static final XmlName UDA = XmlName.of("Uda");
    static final XmlName UDAS = XmlName.of("Udas");
    static final XmlName USAGE_PERIOD = XmlName.of("UsagePeriod");
    static final XmlName USER_ASSIGNMENT_COSTS = XmlName.of("UserAssignmentCosts");
    static final XmlName USER_ASSIGNMENT_COSTS_BY_USER = XmlName.of("UserAssignmentCostsByUser");
    static final XmlName VAT = XmlName.of("VAT");
    // attributes
    static final XmlName ADDITIONAL_PRICE = XmlName.of("additionalPrice");
    static final XmlName AMOUNT = XmlName.of("amount");
    static final XmlName BASE_AMOUNT = XmlName.of("baseAmount");
    static final XmlName BASE_PERIOD = XmlName.of("basePeriod");
    static final XmlName BASE_PRICE = XmlName.of("basePrice");
    static final XmlName CALCULATION_MODE = XmlName.of("calculationMode");
    static final XmlName CURRENCY = XmlName.of("currency");
    static final XmlName DISCOUNT_NET_AMOUNT = XmlName.of("discountNetAmount");
    static final XmlName FACTOR = XmlName.of("factor");
    static final XmlName FREE_AMOUNT = XmlName.of("freeAmount");
    static final XmlName GROSS_AMOUNT = XmlName.of("grossAmount");
    static final XmlName ID = XmlName.of("id");
    static final XmlName KEY = XmlName.of("key");
    static final XmlName LIMIT = XmlName.of("limit");
    static final XmlName NET_AMOUNT = XmlName.of("netAmount");
    static final XmlName NET_AMOUNT_AFTER_DISCOUNT = XmlName.of("netAmountAfterDiscount");
    static final XmlName NET_AMOUNT_BEFORE_DISCOUNT = XmlName.of("netAmountBeforeDiscount");
    static final XmlName NUMBER_OF_USERS_TOTAL = XmlName.of("numberOfUsersTotal");
    static final XmlName PERCENT = XmlName.of("percent");
    static final XmlName PRICE = XmlName.of("price");
    static final XmlName PURCHASE_ORDER_NUMBER = XmlName.of("purchaseOrderNumber");
    static final XmlName SERVICE_ID = XmlName.of("serviceId");
    static final XmlName STEP_AMOUNT = XmlName.of("stepAmount");
    static final XmlName STEP_ENTITY_COUNT = XmlName.of("stepEntityCount");
    static final XmlName TIMEZONE = XmlName.of("timezone");
    static final XmlName TOTAL = XmlName.of("total");
    static final XmlName TYPE = XmlName.of("type");
    static final XmlName USER_ID = XmlName.of("userId");
    static final XmlName VALUE = XmlName.of("value");
    static final XmlName VALUE_FACTOR = XmlName.of("valueFactor");

    private BillingXmlNames() {}
}
