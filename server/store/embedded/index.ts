export { createEmbeddedStore, openEmbeddedStore, EmbeddedStore, type EmbeddedStoreOptions } from './store.ts';
