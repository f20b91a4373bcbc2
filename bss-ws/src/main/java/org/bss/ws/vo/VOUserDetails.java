package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * XSD {@code voUserDetails} (ws-contract §3.3): a user with its personal data. Element order is the contract's
 * (JAXB's sorting by capitalised property name, so {@code EMail} comes after {@code address}). {@code salutation}
 * (MR, MS) and {@code remoteLdapAttributes} (SettingType values) travel as plain strings.
 */
@XmlType(
        name = "voUserDetails",
        propOrder = {
            "additionalName",
            "address",
            "EMail",
            "firstName",
            "lastName",
            "locale",
            "phone",
            "realmUserId",
            "remoteLdapActive",
            "remoteLdapAttributes",
            "salutation"
        })
public class VOUserDetails extends VOUser {

    private static final long serialVersionUID = 1L;

    private String additionalName;
    private String address;
    private String eMail;
    private String firstName;
    private String lastName;
    private String locale;
    private String phone;
    private String realmUserId;
    private boolean remoteLdapActive;
    private List<String> remoteLdapAttributes = new ArrayList<>();
    private String salutation;

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

    public String getEMail() {
        return eMail;
    }

    public void setEMail(String eMail) {
        this.eMail = eMail;
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

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** The user's id in a remote LDAP directory (OSCM); BSS leaves it empty. */
    public String getRealmUserId() {
        return realmUserId;
    }

    public void setRealmUserId(String realmUserId) {
        this.realmUserId = realmUserId;
    }

    public boolean isRemoteLdapActive() {
        return remoteLdapActive;
    }

    public void setRemoteLdapActive(boolean remoteLdapActive) {
        this.remoteLdapActive = remoteLdapActive;
    }

    @XmlElement(nillable = true)
    public List<String> getRemoteLdapAttributes() {
        return remoteLdapAttributes;
    }

    public void setRemoteLdapAttributes(List<String> remoteLdapAttributes) {
        this.remoteLdapAttributes = remoteLdapAttributes;
    }

    public String getSalutation() {
        return salutation;
    }

    public void setSalutation(String salutation) {
        this.salutation = salutation;
    }
}
