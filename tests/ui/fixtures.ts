// Sample rows for component tests. Chinese-only text keeps the "no hard-coded English" check honest.
import type { Project, Segment, Status } from '../../src/core/model.js';

export const project: Project = {
  id: 'p1',
  name: '测试项目',
  sourceLang: 'zh-Hans',
  targetLang: 'en',
  createdAt: 0,
  updatedAt: 0,
};

export function rows(n: number, status: (i: number) => Status = () => 'new'): Segment[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    docId: 'd1',
    order: String(i).padStart(6, '0'),
    paragraphStart: i % 5 === 0,
    source: `第${i + 1}句：开源峰会在杭州开幕。`,
    target: i % 2 ? `第${i + 1}句译文` : '',
    status: status(i),
    link: { source: 1, target: 1 },
    confidence: i % 7 === 3 ? 0.2 : 0.9,
    note: '',
    updatedAt: 0,
    rev: 1,
  }));
}
