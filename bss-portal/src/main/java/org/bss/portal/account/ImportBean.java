package org.bss.portal.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.bss.common.BssException;
import org.bss.identity.UserImportService;
import org.bss.portal.PortalMessages;
import org.bss.portal.security.UserSession;
import org.primefaces.model.file.UploadedFile;

/**
 * Account &gt; Import users (USR-5, App. F): upload a UTF-8 CSV file, start the import, follow its progress (the page
 * polls while it runs) and see the result with every rejected line. The import runs in the background, so the page
 * shows it by id ({@code ?id=}): reloading or coming back later shows the same import. A file-level error (not UTF-8,
 * empty, too many lines) is refused at once and nothing is imported.
 */
@Named
@ViewScoped
public class ImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RECENT = 10;
    static final String FILE_FIELD = "importForm:file";

    @EJB
    private UserImportService importService;

    @Inject
    private UserSession userSession;

    private String id;
    private String organizationId;
    private transient UploadedFile file;
    private ImportSummary current;
    private List<ImportSummary> recent;

    /** viewAction: the import of {@code ?id=}, if any. */
    public void onLoad() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback() || id == null || id.isBlank()) {
            return;
        }
        try {
            current = new ImportSummary(importService.getImport(id.strip()), locale(context));
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    /** Reads the uploaded file (UTF-8 is checked by the service) and starts the import. */
    public String start() {
        FacesContext context = FacesContext.getCurrentInstance();
        byte[] content = file == null || file.getSize() == 0 ? null : file.getContent();
        try {
            current = new ImportSummary(importService.startImport(organization(), content), locale(context));
        } catch (BssException e) {
            PortalMessages.error(context, FILE_FIELD, e);
            context.validationFailed();
            return null;
        } finally {
            file = null;
        }
        return "/account/import.xhtml?faces-redirect=true&id="
                + URLEncoder.encode(current.getImportId(), StandardCharsets.UTF_8);
    }

    /** p:poll while the import runs: the current state; once finished, also the list of recent imports. */
    public void refresh() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (current == null) {
            return;
        }
        try {
            current = new ImportSummary(importService.getImport(current.getImportId()), locale(context));
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            return;
        }
        if (current.isFinished()) {
            recent = null;
            PortalMessages.info(
                    context, null, "account.import.finished", current.getImportedUsers(), current.getRejectedRows());
        }
    }

    public List<ImportSummary> getRecent() {
        if (recent == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            String org = current != null ? current.getOrganizationId() : organization();
            try {
                recent = importService.recentImports(org, RECENT).stream()
                        .map(v -> new ImportSummary(v, locale(context)))
                        .toList();
            } catch (BssException e) {
                recent = List.of();
            }
        }
        return recent;
    }

    public boolean isRunning() {
        return current != null && !current.isFinished();
    }

    /** Stops the poll. */
    public boolean isFinished() {
        return !isRunning();
    }

    private String organization() {
        return organizationId == null || organizationId.isBlank() || !userSession.isOperator()
                ? null
                : organizationId.strip();
    }

    private static Locale locale(FacesContext context) {
        return PortalMessages.locale(context);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportSummary getCurrent() {
        return current;
    }
}
