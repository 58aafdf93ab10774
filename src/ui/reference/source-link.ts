// Catalog `source` strings → display text and an optional github.com link.
// Forms: `path:line@ref` (AliyunContainerService/terway), `owner/repo:path:line@ref`, or a full URL.

export interface SourceRef {
  text: string;
  href?: string;
}

const TERWAY = 'AliyunContainerService/terway';

export function sourceLink(source: string): SourceRef {
  const s = source.trim();
  if (/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\//.test(s)) return { text: s, href: s };
  const other = /^([\w.-]+\/[\w.-]+):([^:@\s]+):(\d+)@([\w./-]+)$/.exec(s);
  if (other) {
    const [, repo, path, line, ref] = other;
    return { text: s, href: `https://github.com/${repo}/blob/${ref}/${path}#L${line}` };
  }
  const own = /^([^:@\s]+):(\d+)@([\w./-]+)$/.exec(s);
  if (own) {
    const [, path, line, ref] = own;
    return { text: s, href: `https://github.com/${TERWAY}/blob/${ref}/${path}#L${line}` };
  }
  return { text: s };
}
