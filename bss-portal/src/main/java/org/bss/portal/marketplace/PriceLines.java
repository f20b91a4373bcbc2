package org.bss.portal.marketplace;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.bss.catalog.PriceModelTerms;
import org.bss.catalog.PriceModelTerms.PriceModelType;

/**
 * What a price model charges, as lines a customer reads before subscribing: free, or the one-time fee, the recurring
 * charges per subscription and per user with their period and how usage counts, the free trial, and a note when more
 * prices apply (roles, parameters, events, steps). Texts come from the caller's message lookup; amounts are written
 * in the reader's locale with at least two decimals ("12.50 EUR", "12,50 EUR").
 */
final class PriceLines {

    private PriceLines() {}

    static List<String> of(PriceModelTerms t, Locale locale, BiFunction<String, Object[], String> text) {
        List<String> lines = new ArrayList<>();
        if (t == null) {
            lines.add(text.apply("market.price.none", new Object[0]));
            return lines;
        }
        if (t.type() == PriceModelType.FREE_OF_CHARGE) {
            lines.add(text.apply("market.price.free", new Object[0]));
            return lines;
        }
        String period = text.apply("market.price.period." + t.period(), new Object[0]);
        if (charges(t.oneTimeFee())) {
            lines.add(
                    text.apply("market.price.oneTimeFee", new Object[] {amount(t.oneTimeFee(), t.currency(), locale)}));
        }
        if (charges(t.pricePerPeriod())) {
            lines.add(text.apply(
                    "market.price.perSubscription",
                    new Object[] {amount(t.pricePerPeriod(), t.currency(), locale), period}));
        }
        if (charges(t.pricePerUser())) {
            lines.add(text.apply(
                    "market.price.perUser", new Object[] {amount(t.pricePerUser(), t.currency(), locale), period}));
        }
        lines.add(text.apply("market.price.type." + t.type(), new Object[0]));
        if (t.freePeriodDays() > 0) {
            lines.add(text.apply("market.price.trial", new Object[] {t.freePeriodDays()}));
        }
        if (!t.rolePrices().isEmpty()
                || !t.userSteps().isEmpty()
                || !t.parameters().isEmpty()
                || !t.events().isEmpty()) {
            lines.add(text.apply("market.price.more", new Object[0]));
        }
        return lines;
    }

    private static boolean charges(BigDecimal price) {
        return price != null && price.signum() > 0;
    }

    static String amount(BigDecimal price, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(Math.max(2, price.stripTrailingZeros().scale()));
        return format.format(price) + " " + currency;
    }
}
