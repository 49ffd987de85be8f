// Related-headlines rule: the publisher's "- » Headline" list under the story.
import type { ParseState } from "./state.js";

const relatedMarker = /^\s*(?:[-–—•*]\s*)?[»›]\s*(.+?)\s*$/;

export function related(state: ParseState): void {
  state.body = state.body.filter((line) => {
    const m = relatedMarker.exec(line.text);
    if (m) state.related.push(m[1]);
    return !m;
  });
}
