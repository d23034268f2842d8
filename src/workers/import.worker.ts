// Parses dropped files off the main thread, so a 50 MB TMX never freezes the tab.
import { FormatError, importFile } from '../core/formats/index.js';
import type { ParseRequest, ParseResponse } from './import-client.js';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (m: ParseResponse) => void;
};

scope.onmessage = (e) => {
  const { id, name, bytes, options } = e.data;
  try {
    scope.postMessage({ id, ok: true, result: importFile(name, bytes, options) });
  } catch (err) {
    const error =
      err instanceof FormatError
        ? { message: err.message, file: err.file, line: err.line, format: true }
        : { message: err instanceof Error ? err.message : String(err), format: false };
    scope.postMessage({ id, ok: false, error });
  }
};
