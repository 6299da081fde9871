/** One IPTC Media Topic from the vocabulary file shipped in prisma/data. */
export type MediaTopic = { qcode: string; label: string; broader: string | null; subjectCode: string | null };

/**
 * Parses `mediatopic-en-GB.tsv` (qcode, label, broader, retired, subject code).
 * Retired topics are left out: editors must not pick them.
 */
export function parseMediaTopics(tsv: string): MediaTopic[] {
  const lines = tsv.split(/\r?\n/).filter((line) => line.trim());
  const header = lines.shift()?.split('\t') ?? [];
  const col = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`The vocabulary has no column ${name}`);
    return index;
  };
  const [qcode, label, broader, retired, subject] = ['qcode', 'prefLabel_en-GB', 'broader', 'retired', 'subjectcode_exactMatch'].map(col) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return lines
    .map((line) => line.split('\t'))
    .filter((cells) => !cells[retired]?.trim() && cells[qcode]?.startsWith('medtop:') && cells[label]?.trim())
    .map((cells) => ({
      qcode: cells[qcode]!.trim(),
      label: cells[label]!.trim(),
      broader: cells[broader]?.trim() || null,
      subjectCode: cells[subject]?.trim() || null,
    }));
}
