// Placeholder text: what `broadsheet new` writes for the story, and the typesetters'
// "Lorem ipsum", left in a seed. A warning on its line, so that `check` (and a build
// under --strict) catches a story that was never written.
import { report, type ParseState } from "./state.js";

/** The story `broadsheet new` writes into a new seed. */
export const newStoryText = "Write the story here.";

const placeholder = /^(?:write the story here\b|lorem ipsum\b)/i;

export function placeholders(state: ParseState): void {
  for (const paragraph of state.paragraphs) {
    if (placeholder.test(paragraph.text.trim())) report(state, "warning", "placeholder", `placeholder text "${paragraph.text.trim().slice(0, 40)}": the story is still to be written`, paragraph.line);
  }
}
