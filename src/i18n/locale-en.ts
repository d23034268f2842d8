// The English UI strings, one chunk: a first visit loads only its own language.
import main from '../../locales/en/translation.json';
import review from '../../locales/en/review.json';
import exchange from '../../locales/en/exchange.json';

export default { ...main, review, exchange };
