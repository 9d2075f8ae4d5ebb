/** Marks that may close a quotation or parenthesis after sentence punctuation. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']']);

/**
 * The last character of `text` that is not white space nor a closing mark, or `''`.
 * A backwards scan rather than an anchored regex, so the cost is bounded by the trailing run.
 */
export function lastSignificantChar(text: string): string {
  let index = text.length - 1;
  while (index >= 0) {
    const char = text[index] as string;
    if (!CLOSERS.has(char) && !/\s/u.test(char)) return char;
    index -= 1;
  }
  return '';
}

/** Whether `text` ends with one of `marks`, closing quotes and brackets aside. */
export function endsWithAny(text: string, marks: string): boolean {
  const last = lastSignificantChar(text);
  return last !== '' && marks.includes(last);
}
