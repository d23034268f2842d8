// Numbers as written in Chinese or English text, read to their values so that two texts can be
// compared by value whatever the script: 1.2亿 = 120 million, 百分之四十 = 40 %, 第三 = 3rd.

export type NumberKind =
  | 'cardinal'
  | 'decimal'
  | 'percent'
  | 'fraction'
  | 'ordinal'
  | 'date'
  | 'time'
  | 'decade'
  | 'range';

/** The scale word a number was written with, so a value can be said back the same way. */
export type Scale = '万' | '亿' | '千万' | '万亿' | 'thousand' | 'million' | 'billion' | 'trillion';

export interface NumberMention {
  kind: NumberKind;
  /**
   * The value: 40 for 40 %, 1/3 for 三分之一, 3 for 第三; a date's first part (its year when it
   * has one), a time's hour (0–23 when the text says a.m./p.m. or 下午), a range's low end.
   */
  value: number;
  /**
   * What a comparison matches, part by part: a date's [year, month, day] as written, a time's
   * [hour, minute] (minute only when not 0), a range's [low, high]; [value] otherwise. A decade
   * is its year as written: 70 for 70年代, 1970 for 1970s (equal modulo 100).
   */
  parts: number[];
  /** As written, and where: UTF-16 offsets into the text, end exclusive. */
  text: string;
  start: number;
  end: number;
  /** Written in words (三千五百, twenty-one) rather than digits. */
  words: boolean;
  /**
   * A quantity that must survive translation. False for what literary translation renders
   * freely: a single number word (三, two, 第一, "a hundred"), an approximation (三四个, 十几).
   */
  firm: boolean;
  /** The scale word it was written with (3万, 1.2 billion). */
  scale?: Scale;
  /** A time whose hour is known on the 24-hour clock (下午3点, 3 p.m., 15:00). */
  clock24?: boolean;
  /**
   * A date that names an event or a day (五四运动, 九一八事变, “9·11”, 双十一): the other side
   * may say it by name (the Mukden Incident, Singles Day), so it need not be there as a number.
   */
  named?: boolean;
}

export const SCALE_VALUE: Record<Scale, number> = {
  万: 1e4,
  亿: 1e8,
  千万: 1e7,
  万亿: 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
