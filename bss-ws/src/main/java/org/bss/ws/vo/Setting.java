package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;

/** XSD {@code setting} (ws-contract §3.43, no BaseVO): one key and value of an LdapProperties. */
@XmlType(
        name = "setting",
        propOrder = {"key", "value"})
public class Setting implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String value;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
