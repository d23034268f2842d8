// One line per event on stderr/stdout, JSON after the message, so logs can be read and grepped.
export interface Log {
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

export function consoleLog(tag: string, quiet = false): Log {
  const line = (level: string, msg: string, data?: Record<string, unknown>) =>
    `${new Date().toISOString()} ${tag} ${level} ${msg}${data ? ' ' + JSON.stringify(data) : ''}`;
  return {
    // Quiet keeps the lines that say the server is up or back; the rest is for debugging.
    info: (m, d) =>
      (!quiet || /^(listening|database available)/.test(m)) && console.log(line('info', m, d)),
    warn: (m, d) => console.warn(line('warn', m, d)),
    error: (m, d) => console.error(line('error', m, d)),
  };
}
