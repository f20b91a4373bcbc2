package org.bss.web.resource.customer;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bss.account.PaymentType;
import org.bss.billing.discount.DiscountTerms;
import org.bss.common.ValidationException;
import org.bss.common.persistence.Page;
import org.bss.customer.CustomerView;
import org.bss.customer.NewCustomer;
import org.bss.web.resource.Requests;
import org.bss.web.resource.organization.OrganizationDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and list bodies of /customers and the self-registration (ORG-2, G.2); a customer is a CustomerView. */
public final class CustomerDto {

    private CustomerDto() {}

    @Schema(name = "NewCustomer", description = "A customer organization and its first administrator (table 5.2)")
    public static class New extends OrganizationDto.Fields {
        @Schema(required = true, description = "The marketplace the customer comes to")
        public String marketplaceId;

        @Schema(required = true)
        public OrganizationDto.NewAdministrator administrator;

        NewCustomer customer() {
            return new NewCustomer(
                    data(), Requests.present(administrator, "administrator").data(), marketplaceId);
        }
    }

    @Schema(name = "SelfRegistration", description = "An organization registering itself as a customer")
    public static class SelfRegistration extends OrganizationDto.Fields {
        @Schema(required = true)
        public OrganizationDto.NewAdministrator administrator;

        @Schema(description = "The seller to become customer of; default: the marketplace's owner, if it sells")
        public String sellerId;

        NewCustomer customer(String marketplaceId) {
            return new NewCustomer(
                    data(), Requests.present(administrator, "administrator").data(), marketplaceId);
        }
    }

    @Schema(name = "CustomerList", description = "One page of the seller's customers")
    @JsonbPropertyOrder({"total", "offset", "limit", "items"})
    public static class CustomerList {
        public long total;
        public int offset;
        public int limit;
        public List<CustomerView> items;

        static CustomerList of(Page<CustomerView> page) {
            CustomerList l = new CustomerList();
            l.total = page.total();
            l.offset = page.offset();
            l.limit = page.limit();
            l.items = page.items();
            return l;
        }
    }

    @Schema(name = "PaymentTypes", description = "Payment type ids of the original: INVOICE, CREDIT_CARD, DIRECT_DEBIT")
    public static class PaymentTypes {
        @Schema(required = true, example = "[\"INVOICE\"]")
        public List<String> paymentTypes;

        @Schema(description = "The customer's version read (or If-Match)")
        public Long version;

        Set<PaymentType> types() {
            EnumSet<PaymentType> types = EnumSet.noneOf(PaymentType.class);
            if (paymentTypes != null) {
                paymentTypes.forEach(t -> types.add(PaymentType.parse(t)));
            }
            return types;
        }

        static PaymentTypes of(Set<PaymentType> types) {
            PaymentTypes p = new PaymentTypes();
            p.paymentTypes = types.stream().map(Enum::name).toList();
            return p;
        }
    }

    @Schema(name = "Discount", description = "A discount in percent of the net amount over [begin, end)")
    public static class Discount {
        @Schema(required = true, description = "Above 0, at most 100, two decimals", example = "10.00")
        public BigDecimal percent;

        @Schema(required = true, description = "ISO-8601 instant, inclusive", example = "2026-01-01T00:00:00Z")
        public String begin;

        @Schema(description = "ISO-8601 instant, exclusive; none: open-ended")
        public String end;

        @Schema(description = "The version read (or If-Match)")
        public Long version;

        DiscountTerms terms() {
            return new DiscountTerms(percent, instant("begin", begin), instant("end", end));
        }

        private static Instant instant(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new ValidationException("billing.discount.instant", field, value);
            }
        }
    }

    /** A version given as Long on the wire, as the services' int. */
    static Integer version(Long version) {
        return version == null ? null : Math.toIntExact(version);
    }
}
