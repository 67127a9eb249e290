import type { Line } from '../lines';
import { endsSentence, SCRIPT_FULL_STOPS } from '../text';
import { isCaptionLine } from './classifyLine';

/** The banner opens the page: its notice is the first or second line of the dump. */
const BANNER_REACH = 2;
const NOTICE_MIN_CHARS = 40;
/** A notice is sentences, in any script: "…experience.", "…使用しています。", "…उपयोग करते हैं।". */
const SENTENCE_MARK = new RegExp(`[.!?${SCRIPT_FULL_STOPS}]`, 'u');
const BUTTON_ROW_MAX_CHARS = 60;
const BUTTON_MAX_CHARS = 30;
const MAX_BUTTONS = 4;
const HEADING_MAX_CHARS = 60;

/**
 * "Hyväksy kaikki   Vain välttämättömät   Asetukset", "同意する": a row of a few short buttons, no sentence.
 * Set apart by wide gaps, each button is bounded on its own ("Accept additional cookies   Reject additional cookies").
 */
function isButtonRow(line: Line): boolean {
  const buttons = line.wideGapItems ?? [line.text];
  return (
    (buttons.length > 1 || line.text.length <= BUTTON_ROW_MAX_CHARS) &&
    !endsSentence(line.text) &&
    !NOT_A_BUTTON.test(line.text) &&
    buttons.length <= MAX_BUTTONS &&
    buttons.every((b) => b.length <= BUTTON_MAX_CHARS)
  );
}

/** Buttons are words: a colon, a slash or a figure makes a credit ("Foto: Marit Hollender / dpa"), a byline or a date. */
const NOT_A_BUTTON = /[:/|()\d]/u;

/**
 * A consent banner at the top of a page dump, in whatever language: a notice of a sentence or two
 * with its buttons directly under it ("Accept all   Settings"), then a blank line. Read by its
 * shape, so no cookie vocabulary is needed; without it the notice would be the article's first prose.
 */
export function dropConsentBanner(lines: readonly Line[]): readonly Line[] {
  for (let i = 0; i < Math.min(BANNER_REACH, lines.length - 1); i++) {
    const notice = lines[i]!;
    // "…you agree to our use of cookies.   Accept   More about cookies": the buttons on the notice's own line.
    if (isNoticeWithButtons(notice) && lines[i + 1]!.blankBefore > 0) return [...lines.slice(0, i), ...lines.slice(i + 1)];
    if (!isNoticeLine(notice) || lines[i + 1]!.blankBefore > 0 || !isButtonRow(lines[i + 1]!)) continue;
    const after = lines[i + 2];
    // One row of buttons set apart by a blank line; or, in a dump without blank lines, the buttons one to a
    // line ("Accept all" / "Reject all" / "Manage preferences"), up to the last that asks for consent.
    const end = after === undefined || after.blankBefore > 0 ? i + 2 : consentButtonsEnd(lines, i + 1);
    if (end < 0) continue;
    // "We value your privacy" right over the notice: the banner's heading goes with it.
    const heading = i === 1 && notice.blankBefore === 0 && lines[0]!.text.length <= HEADING_MAX_CHARS && !endsSentence(lines[0]!.text);
    return [...lines.slice(0, heading ? 0 : i), ...lines.slice(end)];
  }
  return withoutNoticeOverConsentButtons(withoutCookieBlock(lines));
}

/** A notice whose buttons follow it across wide gaps: "… use of cookies.   Accept   Settings". */
function isNoticeWithButtons(line: Line): boolean {
  const [notice, ...buttons] = line.wideGapItems ?? [];
  return (
    notice !== undefined &&
    notice.length >= NOTICE_MIN_CHARS &&
    endsSentence(notice) &&
    !isCaptionLine(notice) &&
    buttons.length > 0 &&
    buttons.length < MAX_BUTTONS &&
    buttons.every((b) => b.length <= BUTTON_MAX_CHARS && !endsSentence(b) && !NOT_A_BUTTON.test(b))
  );
}

const isNoticeLine = (line: Line): boolean => line.text.length >= NOTICE_MIN_CHARS && SENTENCE_MARK.test(line.text) && !isCaptionLine(line.text);

