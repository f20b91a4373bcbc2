package org.bss.portal.operator;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.bss.common.BssException;
import org.bss.config.PublicSettings;
import org.bss.mail.ParkedMail;
import org.bss.mail.ParkedMailService;
import org.bss.portal.PortalMessages;

/**
 * Operation &gt; Failed mails (docs/mail.md): every mail whose delivery failed, waiting for its next attempt or
 * parked after its last, and "Re-send" per mail, which puts it on the queue now.
 */
@Named
@ViewScoped
public class ParkedMailsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ParkedMailService parkedMailService;

    @EJB
    private PublicSettings publicSettings;

    private List<ParkedMailRow> mails;

    @PostConstruct
    void load() {
        mails = rows(parkedMailService.parkedMails());
    }

    /** Re-sends one mail; the table then shows it as being sent. */
    public void resend(String taskId) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            ParkedMail mail = parkedMailService.resend(taskId);
            PortalMessages.info(context, null, "parkedMails.resent", mail.recipient());
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
        load();
    }

    /** Reads the list again (mails sent meanwhile leave it). */
    public void refresh() {
        load();
    }

    private List<ParkedMailRow> rows(List<ParkedMail> parked) {
        FacesContext context = FacesContext.getCurrentInstance();
        ZoneId zone = publicSettings.zoneId();
        return parked.stream()
                .map(m -> new ParkedMailRow(
                        m,
                        PortalMessages.text(
                                context, "parkedMails.state." + m.state().name()),
                        zone))
                .toList();
    }

    public List<ParkedMailRow> getMails() {
        return mails;
    }

    /** The zone the times are shown in (TIME_ZONE_ID). */
    public String getZone() {
        return publicSettings.zoneId().getId();
    }
}
