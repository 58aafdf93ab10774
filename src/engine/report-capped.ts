// A YAML or JSON document larger than MAX_DOCUMENT_CHARS is parsed up to that size; the lines past it
// are read as plain text, each matched on its own. The report says so on the document, with the
// lines this concerns, instead of leaving a 40 MB events list silently half-read.

import { MAX_DOCUMENT_CHARS } from './parse/handler';
import { msg } from './messages';
import type { InputDocument } from './records';
import type { ReportDocument } from './report';

/**
 * Sets `capped` on the report's document for each capped one the parser produced (`capped`, in the
 * report's line numbers); the text documents that the cap cut off after it are counted into it.
 */
export function describeCaps(documents: ReportDocument[], capped: readonly InputDocument[]): void {
  if (capped.length === 0) return;
  const formatAt = new Map(capped.map((d) => [d.lines.start, d.capped]));
  for (let i = 0; i < documents.length; i++) {
    const doc = documents[i] as ReportDocument;
    const format = formatAt.get(doc.startLine);
    if (format === undefined) continue;
    // a capped JSON document is text from its first line; a capped YAML list was parsed up to the cap
    const textStartLine = doc.kind === 'text' ? doc.startLine : doc.endLine + 1;
    let textEndLine = doc.endLine;
    while (i + 1 < documents.length) {
      const next = documents[i + 1] as ReportDocument;
      if (next.kind !== 'text' || next.startLine > textEndLine + 1) break;
      textEndLine = next.endLine;
      i++; // the same document, cut again: said once
    }
    doc.capped = {
      format,
      limit: MAX_DOCUMENT_CHARS,
      textStartLine,
      textEndLine,
      message: msg('input.documentCapped', {
        format: format.toUpperCase(),
        limit: `${MAX_DOCUMENT_CHARS / 1024 / 1024} MB`,
        from: count(textStartLine),
        to: count(textEndLine),
        lines: count(textEndLine - textStartLine + 1),
      }),
    };
  }
}

const count = (n: number): string => n.toLocaleString('en-US');
