// Pathological seeds, in the manner of markdown-it's pathological suite: each shape of
// hostile text, at about a megabyte, is parsed in a worker (the compiled lib/, which
// pretest builds) that is stopped when it runs past a generous limit. A linear parse
// takes a fraction of it; a super-linear rule takes minutes. The limit is the bench's:
// the machines CI runs on differ in speed by more than twice.
import { describe, expect, it } from "vitest";
import { shapes, timeShape } from "../../src/eval/pathological.js";

const size = 1_000_000;
const limitMs = 30_000;

describe("pathological seeds: each parses at 1 MB well within a stall limit (bench/pathological.mjs measures the growth)", () => {
  for (const shape of shapes) {
    it(`${shape.name} (${shape.file})`, async () => {
      const timing = await timeShape(shape.name, size, 1, limitMs);
      expect(timing.ms, `${shape.name} stalled: no record within ${limitMs / 1000} s at ${size / 1000} KB`).not.toBeNull();
    }, limitMs + 10_000);
  }
});
