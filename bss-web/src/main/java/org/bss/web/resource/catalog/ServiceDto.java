package org.bss.web.resource.catalog;

import java.util.List;
import org.bss.catalog.NewService;
import org.bss.catalog.ParameterSetting;
import org.bss.catalog.ServiceChange;
import org.bss.catalog.ServiceTexts;
import org.bss.catalog.ServiceView;
import org.bss.common.persistence.Page;
import org.bss.web.resource.Requests;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and list bodies of /services; a service itself is answered as the catalog's ServiceView. */
public final class ServiceDto {

    private ServiceDto() {}

    /** A service's texts in one language. */
    @Schema(name = "ServiceTexts")
    public static class Texts {
        @Schema(
                required = true,
                enumeration = {"en", "de", "ja"})
        public String locale;

        @Schema(maxLength = ServiceTexts.NAME_MAX)
        public String name;

        @Schema(maxLength = ServiceTexts.SHORT_DESCRIPTION_MAX)
        public String shortDescription;

        @Schema(maxLength = ServiceTexts.DESCRIPTION_MAX)
        public String description;

        ServiceTexts texts() {
            return new ServiceTexts(Requests.required(locale, "locale"), name, shortDescription, description);
        }
    }

    /** A parameter of the technical service as set on the service. */
    @Schema(name = "ServiceParameter")
    public static class Parameter {
        @Schema(required = true)
        public String id;

        @Schema(description = "Empty or left out: no value")
        public String value;

        @Schema(description = "Customers may change it when subscribing", defaultValue = "false")
        public Boolean configurable;

        static List<ParameterSetting> settings(List<Parameter> parameters) {
            return parameters == null
                    ? List.of()
                    : parameters.stream()
                            .map(p -> new ParameterSetting(
                                    Requests.required(p.id, "parameters.id"),
                                    p.value,
                                    Boolean.TRUE.equals(p.configurable)))
                            .toList();
        }
    }

    @Schema(name = "NewService")
    public static class New {
        @Schema(required = true, description = "The key of a technical service the organization may use")
        public Long technicalServiceKey;

        @Schema(required = true, maxLength = 40)
        public String serviceId;

        @Schema(required = true)
        public Texts texts;

        public Boolean autoAssignUser;

        @Schema(description = "Parameters left out keep the technical service's default, fixed")
        public List<Parameter> parameters;

        NewService service() {
            return new NewService(
                    Requests.present(technicalServiceKey, "technicalServiceKey"),
                    Requests.required(serviceId, "serviceId"),
                    Requests.present(texts, "texts").texts(),
                    Boolean.TRUE.equals(autoAssignUser),
                    Parameter.settings(parameters));
        }
    }

    @Schema(name = "ServiceChange", description = "The whole definition of an inactive service")
    public static class Change {
        @Schema(required = true, maxLength = 40)
        public String serviceId;

        @Schema(required = true)
        public Texts texts;

        public Boolean autoAssignUser;

        @Schema(description = "Parameters left out return to the technical service's default, fixed")
        public List<Parameter> parameters;

        @Schema(description = "The version read (or If-Match)")
        public Long version;

        ServiceChange change() {
            return new ServiceChange(
                    Requests.required(serviceId, "serviceId"),
                    Requests.present(texts, "texts").texts(),
                    Boolean.TRUE.equals(autoAssignUser),
                    Parameter.settings(parameters));
        }
    }

    @Schema(name = "ServiceLocalization")
    public static class Localization {
        public String name;
        public String shortDescription;
        public String description;

        @Schema(description = "The version read (or If-Match)")
        public Long version;
    }

    @Schema(name = "ServiceCopy")
    public static class Copy {
        @Schema(required = true, maxLength = 40)
        public String serviceId;
    }

    @Schema(name = "ServiceList")
    public static class ServiceList {
        @Schema(description = "Number of the organization's services")
        public long total;

        public int offset;
        public int limit;
        public List<ServiceView> items;

        static ServiceList of(Page<ServiceView> page) {
            ServiceList l = new ServiceList();
            l.total = page.total();
            l.offset = page.offset();
            l.limit = page.limit();
            l.items = page.items();
            return l;
        }
    }
}
