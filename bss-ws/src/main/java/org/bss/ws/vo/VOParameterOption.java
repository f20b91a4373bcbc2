package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/**
 * XSD {@code voParameterOption} (ws-contract §3.50): one value of an ENUMERATION parameter; {@code paramDefId} is the
 * parameter's id.
 */
@XmlType(
        name = "voParameterOption",
        propOrder = {"optionDescription", "optionId", "paramDefId"})
public class VOParameterOption extends BaseVO {

    private static final long serialVersionUID = 1L;

    private String optionDescription;
    private String optionId;
    private String paramDefId;

    public String getOptionDescription() {
        return optionDescription;
    }

    public void setOptionDescription(String optionDescription) {
        this.optionDescription = optionDescription;
    }

    public String getOptionId() {
        return optionId;
    }

    public void setOptionId(String optionId) {
        this.optionId = optionId;
    }

    public String getParamDefId() {
        return paramDefId;
    }

    public void setParamDefId(String paramDefId) {
        this.paramDefId = paramDefId;
    }
}
