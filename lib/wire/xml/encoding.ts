import { WireError } from '../errors';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function declaredEncoding(head: string): string | null {
  const match = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head.trimStart());
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * Decodes a document's bytes. A BOM wins; otherwise bytes that are valid UTF-8 are
 * read as UTF-8 even when the declaration says ISO-8859-1 (agencies send UTF-8
 * labelled Latin-1; honouring the label gives `Â£`); otherwise the declared encoding,
 * or windows-1252 for undeclared bytes that are not UTF-8.
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return UTF8.decode(bytes.subarray(3));
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
    return new TextDecoder(bytes[0] === 0xfe ? 'utf-16be' : 'utf-16le').decode(bytes.subarray(2));
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
    const declared = declaredEncoding(head);
    const label = declared && !['utf-8', 'utf8'].includes(declared) ? declared : 'windows-1252';
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      throw new WireError(`The document declares an encoding this desk cannot read (${declared}).`);
    }
  }
}
