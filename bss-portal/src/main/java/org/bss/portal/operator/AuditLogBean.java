package org.bss.portal.operator;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.bss.audit.AuditLogService;
import org.bss.clock.BssClock;
import org.bss.common.BssException;
import org.bss.config.PublicSettings;
import org.bss.portal.PortalMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Operation &gt; Export audit log (App. G.5, guide §4.2, AUD-3): the entries of a period of days, shown in a
 * table or saved as a text file of AUD-4 lines. The period is checked and capped by the service
 * (AUDIT_LOG_MAX_ENTRIES_RETRIEVED); its message asks to narrow the period. Both days default to today in the
 * platform's time zone.
 */
@Named
@ViewScoped
public class AuditLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditLogService auditLogService;

    @EJB
    private PublicSettings publicSettings;

    /** BSS's clock (a produced Clock is not serializable, so a view-scoped bean cannot inject it). */
    @EJB
    private BssClock bssClock;

    private LocalDate from;
    private LocalDate to;
    private List<AuditLogRow> rows;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.ofInstant(bssClock.clock().instant(), publicSettings.zoneId());
        from = today;
        to = today;
    }

    /** "Show": the entries of the period in the table. */
    public void show() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            rows = auditLogService.export(from, to).stream()
                    .map(AuditLogRow::new)
                    .toList();
            PortalMessages.info(
                    context, null, "operator.audit.shown", rows.size(), String.valueOf(from), String.valueOf(to));
        } catch (BssException e) {
            rows = null;
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    /** "Save as file": the export as UTF-8 text, auditlog_&lt;from&gt;_&lt;to&gt;.txt; null (nothing sent) on an error. */
    public StreamedContent getFile() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            List<String> lines = auditLogService.export(from, to);
            String text = lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            return DefaultStreamedContent.builder()
                    .name("auditlog_" + from + "_" + to + ".txt")
                    .contentType("text/plain;charset=UTF-8")
                    .contentLength((long) content.length)
                    .stream(() -> new ByteArrayInputStream(content))
                    .build();
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
            return null;
        }
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** The lines shown, null before "Show" or after an error. */
    public List<AuditLogRow> getRows() {
        return rows;
    }
}
