package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** XSD {@code voServiceLocalization} (ws-contract §3, VOServiceLocalization). */
@XmlType(
        name = "voServiceLocalization",
        propOrder = {"customTabNames", "descriptions", "names", "shortDescriptions"})
public class VOServiceLocalization implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<VOLocalizedText> customTabNames = new ArrayList<>();
    private List<VOLocalizedText> descriptions = new ArrayList<>();
    private List<VOLocalizedText> names = new ArrayList<>();
    private List<VOLocalizedText> shortDescriptions = new ArrayList<>();

    @XmlElement(nillable = true)
    public List<VOLocalizedText> getCustomTabNames() {
        return customTabNames;
    }

    public void setCustomTabNames(List<VOLocalizedText> customTabNames) {
        this.customTabNames = customTabNames;
    }

    @XmlElement(nillable = true)
    public List<VOLocalizedText> getDescriptions() {
        return descriptions;
    }

    public void setDescriptions(List<VOLocalizedText> descriptions) {
        this.descriptions = descriptions;
    }

    @XmlElement(nillable = true)
    public List<VOLocalizedText> getNames() {
        return names;
    }

    public void setNames(List<VOLocalizedText> names) {
        this.names = names;
    }

    @XmlElement(nillable = true)
    public List<VOLocalizedText> getShortDescriptions() {
        return shortDescriptions;
    }

    public void setShortDescriptions(List<VOLocalizedText> shortDescriptions) {
        this.shortDescriptions = shortDescriptions;
    }
}
