import { resetWarnings } from '../core/warn.js';

/** Starts recording: every warning the library has given is forgotten first, so that it is said again. */
function record(into: string[]): () => void {
  resetWarnings();
  const original = console.warn;
  console.warn = (...args: unknown[]) => into.push(args.map(String).join(' '));
  return () => (console.warn = original);
}

/** Records console warnings (each as one string) until `restore()`. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  return { messages, restore: record(messages) };
}

/** Records console warnings during each test of the enclosing suite; the list is emptied before each test. */
export function warningsInEachTest(): string[] {
  const messages: string[] = [];
  let restore = () => {};
  beforeEach(() => {
    messages.length = 0;
    restore = record(messages);
  });
  afterEach(() => restore());
  return messages;
}
