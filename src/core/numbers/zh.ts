// Chinese numbers: Arabic or full-width digits with 万/亿, Chinese numerals (三千五百, 两百零五,
// 二〇二三), 百分之, 分之, 第, dates (2023年6月12日) and times (下午3点). Literary Chinese is full of
// numerals that are no quantity (十分 "very", 一一 "one by one", 四处 "everywhere"): the ones that
// are read are marked firm or not, and the few that are words of their own are skipped.
import type { NumberMention, Scale } from './types.js';
import { SCALE_VALUE } from './types.js';

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** 一千二三百 has a head above the pair's unit; 二三十 none. */
const pairHeadFits = (head: string | undefined, unit: string | undefined) =>
  !head || UNIT[head.at(-1)!]! > (unit ? UNIT[unit]! : 1);

/** Value of a Chinese numeral (三千五百, 十二, 二〇二三, 一万二千, 两百零五); NaN if malformed. */
export function parseChineseNumeral(s: string): number {
  if (s.length > 1 && [...s].every((c) => c in DIGIT)) {
    return Number([...s].map((c) => DIGIT[c]).join(''));
  }
  let total = 0; // finished 亿 groups
  let group = 0; // finished 万 group within the current 亿 group
  let section = 0;
  let digit = -1;
  for (const c of s) {
    if (c in DIGIT) digit = DIGIT[c]!;
    else if (c in UNIT) {
      section += (digit < 0 ? 1 : digit) * UNIT[c]!;
      digit = -1;
    } else if (c === '万') {
      group = (group + section + Math.max(digit, 0) || 1) * 1e4;
      section = 0;
      digit = -1;
    } else if (c === '亿') {
      total = (total + group + section + Math.max(digit, 0) || 1) * 1e8;
      group = section = 0;
      digit = -1;
    } else return NaN;
  }
  return total + group + section + Math.max(digit, 0);
}

const FW = /[０-９．]/g;
export const halfWidth = (s: string): string =>
  s.replace(FW, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

// Chinese typesetting groups thousands with a full-width comma too (2，500万): a group of exactly
// three digits after it is one number, anything else a list.
const DIG = String.raw`[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?`;
const ZHN = '[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*';
const ZHDEC = `${ZHN}(?:点[零〇一二三四五六七八九]+)?`;
const NUM = `(?:${DIG}|${ZHDEC})`;

/** The value of one number written in digits or in Chinese (with 点 for decimals). */
export function zhValue(s: string): number {
  if (/[0-9０-９]/.test(s)) return Number(halfWidth(s).replace(/[,，]/g, ''));
  const [int, frac] = s.split('点');
  const whole = parseChineseNumeral(int!);
  if (frac === undefined) return whole;
  return Number(`${whole}.${[...frac].map((c) => DIGIT[c]).join('')}`);
}

const isWords = (s: string) => !/[0-9０-９]/.test(s);

type Raw = Omit<NumberMention, 'start' | 'end' | 'text'>;

// Common surnames: a numeral right after one is a name (王二, 茅十八) unless it counts something.
const SURNAME =
  /[王张李刘陈杨黄赵周吴徐孙马胡朱郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付邹熊孟秦邱侯江尹薛闫段雷龙黎陶贺毛郝顾龚邵钱严赖洪武莫孔汤康施牛樊葛邢乔伍庞颜倪庄聂鲁岳翟殷詹欧耿焦俞柳祝包宁舒阮柯梅童凌毕裴霍涂苗翁冉骆蓝靳柴鲍祁蒲滕饶牟艾尤穆卓缪褚娄窦戚岑宫卜冷晏卫柏瞿桂佟臧闵邬卞姬仇栾隋刁巫寇甄巩佘茅]/;
// A measure word after a numeral: it counts things (三个, 七名, 两天).
const COUNTED =
  /^[个位名只条本张件次天年岁月日人匹头把间家所座种块元斤行居盒里米分秒辆架台部首篇封句杯碗瓶双对层口棵朵颗枚支根片份场回遍趟步下声眼周项门笔章节倍道代群筐艘套]/;

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray) => Raw | null;
}

const one = (
  kind: NumberMention['kind'],
  value: number,
  words: boolean,
  firm: boolean,
  extra: Partial<Raw> = {},
): Raw => ({ kind, value, parts: [value], words, firm, ...extra });

/** A numeral written in words is firm from 11 up (三 or 十 is often rendered freely). */
const firmWords = (v: number) => v > 10;

const PERIOD_PM = /下午|晚上|傍晚|夜里|中午/;

