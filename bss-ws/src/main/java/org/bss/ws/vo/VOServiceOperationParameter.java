package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/**
 * XSD {@code voServiceOperationParameter} (ws-contract §3.56): a value the subscriber gives when starting an operation;
 * {@code parameterValue} is empty in a technical service's definition.
 */
@XmlType(
        name = "voServiceOperationParameter",
        propOrder = {"mandatory", "parameterId", "parameterName", "parameterValue", "type"})
public class VOServiceOperationParameter extends BaseVO {

    private static final long serialVersionUID = 1L;

    private boolean mandatory;
    private String parameterId;
    private String parameterName;
    private String parameterValue;
    private OperationParameterType type;

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public String getParameterId() {
        return parameterId;
    }

    public void setParameterId(String parameterId) {
        this.parameterId = parameterId;
    }

    public String getParameterName() {
        return parameterName;
    }

    public void setParameterName(String parameterName) {
        this.parameterName = parameterName;
    }

    public String getParameterValue() {
        return parameterValue;
    }

    public void setParameterValue(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    public OperationParameterType getType() {
        return type;
    }

    public void setType(OperationParameterType type) {
        this.type = type;
    }
}
