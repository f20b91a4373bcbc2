package org.bss.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.bss.common.ValidationException;

/**
 * The payment types an operator makes available to a seller (guide §7.3, CLI {@code addavailablepaymenttypes}):
 * the payment type ids of the original product. Only SUPPLIER and RESELLER organizations sell to customers and
 * get payment types. An organization stores them as a comma list in this enum's order
 * ({@link Organization#getPaymentTypes()}).
 */
public enum PaymentType {
    INVOICE,
    CREDIT_CARD,
    DIRECT_DEBIT;

    /** The key or parameter named in messages. */
    public static final String FIELD = "paymenttypes";

    /** All ids, comma-separated, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * Parses payment type ids exactly (case-sensitive, as the guide writes them).
     *
     * @throws ValidationException account.paymentType.noneGiven for an empty set, account.paymentType.unknown
     *         naming the first unknown id
     */
    public static Set<PaymentType> parse(Iterable<String> ids) {
        EnumSet<PaymentType> types = EnumSet.noneOf(PaymentType.class);
        if (ids != null) {
            for (String id : ids) {
                types.add(parse(id));
            }
        }
        if (types.isEmpty()) {
            throw new ValidationException("account.paymentType.noneGiven", FIELD, names());
        }
        return types;
    }

    /** One id; @throws ValidationException account.paymentType.unknown */
    public static PaymentType parse(String id) {
        for (PaymentType type : values()) {
            if (type.name().equals(id)) {
                return type;
            }
        }
        throw new ValidationException("account.paymentType.unknown", FIELD, String.valueOf(id), names());
    }

    /** The stored comma list (null or empty: none); ids BSS no longer knows are dropped. */
    public static Set<PaymentType> fromStored(String stored) {
        EnumSet<PaymentType> types = EnumSet.noneOf(PaymentType.class);
        if (stored != null) {
            for (String id : stored.split(",", -1)) {
                Arrays.stream(values()).filter(t -> t.name().equals(id.strip())).forEach(types::add);
            }
        }
        return types;
    }

    /** The comma list to store, in enum order; null for none. */
    public static String toStored(Set<PaymentType> types) {
        if (types == null || types.isEmpty()) {
            return null;
        }
        return EnumSet.copyOf(types).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /**
     * Payment types are only for sellers (SUPPLIER or RESELLER, C.2 #15).
     *
     * @throws ValidationException account.paymentType.notSeller naming the organization and its roles
     */
    public static void checkSeller(String orgId, Set<OrganizationRole> roles) {
        if (!roles.contains(OrganizationRole.SUPPLIER) && !roles.contains(OrganizationRole.RESELLER)) {
            String held = roles.isEmpty()
                    ? "CUSTOMER"
                    : roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
            throw new ValidationException("account.paymentType.notSeller", orgId, held);
        }
    }
}
