// The synthetic 49.4 MiB TMX of issue #12 (261,941 zh/en pairs, one in four with inline codes),
// shared by the formats bench (Node) and the import bench (the app in Chromium).
import { writeFileSync } from 'node:fs';

export const BIG = 261_941;

/** Sentence parts the benches build their synthetic pairs from. */
export const ZH = [
  '太平寺始建于南北朝齐梁时期，',
  '是常州最古老的佛寺之一，',
  '今已不存。',
  '“夕照塔影”',
  '价格为10元。',
];
export const EN = [
  'The temple was founded ',
  'in the Southern Dynasties, ',
  'one of the oldest in Changzhou; ',
  'it no longer exists.',
  ' Price: 10 yuan.',
];
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One synthetic zh/en unit, one in four with inline codes, sized like the file of the issue. */
function bigTu(i: number): string {
  let zh = ZH[(i * 3 + 1) % 5] + `第${i}条。`;
  let en = EN[(i * 3 + 1) % 5] + ` Item ${i}.`;
  if (i % 4 === 0) {
    zh = `<bpt i="1">&lt;b&gt;</bpt>${esc(zh.slice(0, 6))}<ept i="1">&lt;/b&gt;</ept>${esc(zh.slice(6))}<ph>&lt;br/&gt;</ph>`;
    en = `<bpt i="1">&lt;b&gt;</bpt>${esc(en.slice(0, 12))}<ept i="1">&lt;/b&gt;</ept>${esc(en.slice(12))}<ph>&lt;br/&gt;</ph>`;
  } else [zh, en] = [esc(zh), esc(en)];
  return `<tu><tuv xml:lang="zh-CN"><seg>${zh}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>\n`;
}

/** Writes the big TMX to `file`. */
export function writeBigTmx(file: string, units = BIG): void {
  const body = Array.from({ length: units }, (_, i) => bigTu(i)).join('');
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="bench" creationtool="bench" creationtoolversion="1"/><body>\n${body}</body></tmx>\n`,
  );
}
