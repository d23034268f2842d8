// Why a termbase import failed, in the UI language: the error's code and params pick the words
// (a TermsError by `terms.error.*`, a refused file by `formatError.*`), never the exception's own
// English text, which is for the command line and logs.
import type { AppError } from '../../state/errors.js';
import { t } from '../../i18n/index.js';
import { failureReason } from '../exchange/failure.js';
import { langName } from '../common/lang-name.js';

interface Coded {
  name: string;
  code: string;
  params: Record<string, unknown>;
}

const coded = (e: unknown): Coded | undefined =>
  e instanceof Error && 'code' in e && 'params' in e ? (e as unknown as Coded) : undefined;

export function termbaseFailure(error: AppError): string {
  const cause = coded(error.cause);
  if (cause?.name === 'TermsError' && cause.code === 'unknown-language') {
    const { wanted, present } = cause.params as { wanted: string; present: string };
    const names = present
      .split(', ')
      .filter((l) => l && l !== 'none')
      .map(langName);
    return t('terms.error.unknownLanguage', {
      wanted: langName(wanted),
      present: names.length ? names.join(t('terms.error.separator')) : t('terms.error.noLanguage'),
    });
  }
  if (cause?.name === 'FormatError')
    return failureReason(cause as Parameters<typeof failureReason>[0]);
  return t(error.key, error.params);
}
