// The new-project page's two texts, segmented: a 5,000-sentence text takes a second to segment,
// the page renders on every keystroke in its name field, and typing in one text must not
// segment the other again.
import type { Lang } from '../../core/model.js';
import { segmentText } from '../../core/segment/index.js';
import { langCode } from '../../core/text/lang.js';

interface Side {
  text: string;
  lang: string;
  paragraphs: string[][];
}

export interface Segmented {
  source: string[][];
  target: string[][];
}

/** Typing changes a text by fewer characters than this at a time; a paste or a file, more. */
const TYPED = 100;
/** The counts under the texts follow typing once it pauses this long. */
const PAUSE_MS = 250;

export class SegmentCache {
  private readonly sides: Record<'source' | 'target', Side> = {
    source: { text: '', lang: '', paragraphs: [] },
    target: { text: '', lang: '', paragraphs: [] },
  };
  private timer = 0;

  /** `refresh` is called once typing pauses and the counts shown are out of date. */
  constructor(private readonly refresh: () => void) {}

  /** Both texts segmented, as they are now. */
  now(source: string, target: string, [sl, tl]: [Lang, Lang]): Segmented {
    return {
      source: this.side('source', source, sl, false),
      target: this.side('target', target, tl, false),
    };
  }

  /**
   * For the counts shown while a user types: a text a few characters from the one last
   * segmented keeps that segmentation until typing pauses (each key segmenting 6,000 Chinese
   * lines again cost 50 ms); a paste, a file or another language counts at once.
   */
  whileTyping(source: string, target: string, [sl, tl]: [Lang, Lang]): Segmented {
    return {
      source: this.side('source', source, sl, true),
      target: this.side('target', target, tl, true),
    };
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private side(which: 'source' | 'target', text: string, lang: Lang, typing: boolean) {
    const c = this.sides[which];
    if (c.text === text && c.lang === lang) return c.paragraphs;
    const typed = c.text !== '' && c.lang === lang && Math.abs(c.text.length - text.length) < TYPED;
    if (typing && typed) {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => {
        this.side(which, text, lang, false);
        this.refresh();
      }, PAUSE_MS);
      return c.paragraphs;
    }
    c.paragraphs = segmentText(text, langCode(lang));
    c.text = text;
    c.lang = lang;
    return c.paragraphs;
  }
}
