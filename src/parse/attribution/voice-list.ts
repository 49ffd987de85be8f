// Rule voice-list: in a list of voices each closed by a dash and a name, a quotation
// without one is the next voice's.
import type { NeighbourRule } from "./context.js";
import { dashCue } from "./dash-then-name.js";

/** `"..." ― Jane Roe "..." ― John Doe`: the quotation between two closed voices opens the second. */
export const voiceList: NeighbourRule = ({ before, next }) => {
  const sibling = before ?? next;
  return sibling?.attribution?.cue === dashCue && next?.attribution?.cue === dashCue ? next.attribution : null;
};
