/** Deterministic synthetic articles for benchmarks and load runs: sizes and thread shapes on demand. */

const WORDS = (
  'harbour council board river village school winter market railway bridge station museum garden ' +
  'festival season report budget plan road tunnel ferry island coast storm water energy solar wind ' +
  'farmers residents officials members visitors teachers workers engineers the a of to and in on for ' +
  'with said would could after before during while because about against between'
).split(' ');

/** A small seeded PRNG (mulberry32), so every run generates the same bytes. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(random: () => number): string {
  const length = 8 + Math.floor(random() * 18);
  const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]!);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number): string {
  return Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(random)).join(' ');
}

export interface GeneratedArticle {
  text: string;
  paragraphs: number;
  comments: number;
}

/**
 * An article in the seeds' layout (title, dateline'd body, a numbered "Name said:" thread with
 * bulleted replies), grown to about `targetBytes`.
 */
export function generateArticle(targetBytes: number, seed = 1, options: { commentShare?: number } = {}): GeneratedArticle {
  const random = randomSource(seed);
  const commentShare = options.commentShare ?? 0.5;
  const parts: string[] = [`Council approves ${WORDS[seed % WORDS.length]} plan after long debate`, ''];
  let size = 0;
  let paragraphs = 0;
  const bodyBytes = targetBytes * (1 - commentShare);
  parts.push(`RIVERTON (Staff Reports)—${paragraph(random)}`, '');
  while (size < bodyBytes) {
    const p = paragraph(random);
    parts.push(p, '');
    size += p.length + 2;
    paragraphs++;
  }
  parts.push('', 'Discussion Policy', '', 'Comments are welcomed and encouraged.', '', '');
  let comments = 0;
  let number = 0;
  while (size < targetBytes) {
    number++;
    const top = `  ${number}. Reader${comments + 1} said:\n\n    ${paragraph(random)}\n`;
    parts.push(top);
    size += top.length;
    comments++;
    if (random() < 0.3) {
      const reply = `    • Reader${comments + 1} said:\n\n      ${paragraph(random)}\n`;
      parts.push(reply);
      size += reply.length;
      comments++;
    }
  }
  return { text: parts.join('\n'), paragraphs, comments };
}

/** One file of a load corpus: its text and the comments a correct parse must yield. */
export interface CorpusFile {
  key: string;
  text: string;
  bytes: number;
  comments: number;
}

/** A log-normal draw (Box–Muller), for sizes and counts with a long right tail. */
function logNormal(random: () => number, median: number, sigma: number): number {
  const u = Math.max(random(), 1e-12);
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  return median * Math.exp(sigma * z);
}

const TITLE_WORDS = ['Council', 'Harbour', 'Railway', 'School', 'Market', 'Bridge', 'Museum', 'Festival', 'Ferry', 'Storm', 'Budget', 'Library'];
const TITLE_VERBS = ['approves', 'delays', 'rejects', 'reopens', 'expands', 'cuts', 'reviews', 'celebrates'];

/** A thread of `count` comments: top-level numbered, replies bulleted one indent deeper (depth ≤ 3). */
function thread(random: () => number, count: number): string[] {
  const lines: string[] = [];
  let top = 0;
  let depth = 0;
  for (let n = 1; n <= count; n++) {
    depth = n === 1 || random() < 0.55 ? 0 : Math.min(depth + (random() < 0.6 ? 1 : 0), 3);
    if (depth === 0) top++;
    const indent = '  '.repeat(depth + 1);
    lines.push(`${indent}${depth === 0 ? `${top}.` : '•'} Reader ${n} said:`, '', `${indent}  ${paragraph(random)}`, '');
  }
  return lines;
}

/**
 * File `index` of a load corpus with a realistic spread: body size log-normal around 5 KB (a
 * few over 100 KB); 35 % of articles without comments, the rest log-normal around 6 (a few
 * hundred at most), threaded up to depth 3.
 */
export function generateCorpusFile(index: number, seed = 7): CorpusFile {
  const random = randomSource(seed * 1_000_003 + index);
  const bodyBytes = Math.min(400_000, Math.max(600, logNormal(random, 5_000, 0.9)));
  const comments = random() < 0.35 ? 0 : Math.min(600, Math.max(1, Math.round(logNormal(random, 6, 1.1))));
  const title = `${TITLE_WORDS[index % TITLE_WORDS.length]} ${TITLE_VERBS[Math.floor(random() * TITLE_VERBS.length)]} plan ${index}`;
  const parts = [title, '', `RIVERTON (Staff Reports)—${paragraph(random)}`, ''];
  for (let size = 0; size < bodyBytes; ) {
    const p = paragraph(random);
    parts.push(p, '');
    size += p.length + 2;
  }
  if (comments > 0) parts.push('', 'Discussion Policy', '', 'Comments are welcomed and encouraged.', '', '', ...thread(random, comments));
  const text = parts.join('\n');
  return { key: `load/${String(index).padStart(6, '0')} ${title.toLowerCase().replace(/ /g, '-')}.txt`, text, bytes: Buffer.byteLength(text), comments };
}
