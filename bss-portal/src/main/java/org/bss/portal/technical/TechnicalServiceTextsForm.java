package org.bss.portal.technical;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bss.catalog.LocalizedText;
import org.bss.catalog.TechnicalServiceDefinition;
import org.bss.catalog.TechnicalServiceTexts;

/**
 * The texts of a technical service in one language as the "Edit description" page shows them: tags as one line,
 * separated by commas.
 */
public class TechnicalServiceTextsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String language;
    private String description;
    private String license;
    private String accessInfo;
    private String tags;

    /** The stored texts of the chosen language (none: empty). */
    void fill(TechnicalServiceDefinition.Texts texts) {
        description = first(texts.descriptions());
        license = first(texts.licenses());
        accessInfo = first(texts.accessInfo());
        tags = String.join(", ", all(texts.tags()));
    }

    TechnicalServiceTexts texts() {
        return new TechnicalServiceTexts(language, description, license, accessInfo, tags(tags));
    }

    /** The tags of a comma-separated line: each stripped, empty ones dropped. */
    static List<String> tags(String line) {
        if (line == null) {
            return List.of();
        }
        return Arrays.stream(line.split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
    }

    private String first(List<LocalizedText> texts) {
        return all(texts).stream().findFirst().orElse(null);
    }

    private List<String> all(List<LocalizedText> texts) {
        return texts.stream()
                .filter(t -> Objects.equals(language, t.locale()))
                .map(LocalizedText::text)
                .toList();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLicense() {
        return license;
    }

    public void setLicense(String license) {
        this.license = license;
    }

    public String getAccessInfo() {
        return accessInfo;
    }

    public void setAccessInfo(String accessInfo) {
        this.accessInfo = accessInfo;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }
}
