/** Decide what kind of input a file is, from its name and first bytes. */

/** The input kinds the CLI reads. */
export type InputKind = 'text' | 'html' | 'jsonl' | 'warc'

/** Bytes of the head looked at when sniffing; enough to pass a BOM, white space and a doctype. */
const SNIFF_BYTES = 1024

/**
 * Detect the kind of an input: by extension (after `.gz`), else by content: `WARC/` is WARC or WET,
 * `{` is JSONL, `<` is HTML, anything else plain text.
 *
 * @param path the file name (`-` for stdin)
 * @param head the first decompressed bytes
 * @returns the kind
 * @example detectKind('CC-MAIN-…-00000.warc.wet.gz', head) // 'warc'
 */
export function detectKind(path: string, head: Uint8Array): InputKind {
  const name = path.toLowerCase().replace(/\.(?:gz|gzip)$/, '')
  if (/\.(?:jsonl|ndjson|json)$/.test(name)) return 'jsonl'
  if (/\.(?:warc|wet)$/.test(name)) return 'warc'
  if (/\.(?:html?|xhtml)$/.test(name)) return 'html'
  if (/\.(?:txt|text|md)$/.test(name)) return 'text'
  const text = new TextDecoder().decode(head.subarray(0, SNIFF_BYTES)).replace(/^\uFEFF/, '').trimStart()
  if (text.startsWith('WARC/')) return 'warc'
  if (text.startsWith('{')) return 'jsonl'
  if (text.startsWith('<')) return 'html'
  return 'text'
}
