package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * XSD {@code voTechnicalServiceOperation} (ws-contract §3.59): an operation a subscriber may start on the application.
 */
@XmlType(
        name = "voTechnicalServiceOperation",
        propOrder = {"operationDescription", "operationId", "operationName", "operationParameters"})
public class VOTechnicalServiceOperation extends BaseVO {

    private static final long serialVersionUID = 1L;

    private String operationDescription;
    private String operationId;
    private String operationName;
    private List<VOServiceOperationParameter> operationParameters = new ArrayList<>();

    public String getOperationDescription() {
        return operationDescription;
    }

    public void setOperationDescription(String operationDescription) {
        this.operationDescription = operationDescription;
    }

    public String getOperationId() {
        return operationId;
    }

    public void setOperationId(String operationId) {
        this.operationId = operationId;
    }

    public String getOperationName() {
        return operationName;
    }

    public void setOperationName(String operationName) {
        this.operationName = operationName;
    }

    @XmlElement(nillable = true)
    public List<VOServiceOperationParameter> getOperationParameters() {
        return operationParameters;
    }

    public void setOperationParameters(List<VOServiceOperationParameter> operationParameters) {
        this.operationParameters = operationParameters;
    }
}
