/**
 * Text that comes from clients and ends up in stored descriptions or in log lines (case S7).
 * Portable (no Node modules).
 */

/**
 * Characters refused in a dataset's title, source or sheet name: C0 and C1 control characters
 * (NUL, newline, …), line and paragraph separators, and the bidirectional marks, embeddings,
 * overrides and isolates (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) that make text display in
 * another order than it is stored.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point (case S7)
export const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/** The first unsafe character of `text`, as U+XXXX, or undefined. */
export function unsafeCharacter(text: string): string | undefined {
  const m = UNSAFE_TEXT.exec(text)
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined
}

/**
 * A value made safe for one log line: control, separator and bidirectional characters written as
 * \u escapes (backslash doubled first), so no value can start a forged line or reorder one.
 */
export function escapeForLog(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(new RegExp(UNSAFE_TEXT.source, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
