// Messages as people and CI read them: text, JSON lines, or GitHub annotations.
import { join } from "node:path";
import type { Message } from "./types.js";

export type MessageFormat = "text" | "json" | "github";

export function formatMessage(message: Message, folder: string, format: MessageFormat): string {
  const file = join(folder, message.file);
  if (format === "json") return JSON.stringify({ ...message, file });
  if (format === "github") {
    // GitHub's workflow commands: data escapes %, CR, LF; properties also , and :
    const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    const property = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
    return `::${message.severity} file=${property(file)},line=${message.line},col=${message.column},title=${property(message.rule)}::${data(message.message)}`;
  }
  return `${printable(file)}:${message.line}:${message.column}: ${message.severity}: ${printable(message.message)} [${message.rule}]`;
}

/**
 * A file name may hold a newline, an escape sequence or a direction override: shown
 * escaped, a message stays one line, reads as it is, and leaves the terminal alone.
 */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function countBySeverity(messages: Message[]): { errors: number; warnings: number } {
  const errors = messages.filter((m) => m.severity === "error").length;
  return { errors, warnings: messages.length - errors };
}

/** Exit code 1 when the seeds had errors, or warnings under --strict. */
export function exitCodeFor(messages: Message[], strict: boolean): number {
  const { errors, warnings } = countBySeverity(messages);
  return errors > 0 || (strict && warnings > 0) ? 1 : 0;
}
