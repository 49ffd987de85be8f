// Rule sibling: a quotation without an attribution shares the one of its paragraph's
// attributed quotation, the one before it first.
import type { NeighbourRule } from "./context.js";

/** `Vance said the plan was "fair" and "long overdue."`: one cue for the quotations of a sentence. */
export const sibling: NeighbourRule = ({ before, next }) => (before ?? next)?.attribution ?? null;
