package org.bss.catalog;

import java.util.EnumMap;
import java.util.Map;
import org.bss.audit.AuditOperation;
import org.bss.catalog.PriceModelChange.Kind;

/**
 * The App. D.3 operation of each kind of change to a price model: of a service (the S variants of D.3.13–39) and of a
 * customer (the C variants, which add customerKey and customerName).
 */
final class PriceModelAudit {

    private static final Map<Kind, AuditOperation> OF_SERVICE = new EnumMap<>(Kind.class);

    static {
        OF_SERVICE.put(Kind.EVENT_PRICE, AuditOperation.EDIT_EVENT_PRICE_IN_SERVICE_PRICE_MODEL);
        OF_SERVICE.put(Kind.ONE_TIME_FEE, AuditOperation.EDIT_ONE_TIME_FEE_IN_SERVICE_PRICE_MODEL);
        OF_SERVICE.put(Kind.CHARGEABLE, AuditOperation.EDIT_SERVICE_PRICE_MODEL);
        OF_SERVICE.put(Kind.FREE, AuditOperation.EDIT_PRICE_MODEL_TYPE_TO_FREE_OF_CHARGE_FOR_SERVICE);
        OF_SERVICE.put(
                Kind.PARAMETER_SUBSCRIPTION_PRICE,
                AuditOperation.EDIT_PRICE_PER_SUBSCRIPTION_PARAMETER_IN_SERVICE_PRICE_MODEL);
        OF_SERVICE.put(Kind.PARAMETER_USER_PRICE, AuditOperation.EDIT_PRICE_PER_USER_PARAMETER_IN_SERVICE_PRICE_MODEL);
        OF_SERVICE.put(
                Kind.PARAMETER_ROLE_PRICE, AuditOperation.EDIT_PRICE_PER_USER_ROLE_PARAMETER_IN_SERVICE_PRICE_MODEL);
        OF_SERVICE.put(
                Kind.SUBSCRIPTION_PRICE, AuditOperation.EDIT_RECURRING_CHARGE_FOR_SUBSCRIPTION_IN_SERVICE_PRICE_MODEL);
        OF_SERVICE.put(Kind.USER_PRICE, AuditOperation.EDIT_RECURRING_CHARGE_FOR_USERS_IN_SERVICE_PRICE_MODEL);
        OF_SERVICE.put(Kind.ROLE_PRICE, AuditOperation.EDIT_SERVICE_ROLE_PRICES_FOR_SERVICE_PRICE_MODEL);
    }

    private static final Map<Kind, AuditOperation> OF_CUSTOMER = new EnumMap<>(Kind.class);

    static {
        OF_CUSTOMER.put(Kind.EVENT_PRICE, AuditOperation.EDIT_EVENT_PRICE_IN_CUSTOMER_PRICE_MODEL);
        OF_CUSTOMER.put(Kind.ONE_TIME_FEE, AuditOperation.EDIT_ONE_TIME_FEE_IN_CUSTOMER_PRICE_MODEL);
        OF_CUSTOMER.put(Kind.CHARGEABLE, AuditOperation.EDIT_CUSTOMER_PRICE_MODEL);
        OF_CUSTOMER.put(Kind.FREE, AuditOperation.EDIT_PRICE_MODEL_TYPE_TO_FREE_OF_CHARGE_FOR_CUSTOMER);
        OF_CUSTOMER.put(
                Kind.PARAMETER_SUBSCRIPTION_PRICE,
                AuditOperation.EDIT_PRICE_PER_SUBSCRIPTION_PARAMETER_IN_CUSTOMER_PRICE_MODEL);
        OF_CUSTOMER.put(
                Kind.PARAMETER_USER_PRICE, AuditOperation.EDIT_PRICE_PER_USER_PARAMETER_IN_CUSTOMER_PRICE_MODEL);
        OF_CUSTOMER.put(
                Kind.PARAMETER_ROLE_PRICE, AuditOperation.EDIT_PRICE_PER_USER_ROLE_PARAMETER_IN_CUSTOMER_PRICE_MODEL);
        OF_CUSTOMER.put(
                Kind.SUBSCRIPTION_PRICE, AuditOperation.EDIT_RECURRING_CHARGE_FOR_SUBSCRIPTION_IN_CUSTOMER_PRICE_MODEL);
        OF_CUSTOMER.put(Kind.USER_PRICE, AuditOperation.EDIT_RECURRING_CHARGE_FOR_USERS_IN_CUSTOMER_PRICE_MODEL);
        OF_CUSTOMER.put(Kind.ROLE_PRICE, AuditOperation.EDIT_SERVICE_ROLE_PRICES_FOR_CUSTOMER_PRICE_MODEL);
    }

    private PriceModelAudit() {}

    static AuditOperation ofCustomer(Kind kind) {
        return OF_CUSTOMER.get(kind);
    }

    static AuditOperation ofService(Kind kind) {
        return OF_SERVICE.get(kind);
    }
}
