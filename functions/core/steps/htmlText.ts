/** The text of an HTML fragment: entities decoded, block elements as blank-line breaks, other tags gone. */

const BLOCK_TAGS = /<\/?(?:p|div|section|article|header|footer|nav|aside|main|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|tr|td|th|pre|hr|dd|dt|dl|form|menu)\b[^>]*>/giu;
const LINE_BREAK = /<br\s*\/?>/giu;
const ANY_TAG = /<[^>]{0,2000}>/gu;
/**
 * One element closing right where the next opens (`<cite>Name</cite><span>May 3</span>`, a run of
 * menu links): two fields the page's styles set apart, so they stay apart as lines. Unless the first
 * ends on a joining word ("by <span>Priya Castellanos</span> and </span><span>Joel Amberley</span>"): one line of names;
 * or the next goes on after a comma (`<span>Tomasz Wierzbicki</span><span>, dziennikarz działu Gdańsk</span>`).
 */
const ADJACENT_ELEMENTS = /(?<!(?:^|[\s>])(?:and|und|et|og|och|en|[&ey]|&amp;)\s*)(<\/[a-z][\w-]{0,20}\s*>)(?=<[a-z][^>]{0,400}>(?!\s*[,;]))/giu;
const ENTITY = /&(#x[\da-f]{1,6}|#\d{1,7}|[a-z][a-z\d]{1,9});/giu;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '', zwj: '', zwnj: '',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', prime: '′', Prime: '″',
  copy: '©', reg: '®', trade: '™', deg: '°', times: '×', divide: '÷', plusmn: '±', minus: '−', micro: 'µ',
  para: '¶', sect: '§', euro: '€', pound: '£', yen: '¥', cent: '¢', frac12: '½', frac14: '¼', frac34: '¾',
  sup2: '²', sup3: '³', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', asymp: '≈', ne: '≠', le: '≤', ge: '≥', hearts: '♥', star: '☆', check: '✓', iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º',
  szlig: 'ß', aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ', oslash: 'ø', Oslash: 'Ø', eth: 'ð', ETH: 'Ð', thorn: 'þ', THORN: 'Þ',
};
/** "eacute", "Uuml", "ccedil": a letter and its accent, composed rather than listed one by one. */
const ACCENTED_LETTER = /^([a-z])(acute|grave|circ|uml|tilde|ring|cedil|caron)$/iu;
const COMBINING_ACCENT: Readonly<Record<string, string>> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', ring: '\u030A', cedil: '\u0327', caron: '\u030C',
};

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function namedEntity(name: string, entity: string): string {
  const listed = NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()];
  if (listed !== undefined) return listed;
  const accented = ACCENTED_LETTER.exec(name);
  const accent = accented?.[2] === undefined ? undefined : COMBINING_ACCENT[accented[2]];
  return accented?.[1] === undefined || accent === undefined ? entity : `${accented[1]}${accent}`.normalize('NFC');
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return safeCodePoint(parseInt(body.slice(2), 16), entity);
    if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10), entity);
    return namedEntity(body, entity);
  });
}

/** `<span>Civil engineer</span><span class="mx">·</span><span>11 Apr 2023</span>`: a separator set in an element of its own joins its neighbours on one line. */
const SEPARATOR_ELEMENT = /<(span|small|[ib]|em)\b[^>]{0,200}>\s*([·•|])\s*<\/\1\s*>/giu;

/** Tags to text: blocks become blank-line breaks, other tags go, entities are decoded. */
export function flatText(html: string): string {
  return decodeEntities(html.replace(SEPARATOR_ELEMENT, ' $2 ').replace(ADJACENT_ELEMENTS, '$1\n').replace(LINE_BREAK, '\n').replace(BLOCK_TAGS, '\n\n').replace(ANY_TAG, ''));
}

/** One line of text from a fragment (a heading, a caption, an attribute): white space collapsed. */
export const inlineText = (html: string): string => flatText(html).replace(/\s+/gu, ' ').trim();
