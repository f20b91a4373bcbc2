package org.bss.ws.catalog;

import java.util.List;
import java.util.Objects;
import org.bss.catalog.LocalizedText;
import org.bss.catalog.ParameterSetting;
import org.bss.catalog.PriceModelLocalization;
import org.bss.catalog.ServiceTexts;
import org.bss.common.ValidationException;
import org.bss.ws.vo.VOImageResource;
import org.bss.ws.vo.VOParameter;
import org.bss.ws.vo.VOPriceModel;
import org.bss.ws.vo.VOService;

/** What the service operations read from the caller's VOs: texts in the caller's language, parameter settings. */
final class ServiceInput {

    private ServiceInput() {}

    static <T> T required(T vo, String member) {
        if (vo == null) {
            throw new ValidationException("ws.field.required", member);
        }
        return vo;
    }

    /** BSS keeps no service images yet: an image sent would be lost, so it is refused. */
    static void noImage(VOImageResource image) {
        if (image != null && image.getBuffer() != null && image.getBuffer().length > 0) {
            throw new ValidationException("ws.service.imageUnsupported");
        }
    }

    static ServiceTexts texts(VOService vo, String language) {
        return new ServiceTexts(language, vo.getName(), vo.getShortDescription(), vo.getDescription());
    }

    /** Each parameter by its definition's id (one without a definition names none, which the rules refuse). */
    static List<ParameterSetting> parameters(VOService vo) {
        return vo.getParameters() == null
                ? List.of()
                : vo.getParameters().stream()
                        .filter(Objects::nonNull)
                        .map(ServiceInput::setting)
                        .toList();
    }

    /** The price model's description and license as the texts of the caller's language (none given: none). */
    static PriceModelLocalization priceModelTexts(VOPriceModel vo, String language) {
        return new PriceModelLocalization(
                vo.getDescription() == null ? List.of() : List.of(new LocalizedText(language, vo.getDescription())),
                vo.getLicense() == null ? List.of() : List.of(new LocalizedText(language, vo.getLicense())));
    }

    private static ParameterSetting setting(VOParameter p) {
        String id = p.getParameterDefinition() == null
                ? ""
                : p.getParameterDefinition().getParameterId();
        return new ParameterSetting(id, p.getValue(), p.isConfigurable());
    }
}
