import type { DocumentRecord } from '../../shared/graph.ts';
import type { DocumentSummary } from './port.ts';

/** A document without its text: what listDocuments returns. */
export function documentSummary(d: DocumentRecord): DocumentSummary {
  return {
    id: d.id,
    title: d.title,
    file: d.file,
    encoding: d.encoding,
    script: d.script,
    subject: d.subject,
    program: d.program,
    issuer: d.issuer,
    issuedOn: d.issuedOn,
    docNumber: d.docNumber,
    characters: d.text.length,
  };
}
