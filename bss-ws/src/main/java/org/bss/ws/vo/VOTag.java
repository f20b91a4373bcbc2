package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code voTag} (ws-contract §3.27): a tag in one locale and the number of services on sale that use it. */
@XmlType(
        name = "voTag",
        propOrder = {"locale", "numberReferences", "value"})
public class VOTag extends BaseVO {

    private static final long serialVersionUID = 1L;

    private String locale;
    private long numberReferences;
    private String value;

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public long getNumberReferences() {
        return numberReferences;
    }

    public void setNumberReferences(long numberReferences) {
        this.numberReferences = numberReferences;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
