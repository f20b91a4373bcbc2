package org.bss.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndexMessageTest {

    @Test
    void readsWhatItWrites() {
        assertThat(IndexMessage.reindex(42).text()).isEqualTo("reindex service 42");
        assertThat(IndexMessage.remove(42).text()).isEqualTo("remove service 42");
        assertThat(IndexMessage.rebuild().text()).isEqualTo("rebuild");
        for (IndexMessage m :
                new IndexMessage[] {IndexMessage.reindex(7), IndexMessage.remove(8), IndexMessage.rebuild()}) {
            assertThat(IndexMessage.parse(m.text())).isEqualTo(m);
        }
        assertThat(IndexMessage.parse(" Reindex Service 9 ")).isEqualTo(IndexMessage.reindex(9));
    }

    @Test
    void refusesAnythingElse() {
        for (String text : new String[] {null, "", "reindex service", "reindex service x", "delete everything"}) {
            assertThatThrownBy(() -> IndexMessage.parse(text)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
