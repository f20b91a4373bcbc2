package org.bss.tagging;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tag cloud rule (MKT-4; settings B.4.40/41): a tag's score is the number of services that use it; tags used
 * fewer than {@code minScore} times are left out; of the rest the {@code maxTags} with the highest scores are shown
 * (equal scores by value), highest first. {@code maxTags} 0 shows none.
 */
public final class TagCloud {

    private TagCloud() {}

    /** @param tagsPerService the tags of each service (a tag counts once per service) */
    public static List<TagView> of(
            Collection<? extends Collection<String>> tagsPerService, long maxTags, long minScore) {
        Map<String, Long> scores = new TreeMap<>();
        for (Collection<String> tags : tagsPerService) {
            tags.stream().distinct().forEach(tag -> scores.merge(tag, 1L, Long::sum));
        }
        return scores.entrySet().stream()
                .filter(e -> e.getValue() >= minScore)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(Math.max(0, maxTags))
                .map(e -> new TagView(e.getKey(), e.getValue()))
                .toList();
    }
}