/** What a consent notice asks about when it names no cookies: the reader's data, privacy, consent. */
const CONSENT_SUBJECT = /\b(?:data|daten|datos|dati|dados|données|privacy|datenschutz|privacidad|confidentialité|consent|einwilligung|consentimiento|consentement|consenso)\b/iu;

/**
 * Under the masthead and the menu, without a blank line around it: "Wir und unsere Partner verarbeiten Daten …" /
 * "Alle akzeptieren" / "Einstellungen". Lower on the page the notice must speak of data or consent, and a button ask for it.
 */
function withoutNoticeOverConsentButtons(lines: readonly Line[]): readonly Line[] {
  for (let i = BANNER_REACH; i < Math.min(COOKIE_BLOCK_REACH, lines.length - 1); i++) {
    const notice = lines[i]!;
    if (!isNoticeLine(notice) || lines[i + 1]!.blankBefore > 0 || !(CONSENT_SUBJECT.test(notice.text) || COOKIE_WORD.test(notice.text))) continue;
    const end = consentButtonsEnd(lines, i + 1);
    if (end >= 0) return [...lines.slice(0, i), ...lines.slice(end)];
  }
  return lines;
}

/** "Accept all", "Reject all", "Manage preferences", "Alle akzeptieren": a button that answers a consent notice. */
const CONSENT_BUTTON =
  /\b(?:accept|reject|agree|consent|allow|decline|manage|preferences|settings|options|customi[sz]e)|akzeptier|ablehn|zustimm|einstellung|accepter|refuser|paramètr|acept|rechaz|configur|accett|rifiut|impostazion|aceit|recus|godkänn|accepteer|weiger/iu;

/** Index after the last of the button lines from `from` on that asks for consent, or -1 when none does. */
function consentButtonsEnd(lines: readonly Line[], from: number): number {
  let end = -1;
  for (let k = from; k < lines.length && k < from + MAX_BUTTONS && lines[k]!.blankBefore === 0 && isButtonRow(lines[k]!); k++) {
    if (CONSENT_BUTTON.test(lines[k]!.text)) end = k + 1;
  }
  return end;
}

/** Under the masthead and the menu, the banner is told by its word: "cookie" in nearly every language. */
const COOKIE_WORD = /cookie|çerez|куки|kuki|sütik|evästei|kolačić|piškot|slapuk|sīkdatn|küpsis|ciastecz|galet|vafrak/iu;
/** How far down the page (in lines) a banner is looked for, and how many lines it may take. */
const COOKIE_BLOCK_REACH = 20;
const COOKIE_BLOCK_MAX_LINES = 4;
const INLINE_BUTTONS = /[.!?] [^.!?|]{2,30}(?: \| [^.!?|]{2,30}){1,3}$/u;

/**
 * "Wij gebruiken cookies" / the notice / "Alles accepteren   Instellingen aanpassen": a block set apart by blank
 * lines near the top whose heading or notice speaks of cookies, with buttons or a notice of a sentence or two.
 */
function withoutCookieBlock(lines: readonly Line[]): readonly Line[] {
  for (let start = 0; start < Math.min(COOKIE_BLOCK_REACH, lines.length); start++) {
    if (start > 0 && lines[start]!.blankBefore === 0) continue;
    let end = start + 1;
    while (end < lines.length && lines[end]!.blankBefore === 0) end++;
    const block = lines.slice(start, end);
    const notice = block.find((line) => line.text.length >= NOTICE_MIN_CHARS && SENTENCE_MARK.test(line.text));
    if (block.length > COOKIE_BLOCK_MAX_LINES || notice === undefined || !block.slice(0, 2).some((line) => COOKIE_WORD.test(line.text))) continue;
    // Its buttons under the notice or at its end ("… Accetta tutti | Rifiuta | Personalizza"): a story about biscuits has none.
    if (!block.some((line) => line !== notice && isButtonRow(line)) && !INLINE_BUTTONS.test(notice.text)) continue;
    return [...lines.slice(0, start), ...lines.slice(end)];
  }
  return lines;
}
