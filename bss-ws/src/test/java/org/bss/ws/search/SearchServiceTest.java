package org.bss.ws.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.bss.common.persistence.PageRequest;
import org.junit.jupiter.api.Test;

class SearchServiceTest {

    @Test
    void aLocaleIsReadAsItsLanguage() {
        assertThat(SearchService.language("ja_JP")).isEqualTo("ja");
        assertThat(SearchService.language("de-CH")).isEqualTo("de");
        assertThat(SearchService.language(" en ")).isEqualTo("en");
        assertThat(SearchService.language(null)).isEqualTo("en");
    }

    @Test
    void theCriteriasPageIsKeptWithinTheLimits() {
        assertThat(SearchService.page(-5, 0)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_LIMIT));
        assertThat(SearchService.page(20, 10_000)).isEqualTo(new PageRequest(20, PageRequest.MAX_LIMIT));
        assertThat(SearchService.page(3, 7)).isEqualTo(new PageRequest(3, 7));
    }
}
