package org.bss.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.bss.common.persistence.Page;

/**
 * The index of listed services on one Lucene directory: one writer, and a near-real-time {@link SearcherManager}
 * refreshed after every write, so that a search sees a write as soon as it returns. Writes are serialised (a rebuild
 * does not interleave with a single service's update); searches never wait for them.
 */
public final class ServiceIndex implements Closeable {

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ReentrantLock writing = new ReentrantLock();

    public ServiceIndex(Directory directory) {
        try {
            writer = new IndexWriter(
                    directory,
                    new IndexWriterConfig(SearchAnalyzers.perField())
                            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    /** Runs {@code change} (reading the database, then {@link #put} or {@link #remove}) alone among writes. */
    public void write(Runnable change) {
        writing.lock();
        try {
            change.run();
        } finally {
            writing.unlock();
        }
    }

    /** Adds or replaces the service's document. */
    public void put(ServiceListing listing) {
        write(() -> {
            try {
                writer.updateDocument(ServiceDocument.id(listing.serviceKey()), ServiceDocument.of(listing));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            commit();
        });
    }

    /** Removes the service's document, if any. */
    public void remove(long serviceKey) {
        write(() -> {
            try {
                writer.deleteDocuments(ServiceDocument.id(serviceKey));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            commit();
        });
    }

    /** Replaces the whole index by these listings (a rebuild), in one commit. */
    public void replaceAll(List<ServiceListing> listings) {
        write(() -> {
            try {
                writer.deleteAll();
                for (ServiceListing listing : listings) {
                    writer.updateDocument(ServiceDocument.id(listing.serviceKey()), ServiceDocument.of(listing));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            commit();
        });
    }

    private void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        }
    }

    /** One page of the services found, in the request's order, with the number found. */
    public Page<ServiceHit> search(SearchRequest request) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = SearchQueries.query(request);
                int total = searcher.count(query);
                int offset = request.page().offset();
                List<ServiceHit> items = new ArrayList<>();
                if (offset < total) {
                    int n = Math.min(total, offset + request.page().limit());
                    TopFieldDocs top = searcher.search(query, n, SearchQueries.sort(request), true);
                    StoredFields stored = searcher.storedFields();
                    Set<String> shown = ServiceDocument.shown(request.locale());
                    for (int i = offset; i < top.scoreDocs.length; i++) {
                        ScoreDoc found = top.scoreDocs[i];
                        items.add(ServiceDocument.hit(stored.document(found.doc, shown), request.locale()));
                    }
                }
                return new Page<>(items, total, offset, request.page().limit());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            writer.close();
        }
    }
}