/** What a day that names an event is followed by: 五四运动, 九一八事变, 三八节, 五一假期. */
const EVENT =
  '运动|事变|事件|惨案|纪念日|节|妇女节|儿童节|劳动节|青年节|国际|晚会|购物节|大促|狂欢节|黄金周|小长假|长假|假期|前夕';

/** A month and a day (1–12, 1–31) as a named date, or null. */
function namedDate(month: number, day: number, words: boolean): Raw | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return { kind: 'date', value: month, parts: [month, day], words, firm: false, named: true };
}

export const ZH_PATTERNS: Pattern[] = [
  {
    // A day that names an event, said as its month and day: 五四运动 (May 4), 九一八事变
    // (September 18), 五卅, 一二·九, “9·11”, “3·15”晚会, 双十一 (November 11), 十一黄金周
    // (October 1).
    re: new RegExp(
      `双十[一二]|([0-9０-９]{1,2})[·・]([0-9０-９]{1,2})(?![0-9０-９])|(?:一二·九|五卅|十一(?=[”"」]?(?:黄金周|小长假|长假|假期))|(?<![零〇一二两三四五六七八九十百千万亿])[一二三四五六七八九]{2,3}(?=[”"」]?(?:${EVENT})))`,
      'g',
    ),
    read: (m) => {
      const s = m[0];
      if (s.startsWith('双')) {
        const n = s === '双十一' ? 11 : 12;
        return namedDate(n, n, true);
      }
      if (m[1] !== undefined) return namedDate(zhValue(m[1]), zhValue(m[2]!), false);
      if (s === '一二·九') return namedDate(12, 9, true);
      if (s === '五卅') return namedDate(5, 30, true);
      if (s === '十一') return namedDate(10, 1, true);
      const d = [...s].map((c) => DIGIT[c]!);
      // 三四节课, 五六节车厢: "three or four" classes or carriages, not a day (四五运动 is one).
      const after = m.input.slice(m.index + s.length);
      if (d.length === 2 && d[1] === d[0]! + 1 && /^[”"」]?节/.test(after)) return null;
      return d.length === 2
        ? namedDate(d[0]!, d[1]!, true)
        : namedDate(d[0]!, d[1]! * 10 + d[2]!, true);
    },
  },
  {
    // 70年代, 九十年代: a decade, equal to 1970s or the seventies; 20世纪90年代 is the 1990s, one
    // mention, since an English text writes no 20 for it.
    re: new RegExp(`(?:(${DIG}|${ZHN})世纪)?(${DIG}|${ZHN})年代`, 'g'),
    read: (m) => {
      const century = m[1] === undefined ? undefined : zhValue(m[1]);
      const decade = zhValue(m[2]!);
      const value = century === undefined ? decade : (century - 1) * 100 + decade;
      return one('decade', value, isWords(m[0]), !isWords(m[0]));
    },
  },
  {
    re: new RegExp(`百分之(${NUM})`, 'g'),
    read: (m) => one('percent', zhValue(m[1]!), isWords(m[1]!), true),
  },
  {
    // 三分之一; and a share said as "one in ten": 10人中有一个, 每五个人中就有一人.
    re: new RegExp(
      `(${NUM})分之(${NUM})|每?(?<of>${NUM})[个名位]?人?中(?:就|只)?有(?<n>${NUM})[个名位人]`,
      'g',
    ),
    read: (m) => {
      // 三人中有一位 is as often "one of the three" as a share: loose, matched only by value.
      if (m.groups?.of)
        return one('fraction', zhValue(m.groups.n!) / zhValue(m.groups.of), isWords(m[0]), false);
      return one('fraction', zhValue(m[2]!) / zhValue(m[1]!), isWords(m[1]!), true);
    },
  },
  {
    re: new RegExp(`第(${NUM})`, 'g'),
    read: (m) => {
      const v = zhValue(m[1]!);
      return one('ordinal', v, isWords(m[1]!), !isWords(m[1]!) || firmWords(v));
    },
  },
  {
    // 2023年6月12日, 二〇二三年六月, 6月12日, 6月12号; a year needs four digits (三年 is "three years").
    // 民国元年 is 1912, 民国三十八年 1949 (the Republic's calendar, still Taiwan's).
    re: new RegExp(
      `(?:(?:([0-9０-９]{4}|[〇零一二三四五六七八九]{4})|民国(?<roc>元|${DIG}|${ZHN}))年)?(?:(${DIG}|${ZHN})月(?:(${DIG}|${ZHN})[日号])?)?`,
      'g',
    ),
    read: (m) => {
      const [, year, , mo, d] = m;
      const roc = m.groups?.roc;
      if (!year && !roc && !mo) return null;
      if (!year && !roc && mo && !d && isWords(mo)) return null; // 三月 alone: a month word, left to the numerals
      const y = roc ? String(1911 + (roc === '元' ? 1 : zhValue(roc))) : year;
      const parts = [y, mo, d].filter((x): x is string => !!x).map(zhValue);
      const firm = [y, mo, d].some((x) => x && !isWords(x)) || !!y;
      return { kind: 'date', value: parts[0]!, parts, words: isWords(m[0]), firm };
    },
  },
  {
    // 下午3点, 3点半, 15时30分, 三点钟; a Chinese numeral before 点 needs a time of day or 钟
    // (一点 is "a little", 三点五 is 3.5).
    re: new RegExp(
      `(上午|下午|早上|凌晨|中午|晚上|傍晚|夜里)?(${DIG}|${ZHN})(?:[点時时](钟|半|(${DIG}|${ZHN})分)?)`,
      'g',
    ),
    read: (m) => {
      const [all, period, h, tail, min] = m;
      if (/[.．]/.test(h!)) return null;
      if (isWords(h!) && !period && !tail) return null;
      if (!isWords(h!) && !period && !tail && all.endsWith('时')) return null;
      let hour = zhValue(h!);
      if (!(hour >= 0 && hour <= 24)) return null;
      if (period && PERIOD_PM.test(period) && hour < 12 && !(period === '中午' && hour > 2))
        hour += 12;
      if (period && /凌晨|上午|早上/.test(period) && hour === 12) hour = 0;
      const minute = tail === '半' ? 30 : min ? zhValue(min) : 0;
      const parts = minute ? [hour, minute] : [hour];
      return {
        kind: 'time',
        value: hour,
        parts,
        words: isWords(h!),
        firm: !isWords(h!),
        clock24: !!period || hour > 12,
      };
    },
  },
  {
    // 3万, 1.2亿, 3千万, 5百万, 3.5万亿; 5千米 is five kilometres, not 5000 metres.
    re: new RegExp(`(${DIG})\\s?[多余]?(万亿|千万|百万|[十百千万亿](?![米克瓦焦卡赫字兆比]))`, 'g'),
    read: (m) => {
      const base = zhValue(m[1]!);
      const s = m[2]!;
      const mult = s === '百万' ? 1e6 : s in SCALE_VALUE ? SCALE_VALUE[s as Scale] : UNIT[s]!;
      const scale = s in SCALE_VALUE ? (s as Scale) : undefined;
      const v = base * mult;
      return one(Number.isInteger(base) ? 'cardinal' : 'decimal', v, false, true, { scale });
    },
  },
  {
    re: new RegExp(ZHDEC, 'g'),
    read: (m) => {
      const s = m[0];
      // Numerals that are words of their own: 一/两 ("a", "both"), 十分 ("very"), 一一 ("one by one").
      const before = m.input[m.index - 1] ?? '';
      const after = m.input[m.index + s.length] ?? '';
      // …except where a range starts (一至六个月: one to six months).
      const startsRange = /^[至到][一二两三四五六七八九十百千\d]/.test(
        m.input.slice(m.index + s.length),
      );
      if ((s === '一' && !startsRange) || s === '一一') return null;
      // 两 alone is "both" or a tael (三两银子) unless a measure word follows (两个, 两天).
      if (s === '两' && !COUNTED.test(after)) return null;
      if (s === '十' && after === '分') return null;
      if (/^十/.test(s) && after === '分' && m.input[m.index + s.length + 1] !== '钟') return null;
      // 几十, 数十: "dozens", no value to keep.
      if (/[几数]/.test(before) && s.startsWith('十')) return null;
      // A name: 王二, 茅十八, 小四, 老三 (a numeral after a surname, with nothing counted).
      if ((SURNAME.test(before) || /[小老阿]/.test(before)) && !COUNTED.test(after)) return null;
      // 两 after a numeral is a tael (二十两, 三两银子) unless it is "two or three" (三两个).
      let t = s;
      if (s.length > 1 && s.endsWith('两') && !COUNTED.test(after)) t = s.slice(0, -1);
      // “十四五”, 十三五规划: the Five-Year Plan of that number (the 14th), an ordinal.
      if (
        /^十?[一二三四五六七八九]五$/.test(t) &&
        (/[“"「]/.test(before) ||
          /^(?:[”"」]|规划|时期|期间|计划)/.test(m.input.slice(m.index + t.length)))
      )
        return one('ordinal', zhValue(t.slice(0, -1)), true, true);
      const v = zhValue(t);
      if (!Number.isFinite(v)) return null;
      // 二十几, 三十来, 五十余, 十多: about that many ("twenty-odd", "over fifty").
      if (/[几来余多]/.test(after)) {
        // 一百多亿: over ten billion; the scale after the "over" still applies.
        const big = m.input[m.index + s.length + 1];
        const scale = big === '亿' || big === '万' ? big : undefined;
        return one(
          'cardinal',
          v * (scale ? SCALE_VALUE[scale] : 1),
          true,
          false,
          scale ? { scale } : {},
        );
      }
      // 二三十个, 五六百人, 四五十万, 一千二三百: the pair before a unit or scale is "twenty or
      // thirty" (no figure of 30 to keep); as written, so a falling 三二十 is still seen as one.
      const scaled =
        /^(.*?[十百千])?([一二两三四五六七八九])([一二两三四五六七八九])([十百千])?(万|亿)?$/.exec(
          t,
        );
      if (scaled && (scaled[4] || scaled[5]) && pairHeadFits(scaled[1], scaled[4])) {
        const [, headText, x, y, unit, big] = scaled;
        const u = unit ? UNIT[unit]! : 1;
        const k = big ? SCALE_VALUE[big as Scale] : 1;
        const head = headText ? parseChineseNumeral(headText) : 0;
        const parts = [DIGIT[x!]!, DIGIT[y!]!].map((d) => (head + d * u) * k);
        const extra = big ? { scale: big as Scale } : {};
        return { kind: 'range', value: parts[0]!, parts, words: true, firm: false, ...extra };
      }
      // 三四个, 十七八岁, 三两个: "three or four", "seventeen or eighteen", "two or three".
      const pair = /([一二两三四五六七八九])([一二两三四五六七八九])$/.exec(t);
      if (pair && (t.length === 2 || /[十百千万]/.test(t[t.length - 3]!))) {
        const head = t.length > 2 ? parseChineseNumeral(t.slice(0, -2)) : 0;
        // As written (六四 is no "four or six": the check tells a slip by the order), but 三两
        // is "two or three".
        const [a, b] = pair[0] === '三两' ? [2, 3] : [DIGIT[pair[1]!]!, DIGIT[pair[2]!]!];
        const parts = [head + a, head + b];
        return { kind: 'range', value: parts[0]!, parts, words: true, firm: false };
      }
      const big = t.endsWith('亿') ? '亿' : t.endsWith('万') ? '万' : undefined;
      const kind = t.includes('点') ? 'decimal' : 'cardinal';
      // 一百, 一千, 一万 alone are as often "a great many" as a count.
      const round = /^一[百千万亿]$/.test(t);
      const firm = kind === 'decimal' || (firmWords(v) && !round);
      return one(kind, v, true, firm, big ? { scale: big } : {});
    },
  },
];

// Set phrases built of numerals that count nothing: 七零八落 "in pieces", 一点一点 "bit by bit".
const IDIOMS = (
  '七零八落 七上八下 乱七八糟 横七竖八 七手八脚 七嘴八舌 一五一十 三心二意 十全十美 九死一生 ' +
  '四面八方 五颜六色 千方百计 千军万马 万无一失 一干二净 三番五次 八九不离十 十之八九 五花八门 ' +
  '四分五裂 一清二楚 一穷二白 三言两语 独一无二 接二连三 不三不四 颠三倒四 丢三落四 朝三暮四 ' +
  '低三下四 说三道四 百发百中 千千万万 成千上万 万紫千红 一心一意 一模一样 一点一点 一点点 ' +
  '三三两两 一来二去 一年四季 四通八达 五湖四海 三五成群 千变万化 千差万别 万水千山 一字一句 ' +
  '一言一行 一举一动 一草一木 一朝一夕 一丝一毫 千载难逢 九霄云外'
).split(' ');
// 千万 "by all means" and 万一 "in case", but not in 三千万 or 一万一千.
const IDIOM_RE = new RegExp(
  [
    ...IDIOMS.sort((a, b) => b.length - a.length),
    '(?<![零〇一二两三四五六七八九十百\\d])千万',
    '(?<![零〇一二两三四五六七八九十百千\\d])万一(?![千百十])',
  ].join('|'),
  'g',
);

/** The text with numeral set phrases blanked out (same length, so offsets hold). */
export const maskIdioms = (s: string): string => s.replace(IDIOM_RE, (m) => '□'.repeat(m.length));
