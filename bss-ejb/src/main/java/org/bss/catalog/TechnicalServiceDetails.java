package org.bss.catalog;

/**
 * A stored technical service with its whole definition: the surrogate key and the optimistic-lock version a SOAP
 * caller addresses it by (the contract's VOTechnicalService), and the definition as imported.
 */
public record TechnicalServiceDetails(long key, int version, TechnicalServiceDefinition definition) {

    public static TechnicalServiceDetails of(TechnicalService s) {
        return new TechnicalServiceDetails(s.getKey(), s.getVersion(), s.definition());
    }
}
