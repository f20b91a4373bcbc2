package org.bss.web.resource.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserApiMessagesTest {

    @Test
    void everyTextExistsInEnglishGermanAndJapanese() {
        for (String key : UserApiMessages.KEYS) {
            String en = UserApiMessages.text(Locale.ENGLISH, key, "A", "B");
            String de = UserApiMessages.text(Locale.GERMAN, key, "A", "B");
            String ja = UserApiMessages.text(Locale.JAPANESE, key, "A", "B");

            assertThat(en).as(key).isNotEqualTo(key).contains("A").doesNotContain("{0}");
            assertThat(de).as(key).isNotEqualTo(en).contains("A").doesNotContain("{0}");
            assertThat(ja).as(key).isNotEqualTo(en).contains("A").doesNotContain("{0}");
        }
    }

    @Test
    void otherLanguagesGetEnglish() {
        assertThat(UserApiMessages.text(Locale.FRENCH, UserApiMessages.CSV_MEDIA_TYPE, "x/y"))
                .isEqualTo(UserApiMessages.text(Locale.ENGLISH, UserApiMessages.CSV_MEDIA_TYPE, "x/y"));
        assertThat(UserApiMessages.text(null, UserApiMessages.CSV_MEDIA_TYPE, "x/y")).contains("text/csv");
    }
}
