package org.bss.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query and sort of a {@link SearchRequest}. The words are plain text, not query syntax (operators
 * are escaped): every word must occur in the locale's name, short description, description or tags (name counts
 * most), analysed with the locale's analyser. The marketplace is a filter; category and tag filters are added here
 * the same way.
 */
public final class SearchQueries {

    private static final Map<String, Float> BOOSTS =
            Map.of(ServiceDocument.NAME, 4f, ServiceDocument.TAGS, 2f, ServiceDocument.SHORT_DESCRIPTION, 2f);

    private SearchQueries() {}

    public static Query query(SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ServiceDocument.MARKETPLACE, request.marketplaceId())), Occur.FILTER);
        query.add(words(request.text(), request.locale()), Occur.MUST);
        if (request.category() != null) {
            query.add(new TermQuery(new Term(ServiceDocument.CATEGORY, request.category())), Occur.FILTER);
        }
        if (request.tag() != null) {
            query.add(
                    new TermQuery(new Term(
                            ServiceDocument.field(ServiceDocument.TAG, request.locale()),
                            ServiceDocument.tagTerm(request.tag()))),
                    Occur.FILTER);
        }
        return query.build();
    }

    static Query words(String text, String locale) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        String[] fields = ServiceDocument.TEXT_FIELDS.stream()
                .map(f -> ServiceDocument.field(f, locale))
                .toArray(String[]::new);
        Map<String, Float> boosts = new HashMap<>();
        BOOSTS.forEach((f, boost) -> boosts.put(ServiceDocument.field(f, locale), boost));
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, SearchAnalyzers.forQueries(locale), boosts);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            Query parsed = parser.parse(QueryParser.escape(text));
            boolean empty = parsed == null
                    || (parsed instanceof BooleanQuery b && b.clauses().isEmpty());
            return empty ? new MatchNoDocsQuery() : parsed; // only stop words
        } catch (ParseException e) {
            return new MatchNoDocsQuery(); // nothing the analyser keeps
        }
    }

    /** The order; ties go by name, then by key, so that pages never overlap. */
    /** Best rated first ({@code desc}: worst first); services without reviews last either way. */
    private static SortField rating(boolean desc) {
        SortField rating = new SortField(ServiceDocument.SORT_RATING, SortField.Type.LONG, !desc);
        rating.setMissingValue(desc ? Long.MAX_VALUE : Long.MIN_VALUE);
        return rating;
    }

    public static Sort sort(SearchRequest request) {
        boolean desc = request.descending();
        SortField name = new SortField(
                ServiceDocument.field(ServiceDocument.SORT_NAME, request.locale()),
                SortField.Type.STRING,
                desc && request.sort() == SearchSort.NAME);
        SortField key = new SortField(ServiceDocument.SORT_KEY, SortField.Type.LONG);
        return switch (request.sort()) {
            case NAME -> new Sort(name, key);
            case PRICE -> new Sort(new SortField(ServiceDocument.SORT_PRICE, SortField.Type.LONG, desc), name, key);
            case RATING -> new Sort(rating(desc), name, key);
            case RELEVANCE -> new Sort(new SortField(null, SortField.Type.SCORE, desc), name, key);
        };
    }
}
