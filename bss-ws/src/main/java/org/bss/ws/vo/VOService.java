package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** XSD {@code voService} (ws-contract §3, VOService). */
@XmlRootElement
@XmlType(
        name = "voService",
        propOrder = {
            "accessType",
            "averageRating",
            "baseURL",
            "configuratorUrl",
            "customTabName",
            "customTabUrl",
            "description",
            "featureURL",
            "name",
            "numberOfReviews",
            "offeringType",
            "parameters",
            "priceModel",
            "sellerId",
            "sellerKey",
            "sellerName",
            "serviceId",
            "shortDescription",
            "status",
            "tags",
            "technicalId"
        })
public class VOService extends BaseVO {

    private static final long serialVersionUID = 1L;

    private ServiceAccessType accessType;
    private BigDecimal averageRating;
    private String baseURL;
    private String configuratorUrl;
    private String customTabName;
    private String customTabUrl;
    private String description;
    private String featureURL;
    private String name;
    private int numberOfReviews;
    private OfferingType offeringType;
    private List<VOParameter> parameters = new ArrayList<>();
    private VOPriceModel priceModel;
    private String sellerId;
    private long sellerKey;
    private String sellerName;
    private String serviceId;
    private String shortDescription;
    private ServiceStatus status;
    private List<String> tags = new ArrayList<>();
    private String technicalId;

    public ServiceAccessType getAccessType() {
        return accessType;
    }

    public void setAccessType(ServiceAccessType accessType) {
        this.accessType = accessType;
    }

    public BigDecimal getAverageRating() {
        return averageRating;
    }

    public void setAverageRating(BigDecimal averageRating) {
        this.averageRating = averageRating;
    }

    public String getBaseURL() {
        return baseURL;
    }

    public void setBaseURL(String baseURL) {
        this.baseURL = baseURL;
    }

    public String getConfiguratorUrl() {
        return configuratorUrl;
    }

    public void setConfiguratorUrl(String configuratorUrl) {
        this.configuratorUrl = configuratorUrl;
    }

    public String getCustomTabName() {
        return customTabName;
    }

    public void setCustomTabName(String customTabName) {
        this.customTabName = customTabName;
    }

    public String getCustomTabUrl() {
        return customTabUrl;
    }

    public void setCustomTabUrl(String customTabUrl) {
        this.customTabUrl = customTabUrl;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getFeatureURL() {
        return featureURL;
    }

    public void setFeatureURL(String featureURL) {
        this.featureURL = featureURL;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getNumberOfReviews() {
        return numberOfReviews;
    }

    public void setNumberOfReviews(int numberOfReviews) {
        this.numberOfReviews = numberOfReviews;
    }

    public OfferingType getOfferingType() {
        return offeringType;
    }

    public void setOfferingType(OfferingType offeringType) {
        this.offeringType = offeringType;
    }

    @XmlElement(nillable = true)
    public List<VOParameter> getParameters() {
        return parameters;
    }

    public void setParameters(List<VOParameter> parameters) {
        this.parameters = parameters;
    }

    public VOPriceModel getPriceModel() {
        return priceModel;
    }

    public void setPriceModel(VOPriceModel priceModel) {
        this.priceModel = priceModel;
    }

    public String getSellerId() {
        return sellerId;
    }

    public void setSellerId(String sellerId) {
        this.sellerId = sellerId;
    }

    public long getSellerKey() {
        return sellerKey;
    }

    public void setSellerKey(long sellerKey) {
        this.sellerKey = sellerKey;
    }

    public String getSellerName() {
        return sellerName;
    }

    public void setSellerName(String sellerName) {
        this.sellerName = sellerName;
    }

    public String getServiceId() {
        return serviceId;
    }

    public void setServiceId(String serviceId) {
        this.serviceId = serviceId;
    }

    public String getShortDescription() {
        return shortDescription;
    }

    public void setShortDescription(String shortDescription) {
        this.shortDescription = shortDescription;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public void setStatus(ServiceStatus status) {
        this.status = status;
    }

    @XmlElement(nillable = true)
    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public String getTechnicalId() {
        return technicalId;
    }

    public void setTechnicalId(String technicalId) {
        this.technicalId = technicalId;
    }
}
