package org.bss.billing.vat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.bss.common.ValidationException;

/**
 * What a VAT rate and a country are (the original's VAT check): a rate from 0 to 100 percent with at most two
 * decimals; a country one of the ISO 3166 codes the platform knows (the list of account's domicile check).
 */
public final class VatRules {

    public static final BigDecimal MAX = BigDecimal.valueOf(100);
    public static final int DECIMALS = 2;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private VatRules() {}

    /**
     * @return the rate with two decimals
     * @throws ValidationException billing.vat.rate (null, below 0, above 100, more than two decimals)
     */
    public static BigDecimal rate(String member, BigDecimal rate) {
        if (rate == null
                || rate.signum() < 0
                || rate.compareTo(MAX) > 0
                || rate.stripTrailingZeros().scale() > DECIMALS) {
            throw new ValidationException("billing.vat.rate", member, String.valueOf(rate));
        }
        return rate.setScale(DECIMALS);
    }

    /** @throws ValidationException billing.vat.country (not a code of the platform's list) */
    public static String country(String code) {
        if (code == null || !COUNTRIES.contains(code)) {
            throw new ValidationException("billing.vat.country", "countryVats.country", String.valueOf(code));
        }
        return code;
    }
}
