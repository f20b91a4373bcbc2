package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code voServiceDetails} (ws-contract §3, VOServiceDetails). */
@XmlType(
        name = "voServiceDetails",
        propOrder = {"imageDefined", "technicalService"})
public class VOServiceDetails extends VOService {

    private static final long serialVersionUID = 1L;

    private boolean imageDefined;
    private VOTechnicalService technicalService;

    public boolean isImageDefined() {
        return imageDefined;
    }

    public void setImageDefined(boolean imageDefined) {
        this.imageDefined = imageDefined;
    }

    public VOTechnicalService getTechnicalService() {
        return technicalService;
    }

    public void setTechnicalService(VOTechnicalService technicalService) {
        this.technicalService = technicalService;
    }
}
