package org.bss.portal.operator;

import java.io.Serializable;
import org.bss.identity.UserData;

/** The first administrator of a new organization (user.* keys of table 5.2) as entered on the page. */
public class AdministratorForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String userId;
    private String email;
    private String salutation;
    private String firstName;
    private String lastName;
    private String additionalName;
    private String address;
    private String phone;
    private String locale = "en";

    public UserData toData() {
        return new UserData(userId, email, locale, salutation, firstName, lastName, additionalName, address, phone);
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSalutation() {
        return salutation;
    }

    public void setSalutation(String salutation) {
        this.salutation = salutation;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getAdditionalName() {
        return additionalName;
    }

    public void setAdditionalName(String additionalName) {
        this.additionalName = additionalName;
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

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }
}
