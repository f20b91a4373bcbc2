package org.bss.portal.operator;

import java.io.Serializable;
import org.bss.account.OrganizationData;
import org.bss.account.OrganizationView;

/**
 * The organization fields of table 5.2 as edited on a page. Values go to the service as typed (an empty field is
 * "", which clears it on update); the service validates them and names the org.properties key in its message.
 */
public class OrganizationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String email;
    private String address;
    private String phone;
    private String url;
    private String description;
    private String domicile;
    private String locale = "en";

    static OrganizationForm of(OrganizationView view) {
        OrganizationForm form = new OrganizationForm();
        form.name = view.name();
        form.email = view.email();
        form.address = view.address();
        form.phone = view.phone();
        form.url = view.url();
        form.description = view.description();
        form.domicile = view.domicile();
        form.locale = view.locale();
        return form;
    }

    public OrganizationData toData() {
        return new OrganizationData(
                text(name),
                text(email),
                text(address),
                text(phone),
                text(url),
                text(description),
                text(domicile),
                text(locale));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDomicile() {
        return domicile;
    }

    public void setDomicile(String domicile) {
        this.domicile = domicile;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }
}
