package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;

/** XSD {@code voLocalizedText} (ws-contract §3, VOLocalizedText). */
@XmlType(
        name = "voLocalizedText",
        propOrder = {"locale", "text", "version"})
public class VOLocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    private String locale;
    private String text;
    private int version;

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
