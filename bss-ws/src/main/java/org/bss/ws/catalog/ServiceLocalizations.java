package org.bss.ws.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bss.catalog.LocalizedText;
import org.bss.catalog.PriceModelLocalization;
import org.bss.catalog.ServiceTexts;
import org.bss.ws.vo.VOLocalizedText;
import org.bss.ws.vo.VOPriceModelLocalization;
import org.bss.ws.vo.VOServiceLocalization;

/**
 * The contract's localization VOs and the catalog's texts: a service's names, short descriptions and descriptions per
 * language (VOServiceLocalization), a price model's descriptions and licenses (VOPriceModelLocalization).
 */
final class ServiceLocalizations {

    private ServiceLocalizations() {}

    static VOServiceLocalization toVO(List<ServiceTexts> texts) {
        VOServiceLocalization vo = new VOServiceLocalization();
        texts.forEach(t -> {
            add(vo.getNames(), t.locale(), t.name());
            add(vo.getShortDescriptions(), t.locale(), t.shortDescription());
            add(vo.getDescriptions(), t.locale(), t.description());
        });
        return vo;
    }

    /**
     * The texts of each language the VO names, over the stored ones: a text the VO leaves out of a language it names
     * keeps its stored value.
     */
    static List<ServiceTexts> merged(VOServiceLocalization vo, List<ServiceTexts> stored) {
        Set<String> locales = new LinkedHashSet<>();
        List<List<VOLocalizedText>> lists =
                List.of(nonNull(vo.getNames()), nonNull(vo.getShortDescriptions()), nonNull(vo.getDescriptions()));
        lists.forEach(list -> list.stream()
                .filter(Objects::nonNull)
                .map(VOLocalizedText::getLocale)
                .forEach(locales::add));
        return locales.stream()
                .map(locale -> {
                    Optional<ServiceTexts> old = stored.stream()
                            .filter(t -> t.locale().equals(locale))
                            .findFirst();
                    return new ServiceTexts(
                            locale,
                            text(vo.getNames(), locale)
                                    .orElseGet(() -> old.map(ServiceTexts::name).orElse(null)),
                            text(vo.getShortDescriptions(), locale)
                                    .orElseGet(() -> old.map(ServiceTexts::shortDescription)
                                            .orElse(null)),
                            text(vo.getDescriptions(), locale)
                                    .orElseGet(() ->
                                            old.map(ServiceTexts::description).orElse(null)));
                })
                .toList();
    }

    static VOPriceModelLocalization toVO(PriceModelLocalization texts) {
        VOPriceModelLocalization vo = new VOPriceModelLocalization();
        texts.descriptions().forEach(t -> add(vo.getDescriptions(), t.locale(), t.text()));
        texts.licenses().forEach(t -> add(vo.getLicenses(), t.locale(), t.text()));
        return vo;
    }

    static PriceModelLocalization toTexts(VOPriceModelLocalization vo) {
        return new PriceModelLocalization(texts(vo.getDescriptions()), texts(vo.getLicenses()));
    }

    static List<LocalizedText> texts(List<VOLocalizedText> list) {
        return nonNull(list).stream()
                .filter(Objects::nonNull)
                .map(t -> new LocalizedText(t.getLocale(), t.getText()))
                .toList();
    }

    static List<VOLocalizedText> localizedTexts(List<LocalizedText> texts) {
        return texts.stream()
                .map(t -> {
                    VOLocalizedText vo = new VOLocalizedText();
                    vo.setLocale(t.locale());
                    vo.setText(t.text());
                    return vo;
                })
                .toList();
    }

    /** The text the VO gives a language (an empty text is given: it removes), empty when it names none. */
    private static Optional<String> text(List<VOLocalizedText> list, String locale) {
        return nonNull(list).stream()
                .filter(t -> t != null && Objects.equals(t.getLocale(), locale))
                .findFirst()
                .map(t -> t.getText() == null ? "" : t.getText());
    }

    private static void add(List<VOLocalizedText> list, String locale, String text) {
        if (text != null) {
            VOLocalizedText vo = new VOLocalizedText();
            vo.setLocale(locale);
            vo.setText(text);
            list.add(vo);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
