package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** XSD {@code voPriceModelLocalization} (ws-contract §3, VOPriceModelLocalization). */
@XmlType(
        name = "voPriceModelLocalization",
        propOrder = {"descriptions", "licenses"})
public class VOPriceModelLocalization implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<VOLocalizedText> descriptions = new ArrayList<>();
    private List<VOLocalizedText> licenses = new ArrayList<>();

    @XmlElement(nillable = true)
    public List<VOLocalizedText> getDescriptions() {
        return descriptions;
    }

    public void setDescriptions(List<VOLocalizedText> descriptions) {
        this.descriptions = descriptions;
    }

    @XmlElement(nillable = true)
    public List<VOLocalizedText> getLicenses() {
        return licenses;
    }

    public void setLicenses(List<VOLocalizedText> licenses) {
        this.licenses = licenses;
    }
}
