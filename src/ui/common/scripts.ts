// The inspect scripts. The hosted build links to them (`scripts/<name>`, relative, so it works under
// any sub-path); the single-file build has no neighbouring files, so it embeds their text and offers
// them as Blob downloads. Only the single build pays for the embedded text.
const EMBED_SCRIPTS = import.meta.env.MODE === 'single';

const embedded: Record<string, string> = EMBED_SCRIPTS
  ? import.meta.glob<string>('../../../public/scripts/inspect-terway-*.sh', {
      query: '?raw',
      import: 'default',
      eager: true,
    })
  : {};

/** The embedded text of a script (single-file build only). */
function embeddedScript(name: string): string | undefined {
  for (const [path, text] of Object.entries(embedded)) if (path.endsWith(`/${name}`)) return text;
  return undefined;
}

const blobUrls = new Map<string, string>();

/** Where to download a script: a relative link when hosted, a Blob URL of the embedded text in the single file. */
export function scriptHref(name: string): string | undefined {
  if (!EMBED_SCRIPTS) return `scripts/${name}`;
  const text = embeddedScript(name);
  if (text === undefined) return undefined;
  let url = blobUrls.get(name);
  if (!url) {
    url = URL.createObjectURL(new Blob([text], { type: 'text/x-shellscript' }));
    blobUrls.set(name, url);
  }
  return url;
}
