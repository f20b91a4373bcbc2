package org.bss.web.resource.organization;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.bss.account.CreatedOrganization;
import org.bss.account.OrganizationData;
import org.bss.account.OrganizationPage;
import org.bss.account.OrganizationView;
import org.bss.account.PaymentType;
import org.bss.identity.UserData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON bodies of /organizations (JSON-B, public fields; field names of table 5.2 in camel case). */
public final class OrganizationDto {

    private OrganizationDto() {}

    @Schema(name = "Organization", description = "An organization as the operator sees it")
    @JsonbPropertyOrder({
        "orgId",
        "name",
        "email",
        "address",
        "phone",
        "url",
        "description",
        "domicile",
        "locale",
        "roles",
        "marketplaceId",
        "operatorRevenueShare",
        "distinguishedName",
        "paymentTypes",
        "createdAt",
        "version"
    })
    public static class Organization {
        @Schema(example = "0a1b2c3d")
        public String orgId;

        public String name;
        public String email;
        public String address;
        public String phone;
        public String url;
        public String description;

        @Schema(description = "ISO 3166-1 alpha-2 country code", example = "JP")
        public String domicile;

        @Schema(enumeration = {"en", "de", "ja"})
        public String locale;

        @Schema(description = "Organization roles, sorted; none: a customer")
        public List<String> roles;

        public String marketplaceId;

        @Schema(description = "Operator revenue share of a SUPPLIER in percent")
        public BigDecimal operatorRevenueShare;

        public String distinguishedName;

        @Schema(description = "Payment types available to a seller")
        public List<String> paymentTypes;

        @Schema(description = "ISO-8601 instant")
        public String createdAt;

        @Schema(description = "Optimistic-lock version: send it back with PUT")
        public long version;

        public static Organization of(OrganizationView v) {
            Organization o = new Organization();
            o.orgId = v.orgId();
            o.name = v.name();
            o.email = v.email();
            o.address = v.address();
            o.phone = v.phone();
            o.url = v.url();
            o.description = v.description();
            o.domicile = v.domicile();
            o.locale = v.locale();
            o.roles = List.copyOf(v.roles());
            o.marketplaceId = v.marketplaceId();
            o.operatorRevenueShare = v.operatorRevenueShare();
            o.distinguishedName = v.distinguishedName();
            o.paymentTypes = PaymentType.fromStored(v.paymentTypes()).stream()
                    .map(Enum::name)
                    .toList();
            o.createdAt = v.createdAt() == null ? null : v.createdAt().toString();
            o.version = v.version();
            return o;
        }
    }

    @Schema(name = "OrganizationList", description = "One page of organizations")
    @JsonbPropertyOrder({"total", "offset", "limit", "items"})
    public static class OrganizationList {
        @Schema(description = "Number of organizations matching the filter")
        public long total;

        public int offset;
        public int limit;
        public List<Organization> items;

        public static OrganizationList of(OrganizationPage page) {
            OrganizationList l = new OrganizationList();
            l.total = page.total();
            l.offset = page.offset();
            l.limit = page.limit();
            l.items = page.items().stream().map(Organization::of).toList();
            return l;
        }
    }

    @Schema(name = "OrganizationFields", description = "The organization fields of table 5.2")
    public static class Fields {
        public String name;
        public String email;
        public String address;
        public String phone;
        public String url;
        public String description;

        @Schema(example = "DE")
        public String domicile;

        @Schema(enumeration = {"en", "de", "ja"})
        public String locale;

        public OrganizationData data() {
            return new OrganizationData(name, email, address, phone, url, description, domicile, locale);
        }
    }

    @Schema(name = "NewOrganization", description = "An organization and its first administrator (table 5.2, ORG-3/4)")
    public static class NewOrganization extends Fields {
        @Schema(description = "TECHNOLOGY_PROVIDER, SUPPLIER, RESELLER, BROKER (ORG-3); none: a customer")
        public List<String> roles;

        @Schema(description = "Required without roles")
        public String marketplaceId;

        @Schema(description = "Required with SUPPLIER, 0-100 percent")
        public BigDecimal operatorRevenueShare;

        @Schema(required = true)
        public NewAdministrator administrator;

        @Schema(
                description = "LDAP settings (App. C keys, docs/ldap.md): the organization is LDAP-managed and its "
                        + "administrator must exist in the directory; no initial password then")
        public Map<String, String> ldapSettings;
    }

    @Schema(name = "NewAdministrator", description = "The organization's first administrator (user.* of table 5.2)")
    public static class NewAdministrator {
        @Schema(required = true)
        public String userId;

        @Schema(required = true)
        public String email;

        public String firstName;
        public String lastName;
        public String additionalName;
        public String address;
        public String phone;

        @Schema(enumeration = {"en", "de", "ja"})
        public String locale;

        @Schema(
                required = true,
                enumeration = {"MR", "MS"})
        public String salutation;

        public UserData data() {
            return new UserData(userId, email, locale, salutation, firstName, lastName, additionalName, address, phone);
        }
    }

    @Schema(
            name = "OrganizationChange",
            description = "Fields to change: a field left out keeps its value, an empty one is cleared")
    public static class OrganizationChange extends Fields {
        @Schema(required = true, description = "The version read before (GET); a newer stored version answers 409")
        public Long version;
    }

    @Schema(
            name = "CreatedOrganization",
            description = "The new organization and its administrator's initial password (shown once)")
    @JsonbPropertyOrder({"organization", "administrator"})
    public static class Created {
        public Organization organization;
        public Administrator administrator;

        public static Created of(CreatedOrganization c) {
            Created r = new Created();
            r.organization = Organization.of(c.organization());
            r.administrator = new Administrator();
            r.administrator.userId = c.administratorUserId();
            r.administrator.userKey = c.administratorUserKey();
            r.administrator.initialPassword = c.initialPassword();
            return r;
        }
    }

    @Schema(name = "CreatedAdministrator")
    @JsonbPropertyOrder({"userId", "userKey", "initialPassword"})
    public static class Administrator {
        public String userId;

        @Schema(description = "The login name of SOAP and the command-line client")
        public long userKey;

        @Schema(
                description =
                        "Must be changed before the first token (POST /auth/password); absent for an LDAP-managed organization")
        public String initialPassword;
    }

    @Schema(
            name = "RoleAddition",
            description = "Roles to add (ORG-6); a new SUPPLIER needs the operator revenue share")
    public static class RoleAddition {
        @Schema(required = true, example = "[\"SUPPLIER\"]")
        public List<String> roles;

        public BigDecimal operatorRevenueShare;
    }

    @Schema(name = "DistinguishedName", description = "An empty name removes it")
    public static class DistinguishedName {
        @Schema(required = true, example = "CN=host.example.com,O=Example,C=DE")
        public String distinguishedName;
    }

    @Schema(name = "PaymentTypeAddition", description = "Payment types to make available to a SUPPLIER or RESELLER")
    public static class PaymentTypeAddition {
        @Schema(required = true, example = "[\"INVOICE\", \"CREDIT_CARD\"]")
        public List<String> paymentTypes;
    }
}
