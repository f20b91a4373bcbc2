package org.bss.portal.technical;

import java.io.Serializable;
import java.util.List;
import org.bss.catalog.TechnicalServiceDefinition;
import org.bss.catalog.TechnicalServiceDefinition.AccessType;
import org.bss.catalog.TechnicalServiceTexts;

/**
 * What a technology manager enters to register a technical service: id, access type, base URL, provisioning URL and
 * the description and license in one language. The definition built from it is bare, as the SOAP operation's.
 */
public class TechnicalServiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private AccessType accessType = AccessType.DIRECT;
    private String baseUrl;
    private String provisioningUrl;
    private String description;
    private String license;

    /** The definition to register: no parameters, events, roles or operations; empty inputs are none. */
    TechnicalServiceDefinition definition(String language) {
        TechnicalServiceTexts texts = new TechnicalServiceTexts(language, description, license, null, List.of());
        return new TechnicalServiceDefinition(
                blankToNull(id),
                null,
                accessType,
                new TechnicalServiceDefinition.Provisioning(null, blankToNull(provisioningUrl), null, null, null, null),
                blankToNull(baseUrl),
                null,
                false,
                false,
                null,
                texts.into(new TechnicalServiceDefinition.Texts(List.of(), List.of(), List.of(), List.of())),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    void clear() {
        id = null;
        accessType = AccessType.DIRECT;
        baseUrl = null;
        provisioningUrl = null;
        description = null;
        license = null;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AccessType getAccessType() {
        return accessType;
    }

    public void setAccessType(AccessType accessType) {
        this.accessType = accessType;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getProvisioningUrl() {
        return provisioningUrl;
    }

    public void setProvisioningUrl(String provisioningUrl) {
        this.provisioningUrl = provisioningUrl;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLicense() {
        return license;
    }

    public void setLicense(String license) {
        this.license = license;
    }
}
