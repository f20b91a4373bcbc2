package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/**
 * XSD {@code voOrganization} (ws-contract §3.4): an organization's public data. BSS fills {@code key},
 * {@code version} (the optimistic-lock version), {@code organizationId} and the fields of table 5.2
 * ({@code domicileCountry} is {@code organization.domicile}); {@code imageDefined} is always false and
 * {@code nameSpace}, {@code supportEmail} stay empty (no images, no support address yet). {@code discount} is the
 * customer's discount where a supplier reads or sets it (getMyCustomers, updateCustomerDiscount). As a parameter
 * ({@code addAvailablePaymentTypes}) only {@code organizationId} is read.
 */
@XmlType(
        name = "voOrganization",
        propOrder = {
            "address",
            "description",
            "discount",
            "distinguishedName",
            "domicileCountry",
            "email",
            "imageDefined",
            "locale",
            "name",
            "nameSpace",
            "organizationId",
            "phone",
            "supportEmail",
            "url"
        })
public class VOOrganization extends BaseVO {

    private static final long serialVersionUID = 1L;

    private String address;
    private String description;
    private VODiscount discount;
    private String distinguishedName;
    private String domicileCountry;
    private String email;
    private boolean imageDefined;
    private String locale;
    private String name;
    private String nameSpace;
    private String organizationId;
    private String phone;
    private String supportEmail;
    private String url;

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public VODiscount getDiscount() {
        return discount;
    }

    public void setDiscount(VODiscount discount) {
        this.discount = discount;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDistinguishedName() {
        return distinguishedName;
    }

    public void setDistinguishedName(String distinguishedName) {
        this.distinguishedName = distinguishedName;
    }

    public String getDomicileCountry() {
        return domicileCountry;
    }

    public void setDomicileCountry(String domicileCountry) {
        this.domicileCountry = domicileCountry;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isImageDefined() {
        return imageDefined;
    }

    public void setImageDefined(boolean imageDefined) {
        this.imageDefined = imageDefined;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameSpace() {
        return nameSpace;
    }

    public void setNameSpace(String nameSpace) {
        this.nameSpace = nameSpace;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSupportEmail() {
        return supportEmail;
    }

    public void setSupportEmail(String supportEmail) {
        this.supportEmail = supportEmail;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
