package org.bss.catalog;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** Price-model terms as the JSON document they are stored as (ADR 0011), and back. */
final class PriceModelDocuments {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private PriceModelDocuments() {}

    static String write(PriceModelTerms terms) {
        return JSON.toJson(terms);
    }

    static PriceModelTerms read(String document) {
        return JSON.fromJson(document, PriceModelTerms.class);
    }
}
