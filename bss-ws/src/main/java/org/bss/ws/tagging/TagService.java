package org.bss.ws.tagging;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebService;
import java.util.List;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.security.Roles;
import org.bss.tagging.TagView;
import org.bss.ws.faults.FaultInterceptor;
import org.bss.ws.vo.VOTag;

/**
 * SOAP face of the tag cloud (ws-contract §2.10) at {@code /TagService/BASIC}, over {@link org.bss.tagging.TagService}:
 * TAGGING_MAX_TAGS and TAGGING_MIN_SCORE apply. The operations declare no faults: an unknown marketplace, no pattern
 * or a limit below 1 answer no tags; a limit above 500 reads 500.
 */
@Stateless(name = "TagService")
@WebService(
        name = "TagService",
        serviceName = "TagService",
        portName = "TagServicePort",
        targetNamespace = "http://oscm.org/xsd")
@HandlerChain(file = "handler-chain.xml")
@Interceptors(FaultInterceptor.class)
@DeclareRoles(Roles.LOGGED_IN)
@RolesAllowed(Roles.LOGGED_IN)
public class TagService {

    @EJB
    private org.bss.tagging.TagService tags;

    /** The tag cloud of every marketplace in the locale. */
    @WebMethod
    public List<VOTag> getTagsByLocale(@WebParam(name = "locale") String locale) {
        String language = SoapLocales.language(locale);
        return tags.cloud(language).stream().map(t -> toVO(t, language)).toList();
    }

    /** The tag cloud of one marketplace in the locale. */
    @WebMethod
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // a refusal inside must not doom this call
    public List<VOTag> getTagsForMarketplace(
            @WebParam(name = "locale") String locale, @WebParam(name = "marketplaceId") String marketplaceId) {
        String language = SoapLocales.language(locale);
        try {
            return tags.cloud(marketplaceId, language).stream()
                    .map(t -> toVO(t, language))
                    .toList();
        } catch (ObjectNotFoundException e) {
            return List.of();
        }
    }

    /** The tags matching the pattern (a prefix, case ignored, {@code *} any characters), by value. */
    @WebMethod
    public List<String> getTagsByPattern(
            @WebParam(name = "locale") String locale,
            @WebParam(name = "tagPattern") String tagPattern,
            @WebParam(name = "limit") int limit) {
        if (tagPattern == null || tagPattern.isBlank() || limit < 1) {
            return List.of();
        }
        return tags.matching(
                SoapLocales.language(locale),
                tagPattern,
                Math.min(limit, org.bss.tagging.TagService.PATTERN_LIMIT_MAX));
    }

    private static VOTag toVO(TagView tag, String language) {
        VOTag vo = new VOTag();
        vo.setLocale(language);
        vo.setValue(tag.value());
        vo.setNumberReferences(tag.numberReferences());
        return vo;
    }
}
