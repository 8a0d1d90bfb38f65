import type { Passage } from './types.ts';
import { splitIntoWindows } from './windows.ts';

/** What a document's text yields: its citation metadata and its passages. */
export interface ParsedDocument {
  title: string;
  source: string;
  passages: Passage[];
  paragraphCount: number;
}

const SOURCE_LINE = /^\s*source\s*[»:›>|–—-]+\s*(\S.*)$/i;
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const BREADCRUMB = /^\s*home\b(.*)$/i;
const CLOSING_PUNCTUATION = /[.!?;:,]["'”’)\]]*$/;
const MAX_TITLE_CHARS = 150;
const MAX_TITLE_WORDS = 20;

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A short single line without closing punctuation reads as a title, not as prose. */
function looksLikeTitle(line: string): boolean {
  const words = line.split(' ').length;
  return line.length <= MAX_TITLE_CHARS && words <= MAX_TITLE_WORDS && !CLOSING_PUNCTUATION.test(line);
}

/**
 * Site navigation such as `Home › World › Story` (or, once the separators were lost in copying, `Home world Story`):
 * a single short line starting with "Home" that does not read as a sentence.
 */
function isBreadcrumb(lines: string[]): boolean {
  if (lines.length !== 1) return false;
  const line = normaliseSpace(lines[0] ?? '');
  const match = BREADCRUMB.exec(line);
  if (!match) return false;
  const rest = match[1] ?? '';
  return /^\s*[›>»/|]/.test(rest) || looksLikeTitle(line);
}

/**
 * Turns `reports/2024_annual-review.md` into `2024 annual review`. A name's "Mc" stays joined to the rest of it,
 * as it is written: `william_mc_kinley` is William McKinley, whom a question calls "mckinley".
 */
export function titleFromFileName(docId: string): string {
  const base = docId.split('/').pop() ?? docId;
  const stem = base.replace(/\.(txt|md)$/i, '');
  return normaliseSpace(stem.replace(/[_-]+/g, ' ').replace(/\b(mc) (?=[a-z])/gi, '$1')) || base;
}

/**
 * Parses a document into citable passages. Paragraphs are blank-line separated; metadata lines (a leading
 * breadcrumb, a title, Markdown headings, `Source » …` lines) feed the citation instead of becoming passages.
 */
export function parseDocument(docId: string, content: string): ParsedDocument {
  const blocks = content
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\f\v\u00a0]*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim().length > 0))
    .filter((lines) => lines.length > 0);

  let title: string | undefined;
  let source: string | undefined;
  const paragraphs: string[] = [];

  blocks.forEach((lines, index) => {
    if (index === 0 && isBreadcrumb(lines)) return;
    const body: string[] = [];
    for (const line of lines) {
      const sourceMatch = SOURCE_LINE.exec(line);
      const headingMatch = MARKDOWN_HEADING.exec(line);
      if (sourceMatch) source ??= normaliseSpace(sourceMatch[1] ?? '');
      else if (headingMatch) title ??= normaliseSpace(headingMatch[1] ?? '') || undefined;
      else body.push(line);
    }
    if (body.length === 0) return;
    const text = normaliseSpace(body.join(' '));
    const isFirstText = paragraphs.length === 0 && title === undefined;
    if (isFirstText && body.length === 1 && looksLikeTitle(text)) title = text;
    else paragraphs.push(text);
  });

  const finalTitle = title ?? titleFromFileName(docId);
  const finalSource = source ?? docId;
  const passages: Passage[] = [];
  paragraphs.forEach((paragraph, index) => {
    const number = index + 1;
    const windows = splitIntoWindows(paragraph);
    windows.forEach((text, windowIndex) => {
      const part = windows.length > 1 ? windowIndex + 1 : undefined;
      passages.push({
        id: part === undefined ? `${docId}#${number}` : `${docId}#${number}.${part}`,
        docId,
        title: finalTitle,
        source: finalSource,
        passage: number,
        ...(part === undefined ? {} : { part }),
        text,
      });
    });
  });
  return { title: finalTitle, source: finalSource, passages, paragraphCount: paragraphs.length };
}
