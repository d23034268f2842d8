// The Simplified Chinese UI strings, one chunk: a first visit loads only its own language.
import main from '../../locales/zh-CN/translation.json';
import review from '../../locales/zh-CN/review.json';
import exchange from '../../locales/zh-CN/exchange.json';

export default { ...main, review, exchange };
