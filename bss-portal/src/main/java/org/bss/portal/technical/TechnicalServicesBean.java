package org.bss.portal.technical;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bss.catalog.InvalidTechnicalServicesFileException;
import org.bss.catalog.TechnicalServiceImport;
import org.bss.catalog.TechnicalServiceService;
import org.bss.catalog.TechnicalServiceSummary;
import org.bss.catalog.XmlProblem;
import org.bss.common.BssException;
import org.bss.portal.PortalMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Technical service &gt; Manage technical services (App. G.7): the provider's technical services; import a
 * technical-services file (refused whole: every problem with its line and column), export one or all, validate the
 * communication with the provisioning URL, delete one after a confirmation. The rules are TechnicalServiceService's.
 */
@Named
@ViewScoped
public class TechnicalServicesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TechnicalServiceService technicalServices;

    private List<TechnicalServiceSummary> services;
    private List<String> problems = List.of();
    private transient UploadedFile file;

    /** Reads the provider's technical services (again after a registration on the page). */
    @PostConstruct
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            services = technicalServices.listTechnicalServices();
        } catch (BssException e) {
            services = List.of();
            PortalMessages.error(context, null, e);
        }
    }

    /** "Import": the file whole, or nothing with each problem listed. */
    public void importFile() {
        FacesContext context = FacesContext.getCurrentInstance();
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            PortalMessages.error(context, "importForm:file", "technical.import.noFile");
            context.validationFailed();
            return;
        }
        try {
            TechnicalServiceImport result =
                    technicalServices.importTechnicalServices(file.getContent(), PortalMessages.locale(context));
            if (!result.created().isEmpty()) {
                PortalMessages.info(context, null, "technical.import.created", String.join(", ", result.created()));
            }
            if (!result.updated().isEmpty()) {
                PortalMessages.info(context, null, "technical.import.updated", String.join(", ", result.updated()));
            }
            load();
        } catch (InvalidTechnicalServicesFileException e) {
            problems = e.problems().stream().map(XmlProblem::toString).toList();
            PortalMessages.error(context, null, e);
            context.validationFailed();
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    /** The file of one technical service, or of all when {@code id} is null. */
    public StreamedContent export(String id) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            Set<String> ids = id == null ? Set.of() : Set.of(id);
            byte[] content = technicalServices.exportTechnicalServices(ids);
            return DefaultStreamedContent.builder()
                    .name(id == null ? "TechnicalServices.xml" : fileName(id))
                    .contentType("application/xml")
                    .contentLength((long) content.length)
                    .stream(() -> new ByteArrayInputStream(content))
                    .build();
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            return null;
        }
    }

    /** "Validate communication": reached or not, with what answered. */
    public void validate(TechnicalServiceSummary service) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            var check = technicalServices.validateCommunication(service.id());
            if (check.reached()) {
                PortalMessages.info(context, null, "technical.ping.reached", service.id(), check.url());
            } else {
                PortalMessages.warn(context, null, "technical.ping.failed", service.id(), check.url(), check.detail());
            }
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    public void delete(TechnicalServiceSummary service) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            technicalServices.deleteTechnicalService(service.id(), service.version());
            PortalMessages.info(context, null, "technical.deleted", service.id());
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
        load();
    }

    /** When the technical service last changed, as the date the converter of the page formats. */
    public Date updatedAt(TechnicalServiceSummary service) {
        return Date.from(service.updatedAt());
    }

    public String question(TechnicalServiceSummary service) {
        return PortalMessages.text(FacesContext.getCurrentInstance(), "technical.deleteQuestion", service.id());
    }

    /** A file name from an id (letters, digits, dots and dashes; anything else becomes "_"). */
    static String fileName(String id) {
        return id.replaceAll("[^A-Za-z0-9.-]", "_") + ".xml";
    }

    public List<TechnicalServiceSummary> getServices() {
        return services;
    }

    public List<String> getProblems() {
        return problems;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
