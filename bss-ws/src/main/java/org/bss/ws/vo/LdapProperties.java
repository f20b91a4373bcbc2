package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** XSD {@code ldapProperties} (ws-contract §3.42, no BaseVO): LDAP settings (App. C keys) of an organization. */
@XmlType(
        name = "ldapProperties",
        propOrder = {"settings"})
public class LdapProperties implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<Setting> settings = new ArrayList<>();

    @XmlElement(nillable = true)
    public List<Setting> getSettings() {
        return settings;
    }

    public void setSettings(List<Setting> settings) {
        this.settings = settings;
    }
}
