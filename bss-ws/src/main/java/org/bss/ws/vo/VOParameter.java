package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code voParameter} (ws-contract §3, VOParameter). */
@XmlType(
        name = "voParameter",
        propOrder = {"configurable", "parameterDefinition", "value"})
public class VOParameter extends BaseVO {

    private static final long serialVersionUID = 1L;

    private boolean configurable;
    private VOParameterDefinition parameterDefinition;
    private String value;

    public boolean isConfigurable() {
        return configurable;
    }

    public void setConfigurable(boolean configurable) {
        this.configurable = configurable;
    }

    public VOParameterDefinition getParameterDefinition() {
        return parameterDefinition;
    }

    public void setParameterDefinition(VOParameterDefinition parameterDefinition) {
        this.parameterDefinition = parameterDefinition;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
