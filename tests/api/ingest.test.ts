/** Ingest over HTTP against the embedded store holding the fixture. */
import { createEmbeddedStore } from '../../server/store/embedded/index.ts';
import { defineIngestSuite } from './ingest.suite.ts';

defineIngestSuite('ingest into the embedded store', async (graph) => createEmbeddedStore(graph));
