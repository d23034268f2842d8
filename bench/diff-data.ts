// Two versions of a realistic zh→en document for the diff benchmark: Chinese sources, English
// targets, and a B version in which a given share of rows changed the way review changes them
// (word edits, numbers, punctuation width, status, and a few merges, splits, additions, removals).
import type { Status, VersionSegment } from '../src/core/model.js';

/** A small deterministic generator, so every run compares the same documents. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Parallel vocabularies: entry i of each pair means roughly the same thing.
const SUBJECTS: [string, string][] = [
  ['研究团队', 'The research team'],
  ['地方政府', 'The local government'],
  ['这家公司', 'The company'],
  ['委员会', 'The committee'],
  ['许多学生', 'Many students'],
  ['我们的翻译小组', 'Our translation group'],
  ['医院的医生', 'Doctors at the hospital'],
  ['市场部门', 'The marketing department'],
];
const TIMES: [string, string][] = [
  ['去年', 'last year'],
  ['上个月', 'last month'],
  ['在会议上', 'at the meeting'],
  ['最近', 'recently'],
  ['在过去三年里', 'over the past three years'],
  ['今天上午', 'this morning'],
];
const ACTIONS: [string, string][] = [
  ['讨论了人工智能的发展', 'discussed the development of artificial intelligence'],
  ['提出了新的环境保护方案', 'proposed a new plan for environmental protection'],
  ['完成了产品质量调查', 'completed a survey of product quality'],
  ['发布了年度财务报告', 'published the annual financial report'],
  ['改进了客户服务流程', 'improved the customer service process'],
  ['分析了城市交通问题', 'analysed the problem of urban traffic'],
  ['翻译了全部技术文档', 'translated all of the technical documents'],
  ['评估了教育改革的效果', 'assessed the effects of the education reform'],
];
const RESULTS: [string, string][] = [
  ['结果令人满意', 'and the results were satisfactory'],
  ['预计明年继续推进', 'and expects to continue next year'],
  ['但仍有不少问题需要解决', 'but many problems remain to be solved'],
  ['并得到了广泛支持', 'and received broad support'],
  ['参与人数超过了{n}人', 'with more than {n} participants'],
  ['成本降低了{p}%', 'cutting costs by {p}%'],
];
// Review edits: [before, after] pairs that occur in the texts above.
const ZH_EDITS: [string, string][] = [
  ['人工智能', '人工智慧'],
  ['讨论了', '深入讨论了'],
  ['新的', '全新的'],
  ['不少', '许多'],
  ['，', ','],
  ['。', '.'],
];
const EN_EDITS: [string, string][] = [
  ['discussed', 'debated'],
  ['proposed', 'put forward'],
  ['The company', 'This company'],
  ['satisfactory', 'encouraging'],
  ['many problems', 'several issues'],
  ['improved', 'streamlined'],
  ['last year', 'in the previous year'],
];

const STATUSES: Status[] = ['translated', 'translated', 'translated', 'reviewed', 'draft'];

function sentence(next: () => number): { zh: string; en: string } {
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)];
  const n = String(10 + Math.floor(next() * 990));
  const p = String(1 + Math.floor(next() * 40));
  const [s, t, a, r] = [pick(SUBJECTS), pick(TIMES), pick(ACTIONS), pick(RESULTS)];
  const fill = (x: string) => x.replace('{n}', n).replace('{p}', p);
  const en = `${s[1]} ${a[1]} ${t[1]}, ${fill(r[1])}.`;
  return { zh: `${s[0]}${t[0]}${a[0]}，${fill(r[0])}。`, en };
}

const key = (i: number): string => `k${String(i).padStart(6, '0')}`;

/** Version A of `rows` rows and a version B in which `share` of them changed. */
export function makeVersions(
  rows = 10_000,
  share = 0.2,
  seed = 42,
): { a: VersionSegment[]; b: VersionSegment[] } {
  const next = rng(seed);
  const a: VersionSegment[] = [];
  for (let i = 0; i < rows; i++) {
    const { zh, en } = sentence(next);
    const status = STATUSES[Math.floor(next() * STATUSES.length)];
    a.push({ id: `s${i}`, order: key(i), source: zh, target: en, status, note: '' });
  }
  const b: VersionSegment[] = [];
  const edit = (text: string, edits: [string, string][]): string => {
    const usable = edits.filter(([from]) => text.includes(from));
    if (!usable.length) return `${text} (revised)`;
    const [from, to] = usable[Math.floor(next() * usable.length)];
    return text.replace(from, to);
  };
  for (let i = 0; i < rows; i++) {
    const r = a[i];
    if (next() >= share) {
      b.push(r);
      continue;
    }
    const roll = next();
    if (roll < 0.6) b.push({ ...r, target: edit(r.target, EN_EDITS), status: 'reviewed' });
    else if (roll < 0.7)
      b.push({ ...r, source: edit(r.source, ZH_EDITS), target: edit(r.target, EN_EDITS) });
    else if (roll < 0.8)
      b.push({ ...r, target: r.target.replace(/\d+/, (d) => String(Number(d) + 1)) });
    else if (roll < 0.85) b.push({ ...r, status: 'approved', note: '已核对 / checked' });
    else if (roll < 0.9 && i + 1 < rows) {
      // Merge with the next row: its id disappears.
      const n = a[++i];
      b.push({ ...r, source: r.source + n.source, target: `${r.target} ${n.target}` });
    } else if (roll < 0.95) {
      // Split at the comma: the second half becomes a new row.
      const [zh1, zh2] = r.source.split('，');
      const cut = r.target.indexOf(', ');
      b.push({ ...r, source: `${zh1}，`, target: r.target.slice(0, cut + 1) });
      b.push({
        ...r,
        id: `n${i}`,
        order: `${key(i)}m`,
        source: zh2,
        target: r.target.slice(cut + 2),
      });
    } else if (roll < 0.975) {
      // Removed row.
    } else {
      b.push(r);
      const { zh, en } = sentence(next);
      b.push({
        id: `x${i}`,
        order: `${key(i)}m`,
        source: zh,
        target: en,
        status: 'draft',
        note: '',
      });
    }
  }
  return { a, b };
}
