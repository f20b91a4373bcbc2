package org.bss.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.bss.common.persistence.DatabaseMigration;
import org.bss.common.persistence.Page;

/**
 * The server's one search index (one {@link ServiceIndex}, so one IndexWriter per JVM) in
 * {@code ${com.sun.aas.instanceRoot}/bss-search}. {@link #apply} carries out an indexer message.
 */
@Singleton
@Startup
@DependsOn(DatabaseMigration.NAME)
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndex {

    private static final Logger LOG = LogManager.getLogger(SearchIndex.class);

    /** The index directory, under the domain's instance directory. */
    static final String DIRECTORY = "bss-search";

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    private ServiceIndex index;

    /** Opens the index; a new (or lost) one is built from the database at once. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void open() {
        String root = System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir"));
        Path path = Path.of(root, DIRECTORY);
        boolean fresh;
        try {
            Directory directory = FSDirectory.open(path);
            fresh = !DirectoryReader.indexExists(directory);
            index = new ServiceIndex(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + path, e);
        }
        LOG.info("Search index in {}", path);
        if (fresh) {
            try {
                IndexUpdates.apply(index, em, IndexMessage.rebuild());
                LOG.info("New search index built from the database");
            } catch (RuntimeException e) {
                LOG.error("The new search index could not be built; rebuild it (POST /search/index/rebuild)", e);
            }
        }
    }

    @PreDestroy
    void close() {
        try {
            index.close();
        } catch (IOException e) {
            LOG.warn("Closing the search index failed: {}", e.getMessage());
        }
    }

    /** Brings the index in line with the database for what the message names ({@link IndexUpdates}). */
    public void apply(IndexMessage message) {
        IndexUpdates.apply(index, em, message);
    }

    public Page<ServiceHit> search(SearchRequest request) {
        return index.search(request);
    }
}
