package org.bss.portal.technical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TechnicalServicesBeanTest {

    @Test
    void anExportIsNamedAfterTheTechnicalServiceWithoutCharactersFileSystemsDislike() {
        assertThat(TechnicalServicesBean.fileName("Video 1.0")).isEqualTo("Video_1.0.xml");
        assertThat(TechnicalServicesBean.fileName("../a/b:c")).isEqualTo(".._a_b_c.xml");
    }
}
