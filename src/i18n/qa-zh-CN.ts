// The quality checks' strings in one language: loaded with the checks, not on a first visit.
import qa from '../../locales/zh-CN/qa-checks.json';
import qaPanel from '../../locales/zh-CN/qa-panel.json';

export default { qa, qaPanel };
