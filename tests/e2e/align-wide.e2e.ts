import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, type App } from './harness.js';
import { labels, type Labels } from './align-labels.js';

// Written for this test: one long Chinese sentence whose translation is six English sentences
// (a literary translator's habit), between sentences translated one to one.
const LONG =
  '第一天早上，他坐火车进城，一路上下着大雨，车厢里很安静，谁都不说话，' +
  '他望着窗外的河流和森林，心里一直想着山里的学生们。';
const SIX = [
  'On his first morning he took the train into town.',
  'It rained heavily all the way.',
  'The carriage was quiet.',
  'Nobody said a word.',
  'He watched the rivers and forests go past the window.',
  'All the while he thought of his students back in the mountains.',
];
const ZH = `那年冬天，张老师调到了城里的学校。${LONG}到了学校，校长在门口等他。他们一起走进了办公室。`;
const EN = [
  'That winter, Mr Zhang was transferred to a school in the city.',
  ...SIX,
  'At the school, the headmaster was waiting for him at the gate.',
  'Together they walked into the office.',
].join(' ');

async function journey(app: App, L: Labels) {
  const page = await app.newPage({ locale: L.locale });
  await page.goto(app.url + '#/new');
  await page.getByLabel(L.source).fill(ZH);
  await page.getByLabel(L.target).fill(EN);
  await page.getByRole('button', { name: L.align }).click();
  const options = page.getByRole('listbox', { name: L.rows }).getByRole('option');
  await options.first().waitFor({ timeout: 30_000 });
  assert.equal(await options.count(), 4);
  const row = await options.filter({ hasText: LONG }).innerText();
  for (const s of SIX) assert.ok(row.includes(s), `"${s}" in the long sentence's row`);
  assert.match(row, /1-6/);
  // The confidence label ("low 37%") is a word of its own.
  assert.doesNotMatch(row, new RegExp(`(^|\\s)${L.low}(\\s|$)`));
  assert.deepEqual(app.errors, []);
  await page.context().close();
}

describe('the alignment check: one sentence translated as six', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('in English: one row of 1-6', () => journey(app, labels.en));
  it('in Chinese: one row of 1-6', () => journey(app, labels.zh));
});
