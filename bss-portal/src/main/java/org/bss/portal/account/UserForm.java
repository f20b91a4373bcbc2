package org.bss.portal.account;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import org.bss.account.OrganizationDataValidator;
import org.bss.identity.UserData;
import org.bss.identity.UserDataValidator;
import org.bss.identity.UserView;

/**
 * The editable fields of a user as the profile, register and edit pages bind them. Blank optional fields are sent as
 * empty strings, which the service stores as "no value" (so clearing a field works). The fields an LDAP directory maps
 * (USR-6) are read-only: the page disables them, and the data for the service leaves them null, i.e. unchanged.
 */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String userId;
    private String email;
    private String locale = "en";
    private String salutation;
    private String firstName;
    private String lastName;
    private String additionalName;
    private String address;
    private String phone;
    /** The LDAP-mapped fields; empty for a user BSS manages itself. */
    private final HashSet<String> fromLdap = new HashSet<>();

    static UserForm of(UserView user) {
        UserForm form = new UserForm();
        form.userId = user.userId();
        form.email = user.email();
        form.locale = user.locale();
        form.salutation = user.salutation();
        form.firstName = user.firstName();
        form.lastName = user.lastName();
        form.additionalName = user.additionalName();
        form.address = user.address();
        form.phone = user.phone();
        return form;
    }

    /** Same, with the fields the directory maps (LdapMembership.mappedFieldsOfUser) shown read-only. */
    static UserForm of(UserView user, List<String> mappedFields) {
        UserForm form = of(user);
        form.fromLdap.addAll(mappedFields);
        return form;
    }

    /** Whether the field comes from the LDAP directory, so the page shows it read-only ("email", "locale", ...). */
    public boolean fromLdap(String field) {
        return fromLdap.contains(field);
    }

    /** The data for the service; {@code withUserId} only when registering (the user id never changes). */
    UserData toData(boolean withUserId) {
        return new UserData(
                withUserId ? trim(userId) : null,
                kept("email", trim(email)),
                kept("locale", locale),
                empty(salutation),
                kept("firstName", empty(firstName)),
                kept("lastName", empty(lastName)),
                kept("additionalName", empty(additionalName)),
                empty(address),
                empty(phone));
    }

    /** A mapped field goes back as null = keep, whatever was posted (the service refuses a change of it). */
    private String kept(String field, String edited) {
        return fromLdap.contains(field) ? null : edited;
    }

    /** The platform's languages (en, de, ja). */
    public List<String> getLocales() {
        return OrganizationDataValidator.LOCALES;
    }

    /** MR or MS. */
    public List<String> getSalutations() {
        return UserDataValidator.SALUTATIONS;
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private static String empty(String value) {
        return value == null ? "" : value.strip();
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

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
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
}
