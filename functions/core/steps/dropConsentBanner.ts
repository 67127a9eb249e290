import type { Line } from '../lines';
import { endsSentence } from '../text';
import { isCaptionLine } from './classifyLine';

/** The banner opens the page: its notice is the first or second line of the dump. */
const BANNER_REACH = 2;
const NOTICE_MIN_CHARS = 40;
/** A notice is sentences, in any script: "…experience.", "…使用しています。", "…उपयोग करते हैं।". */
const SENTENCE_MARK = /[.!?。！？।]/u;
const BUTTON_ROW_MAX_CHARS = 60;
const BUTTON_MAX_CHARS = 30;
const MAX_BUTTONS = 4;
const HEADING_MAX_CHARS = 60;

/** "Hyväksy kaikki   Vain välttämättömät   Asetukset", "同意する": a row of a few short buttons, no sentence. */
function isButtonRow(line: Line): boolean {
  const buttons = line.wideGapItems ?? [line.text];
  return (
    line.text.length <= BUTTON_ROW_MAX_CHARS &&
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
    const [notice, buttons, after] = [lines[i]!, lines[i + 1]!, lines[i + 2]];
    const banner =
      notice.text.length >= NOTICE_MIN_CHARS &&
      SENTENCE_MARK.test(notice.text) &&
      !isCaptionLine(notice.text) &&
      buttons.blankBefore === 0 &&
      isButtonRow(buttons) &&
      (after === undefined || after.blankBefore > 0);
    // "We value your privacy" right over the notice: the banner's heading goes with it.
    const heading = i === 1 && notice.blankBefore === 0 && lines[0]!.text.length <= HEADING_MAX_CHARS && !endsSentence(lines[0]!.text);
    if (banner) return [...lines.slice(0, heading ? 0 : i), ...lines.slice(i + 2)];
  }
  return lines;
}
