// The generic Ruler: order by push, before and after; enable and disable by name; clear errors.
import { describe, expect, it } from "vitest";
import { Ruler } from "../../src/parse/ruler.js";

const names = (ruler: Ruler<number>) => ruler.active().map((r) => r.name);

describe("Ruler", () => {
  it("keeps rules in the order pushed, with their names", () => {
    const ruler = new Ruler<number>().push("one", 1).push("two", 2);
    expect(ruler.active()).toEqual([{ name: "one", rule: 1 }, { name: "two", rule: 2 }]);
  });

  it("puts a rule before or after a named one", () => {
    const ruler = new Ruler<number>().push("first", 1).push("last", 3);
    ruler.before("last", "middle", 2).after("last", "after-last", 4).before("first", "very-first", 0);
    expect(names(ruler)).toEqual(["very-first", "first", "middle", "last", "after-last"]);
  });

  it("disables and enables rules by name, one or several, keeping their place", () => {
    const ruler = new Ruler<number>().push("a", 1).push("b", 2).push("c", 3);
    ruler.disable(["a", "c"]);
    expect(names(ruler)).toEqual(["b"]);
    expect(ruler.names()).toEqual(["a", "b", "c"]);
    ruler.enable("c");
    expect(names(ruler)).toEqual(["b", "c"]);
  });

  it("throws a clear error for an unknown name, and changes nothing", () => {
    const ruler = new Ruler<number>().push("a", 1).push("b", 2);
    expect(() => ruler.disable(["a", "nope"])).toThrow('Ruler: no rule named "nope" (the rules are: a, b)');
    expect(names(ruler)).toEqual(["a", "b"]);
    expect(() => ruler.before("nope", "x", 0)).toThrow(/no rule named "nope"/);
    expect(() => ruler.after("nope", "x", 0)).toThrow(/no rule named "nope"/);
    expect(() => ruler.enable("nope")).toThrow(/no rule named "nope"/);
  });

  it("refuses a second rule of the same name", () => {
    expect(() => new Ruler<number>().push("a", 1).push("a", 2)).toThrow('Ruler: a rule named "a" is already in the list');
  });
});
