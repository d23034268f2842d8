import { initI18n } from './i18n/index.js';
import './ui/shell/bt-app.js';

await initI18n();
