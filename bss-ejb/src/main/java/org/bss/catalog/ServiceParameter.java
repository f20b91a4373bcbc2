package org.bss.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A parameter of the technical service as the supplier set it on a service (table service_parameter). */
@Embeddable
public class ServiceParameter {

    @Column(name = "parameter_id", nullable = false, length = 255)
    private String parameterId;

    @Column(name = "parameter_value", length = 255)
    private String value;

    @Column(name = "configurable", nullable = false)
    private boolean configurable;

    protected ServiceParameter() {}

    ServiceParameter(ParameterSetting setting) {
        this.parameterId = setting.id();
        this.value = setting.value();
        this.configurable = setting.configurable();
    }

    ParameterSetting setting() {
        return new ParameterSetting(parameterId, value, configurable);
    }
}
