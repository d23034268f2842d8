// The quality checks' strings (check names and messages, the QA panel) load with the checks.
import { addStrings } from './index.js';

const QA_STRINGS = {
  en: () => import('./qa-en.js'),
  'zh-CN': () => import('./qa-zh-CN.js'),
};

export const loadQaStrings = (): Promise<void> => addStrings(QA_STRINGS);
