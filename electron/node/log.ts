/**
 * The app's only logger. It takes a fixed message and a small record of
 * non-personal facts (method names, error kinds, counts). Free text is never
 * logged: personal data must not leave the encrypted database.
 */
type Fact = string | number | boolean | null;

function emit(level: 'info' | 'warn' | 'error', msg: string, facts: Record<string, Fact>): void {
  if (process.env.ADVIESTAFEL_QUIET === '1' && level !== 'error') return;
  const line = `[adviestafel] ${level} ${msg} ${JSON.stringify(facts)}`;
  (level === 'error' ? console.error : console.log)(line);
}

export const log = {
  info: (msg: string, facts: Record<string, Fact> = {}) => emit('info', msg, facts),
  warn: (msg: string, facts: Record<string, Fact> = {}) => emit('warn', msg, facts),
  error: (msg: string, facts: Record<string, Fact> = {}) => emit('error', msg, facts),
};
