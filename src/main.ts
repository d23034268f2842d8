import { initI18n } from './i18n/index.js';
import './ui/bt-app.js';

await initI18n();
