package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * XSD {@code voParameterDefinition} (ws-contract §3.17): a parameter a technical service offers. The contract's
 * getter-only {@code valueType…} flags are not on the wire and are left out.
 */
@XmlType(
        name = "voParameterDefinition",
        propOrder = {
            "configurable",
            "defaultValue",
            "description",
            "mandatory",
            "maxValue",
            "minValue",
            "modificationType",
            "parameterId",
            "parameterOptions",
            "parameterType",
            "valueType"
        })
public class VOParameterDefinition extends BaseVO {

    private static final long serialVersionUID = 1L;

    private boolean configurable;
    private String defaultValue;
    private String description;
    private boolean mandatory;
    private Long maxValue;
    private Long minValue;
    private ParameterModificationType modificationType;
    private String parameterId;
    private List<VOParameterOption> parameterOptions = new ArrayList<>();
    private ParameterType parameterType;
    private ParameterValueType valueType;

    public boolean isConfigurable() {
        return configurable;
    }

    public void setConfigurable(boolean configurable) {
        this.configurable = configurable;
    }

    public String getDefaultValue() {
        return defaultValue;
    }

    public void setDefaultValue(String defaultValue) {
        this.defaultValue = defaultValue;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public Long getMaxValue() {
        return maxValue;
    }

    public void setMaxValue(Long maxValue) {
        this.maxValue = maxValue;
    }

    public Long getMinValue() {
        return minValue;
    }

    public void setMinValue(Long minValue) {
        this.minValue = minValue;
    }

    public ParameterModificationType getModificationType() {
        return modificationType;
    }

    public void setModificationType(ParameterModificationType modificationType) {
        this.modificationType = modificationType;
    }

    public String getParameterId() {
        return parameterId;
    }

    public void setParameterId(String parameterId) {
        this.parameterId = parameterId;
    }

    @XmlElement(nillable = true)
    public List<VOParameterOption> getParameterOptions() {
        return parameterOptions;
    }

    public void setParameterOptions(List<VOParameterOption> parameterOptions) {
        this.parameterOptions = parameterOptions;
    }

    public ParameterType getParameterType() {
        return parameterType;
    }

    public void setParameterType(ParameterType parameterType) {
        this.parameterType = parameterType;
    }

    public ParameterValueType getValueType() {
        return valueType;
    }

    public void setValueType(ParameterValueType valueType) {
        this.valueType = valueType;
    }
}
