package org.bss.review;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.bss.catalog.MarketableService;
import org.bss.catalog.ServiceTexts;
import org.bss.identity.PlatformUser;
import org.bss.mail.MailMessage;
import org.bss.mail.MailParams;
import org.bss.mail.MailService;
import org.bss.mail.MailTemplate;
import org.bss.marketplace.Marketplace;

/** The mail to the author of a review the marketplace owner removed, with the reason, in the author's locale. */
@Stateless
@PermitAll
public class ReviewMails {

    @EJB
    private MailService mail;

    void removed(PlatformUser author, MarketableService service, Marketplace marketplace, String reason) {
        String name = service.texts(author.getLocale())
                .or(() -> service.texts("en"))
                .map(ServiceTexts::name)
                .orElse(service.getServiceId());
        mail.send(MailMessage.to(author.getEmail(), author.locale(), MailTemplate.REVIEW_REMOVED)
                .with(MailParams.USER_ID, author.getUserId())
                .with(MailParams.SERVICE_NAME, name == null ? service.getServiceId() : name)
                .with(MailParams.MARKETPLACE_ID, marketplace.getMarketplaceId())
                .with(MailParams.REASON, reason));
    }
}
