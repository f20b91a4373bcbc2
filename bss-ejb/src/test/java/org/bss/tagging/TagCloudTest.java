package org.bss.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bss.catalog.LocalizedText;
import org.junit.jupiter.api.Test;

/** The tag cloud rule: scores count services, TAGGING_MIN_SCORE filters, TAGGING_MAX_TAGS keeps the highest. */
class TagCloudTest {

    private static final List<List<String>> SERVICES = List.of(
            List.of("video", "chat", "video"), List.of("video", "chat"), List.of("video", "storage"), List.of("audio"));

    @Test
    void aTagScoresOncePerServiceHighestFirstThenByValue() {
        assertThat(TagCloud.of(SERVICES, 20, 1))
                .containsExactly(
                        new TagView("video", 3),
                        new TagView("chat", 2),
                        new TagView("audio", 1),
                        new TagView("storage", 1));
    }

    @Test
    void minScoreLeavesOutTagsUsedLess() {
        assertThat(TagCloud.of(SERVICES, 20, 2)).extracting(TagView::value).containsExactly("video", "chat");
        assertThat(TagCloud.of(SERVICES, 20, 4)).isEmpty();
    }

    @Test
    void maxTagsKeepsTheHighestScoresAndZeroShowsNone() {
        assertThat(TagCloud.of(SERVICES, 3, 1)).extracting(TagView::value).containsExactly("video", "chat", "audio");
        assertThat(TagCloud.of(SERVICES, 0, 1)).isEmpty();
        assertThat(TagCloud.of(List.of(), 20, 1)).isEmpty();
    }

    @Test
    void aServiceTagsInOneLanguageWithoutLocaleCountingAsEnglish() {
        List<LocalizedText> tags = List.of(
                new LocalizedText("en", " video "),
                new LocalizedText(null, "chat"),
                new LocalizedText("de", "Video"),
                new LocalizedText("en-US", "video"),
                new LocalizedText("ja", "動画"),
                new LocalizedText("en", " "));

        assertThat(ServiceTags.inLanguage(tags, "en")).containsExactly("video", "chat");
        assertThat(ServiceTags.inLanguage(tags, "de")).containsExactly("Video");
        assertThat(ServiceTags.inLanguage(tags, "ja")).containsExactly("動画");
    }

    @Test
    void aPatternIsAPrefixWithStarsIgnoringCase() {
        assertThat(TagPatterns.compile("Vid").matcher("video").matches()).isTrue();
        assertThat(TagPatterns.compile("v*o").matcher("video").matches()).isTrue();
        assertThat(TagPatterns.compile("*deo").matcher("video").matches()).isTrue();
        assertThat(TagPatterns.compile("ideo").matcher("video").matches()).isFalse();
        assertThat(TagPatterns.compile("v.d").matcher("video").matches()).isFalse();
    }
}
