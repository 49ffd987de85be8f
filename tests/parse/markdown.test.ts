import { describe, expect, it } from "vitest";
import { parseText } from "../helpers.js";

const seed = `---
title: "Council approves the bridge budget"
date: 2024-03-05
slug: bridge-budget
tags: [budget, transport]
source: Example Gazette
author: Jane Roe
---

The council approved the budget on **Tuesday**.

"We will open the new bridge in spring," Mayor Anna Petrova said.

<script>alert(1)</script>
`;

describe("Markdown seeds", () => {
  const r = parseText(seed, "bridge.md");

  it("takes the header from front matter", () => {
    expect(r.format).toBe("markdown");
    expect(r).toMatchObject({ headline: "Council approves the bridge budget", date: "2024-03-05", slug: "bridge-budget", author: "Jane Roe" });
    expect(r.url).toBe("/2024/03/05/bridge-budget/");
    expect(r.tags).toEqual(["budget", "transport"]);
    expect(r.sources[0]).toMatchObject({ name: "Example Gazette", kind: "outlet" });
  });

  it("renders the body with markdown-it and raw HTML off", () => {
    expect(r.paragraphs[0]).toBe("<p>The council approved the budget on <strong>Tuesday</strong>.</p>");
    expect(r.paragraphs.join("")).not.toContain("<script>");
    expect(r.paragraphs[2]).toContain("&lt;script&gt;");
  });

  it("finds quotes in the text of the rendered blocks", () => {
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]).toMatchObject({ text: "We will open the new bridge in spring", speaker: "Anna Petrova", role: "Mayor", paragraph: 1 });
  });

  it("accepts headline instead of title and a comma-separated tag list", () => {
    const alt = parseText("---\nheadline: Bridge opens\ndate: 2024-04\ntags: roads, city\n---\nIt opened.\n", "alt.markdown");
    expect(alt).toMatchObject({ headline: "Bridge opens", date: "2024-04", tags: ["roads", "city"] });
  });

  it("reports broken front matter with its line, and still gives a record", () => {
    const bad = parseText("---\ntitle: [unclosed\ndate: 2024-03-05\n---\nBody.\n", "bad.md");
    expect(bad.messages).toContainEqual(expect.objectContaining({ file: "bad.md", severity: "error", rule: "front-matter" }));
    expect(bad.headline).toBeTruthy();
  });
});
