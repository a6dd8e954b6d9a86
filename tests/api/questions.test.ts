/** Every schema question over HTTP, against the embedded store holding the small fixture. */
import { createEmbeddedStore } from '../../server/store/embedded/index.ts';
import { defineQuestionSuite } from './questions.suite.ts';

defineQuestionSuite('API questions over the embedded store', async (graph) => createEmbeddedStore(graph), 'embedded');
