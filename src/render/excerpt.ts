/** A run of excerpt text, bold when the search matched it. */
export interface Segment {
  text: string;
  bold: boolean;
}

/**
 * Splits a search excerpt into plain and bold runs.
 *
 * Search marks matches with `**` but leaves the passage's own characters alone, so in a Markdown document
 * `**budget**` whose word matched comes back as `****budget****`. Given the passage text, the excerpt is aligned
 * with it: stars the passage has are literal, the extra ones are match markers (always on the word's side of a run
 * of stars). Without the text, or when it does not line up, every `**…**` pair counts as a marker.
 *
 * @example
 * parseExcerpt('a ****b**** c', 'a **b** c')
 * // [{ text: 'a **', bold: false }, { text: 'b', bold: true }, { text: '** c', bold: false }]
 */
export function parseExcerpt(excerpt: string, passageText?: string): Segment[] {
  const aligned = passageText === undefined ? undefined : alignMarkers(excerpt, passageText);
  return merge(aligned ?? splitPairs(excerpt));
}

function splitPairs(excerpt: string): Segment[] {
  // split() with one capture group alternates plain text (even) and bold matches (odd).
  return excerpt.split(/\*\*(.+?)\*\*/s).map((text, i) => ({ text, bold: i % 2 === 1 }));
}

function alignMarkers(excerpt: string, passage: string): Segment[] | undefined {
  const skeleton = (s: string) => s.replace(/\*/g, '');
  const body = excerpt.replace(/^…/, '').replace(/…$/, '');
  // Where the excerpt starts in the passage: its text without any stars is a substring of the star-free passage.
  const starFree = skeleton(passage);
  const at = starFree.indexOf(skeleton(body));
  if (at < 0 || skeleton(body) === '') return undefined;
  let j = nthNonStar(passage, at);
  // An excerpt that opens with stars may open with the passage's own: start at the beginning of that run.
  if (body.startsWith('*') && passage[j - 1] === '*') j = passage.slice(0, j).search(/\*+$/);
  const segments: Segment[] = excerpt.startsWith('…') && body !== excerpt ? [{ text: '…', bold: false }] : [];
  let bold = false;
  const add = (text: string) => segments.push({ text, bold });
  for (let i = 0; i < body.length;) {
    if (body[i] !== '*') {
      if (body[i] !== passage[j]) return undefined;
      add(body[i]!);
      i++;
      j++;
      continue;
    }
    const excerptRun = /^\*+/.exec(body.slice(i))![0].length;
    const passageRun = /^\**/.exec(passage.slice(j))![0].length;
    const markers = excerptRun - passageRun;
    if (markers < 0 || markers % 2 !== 0) return undefined;
    const literal = '*'.repeat(passageRun);
    // Markers hug the matched word: a closing one comes before the passage's own stars, an opening one after.
    let left = markers / 2;
    if (bold && left > 0) {
      bold = false;
      left--;
    }
    add(literal);
    if (left > 1) return undefined;
    if (left === 1) bold = true;
    i += excerptRun;
    j += passageRun;
  }
  if (bold) return undefined;
  if (body !== excerpt && excerpt.endsWith('…')) segments.push({ text: '…', bold: false });
  return segments;
}

/** Index in `text` of its `n`-th character that is not a star. */
function nthNonStar(text: string, n: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '*') continue;
    if (seen === n) return i;
    seen++;
  }
  return text.length;
}

function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last && last.bold === s.bold) last.text += s.text;
    else if (s.text !== '') out.push({ ...s });
  }
  return out;
}
