package org.bss.catalog;

/**
 * Fired inside the writing transaction whenever something a marketplace lists of a service may have changed: its
 * publication, activation, texts, price model, or the service is gone ({@code deleted}). Observers above catalog and
 * marketplace (the search index) react; the firing features do not know them.
 */
public record ServiceListingChanged(long serviceKey, boolean deleted) {

    public static ServiceListingChanged changed(long serviceKey) {
        return new ServiceListingChanged(serviceKey, false);
    }

    public static ServiceListingChanged deleted(long serviceKey) {
        return new ServiceListingChanged(serviceKey, true);
    }
}
