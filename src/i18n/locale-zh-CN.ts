// The Simplified Chinese UI strings, one chunk: a first visit loads only its own language.
import main from '../../locales/zh-CN/translation.json';
import review from '../../locales/zh-CN/review.json';
import exchange from '../../locales/zh-CN/exchange.json';
import terms from '../../locales/zh-CN/terms.json';
import memory from '../../locales/zh-CN/memory.json';

export default { ...main, review, exchange, terms, memory };
