import exifr from 'exifr';

/** What a photo says about itself, as the library's fields. */
export type PhotoMetadata = { caption: string; credit: string; copyright: string; keywords: string[]; takenAt: Date | null };

type Segments = {
  iptc?: Record<string, unknown>;
  xmp?: Record<string, unknown>;
  dc?: Record<string, unknown>;
  photoshop?: Record<string, unknown>;
  ifd0?: Record<string, unknown>;
  exif?: Record<string, unknown>;
};

/** Text out of whatever exifr made of a field: a string, a language alternative ({ value }), a list. */
function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(', ');
  if (typeof value === 'object' && 'value' in value) return text((value as { value: unknown }).value);
  return '';
}

/**
 * IPTC text is bytes in the file's declared character set; exifr reads it as Latin-1.
 * Text that is valid UTF-8 once seen as bytes was UTF-8 (as agencies write it today).
 */
function iptcText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(iptcText);
  if (typeof value !== 'string' || !/[\u0080-\u00ff]/.test(value) || /[^\u0000-\u00ff]/.test(value)) return value;
  const decoded = Buffer.from(value, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? value : decoded;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(text) : text(value).split(/\s*[,;]\s*/)).map((k) => k.trim()).filter(Boolean);
const first = (...values: unknown[]) => values.map(text).find(Boolean) ?? '';

function date(value: unknown): Date | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value === 'string') {
    const parsed = new Date(value.replace(/^(\d{4}):(\d{2}):(\d{2})/, '$1-$2-$3'));
    return Number.isNaN(parsed.getTime()) ? null : parsed;
  }
  return null;
}

/**
 * Caption, credit, copyright, keywords and the time taken, from IPTC (the agencies'
 * own), then XMP, then EXIF. A file with none, or with metadata exifr cannot read,
 * gives empty fields: metadata never stops an upload.
 */
export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  let found: Segments;
  try {
    found = ((await exifr.parse(Buffer.from(bytes), { iptc: true, xmp: true, tiff: true, exif: true, icc: false, mergeOutput: false, reviveValues: true })) ??
      {}) as Segments;
  } catch {
    found = {};
  }
  const iptc = Object.fromEntries(Object.entries(found.iptc ?? {}).map(([key, value]) => [key, iptcText(value)]));
  const dc = found.dc ?? (found.xmp?.dc as Record<string, unknown> | undefined) ?? {};
  const photoshop = found.photoshop ?? {};
  const ifd0 = found.ifd0 ?? {};
  const exif = found.exif ?? {};
  const iptcDate = text(iptc.DateCreated) ? `${text(iptc.DateCreated)}${text(iptc.TimeCreated) ? `T${text(iptc.TimeCreated)}` : ''}` : '';
  return {
    caption: first(iptc.Caption, dc.description, ifd0.ImageDescription).slice(0, 2000),
    credit: first(iptc.Credit, photoshop.Credit, iptc.Byline, dc.creator, ifd0.Artist).slice(0, 200),
    copyright: first(iptc.CopyrightNotice, dc.rights, ifd0.Copyright).slice(0, 300),
    keywords: [...new Set(list(iptc.Keywords).concat(iptc.Keywords ? [] : list(dc.subject)))].slice(0, 50).map((k) => k.slice(0, 80)),
    takenAt: date(exif.DateTimeOriginal) ?? date(iptcDate) ?? date(photoshop.DateCreated),
  };
}
