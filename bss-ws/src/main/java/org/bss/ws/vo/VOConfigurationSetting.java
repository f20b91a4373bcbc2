package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/**
 * XSD {@code voConfigurationSetting} (ws-contract §3.64): one configuration setting.
 * {@code informationId} is the setting's key name (e.g. {@code MAX_NUMBER_LOGIN_ATTEMPTS}; the original
 * enum's constants are the values), {@code contextId} the context ({@code global}), {@code value} the
 * value in force.
 */
@XmlType(
        name = "voConfigurationSetting",
        propOrder = {"contextId", "informationId", "value"})
public class VOConfigurationSetting extends BaseVO {

    private static final long serialVersionUID = 1L;

    /** The only context BSS knows: platform-wide settings. */
    public static final String GLOBAL_CONTEXT = "global";

    private String contextId;
    private String informationId;
    private String value;

    public String getContextId() {
        return contextId;
    }

    public void setContextId(String contextId) {
        this.contextId = contextId;
    }

    public String getInformationId() {
        return informationId;
    }

    public void setInformationId(String informationId) {
        this.informationId = informationId;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
