// Slugs become folder names: none may be too long for a file system, or a name
// Windows keeps for a device, whatever the headline, tag or front matter holds.
import { describe, expect, it } from "vitest";
import { maxSlugLength, nameSlug, safeSlug, slugify } from "../../src/parse/slug.js";

describe("slugs", () => {
  it("cut a long front-matter slug at the last hyphen that fits", () => {
    const slug = safeSlug(`${"word-".repeat(40)}end`);
    expect(slug.length).toBeLessThanOrEqual(maxSlugLength);
    expect(slug).toMatch(/^(?:word-)*word$/);
  });

  it("cut before an over-long word, or within it when it comes first", () => {
    expect(slugify(`Headline ${"x".repeat(5000)}`)).toBe("headline");
    expect(safeSlug("y".repeat(5000))).toBe("y".repeat(maxSlugLength));
  });

  it("keep a tag or a source name of one huge word within a file name's length", () => {
    const slug = nameSlug(`Agence ${"Q".repeat(300)} Presse`);
    expect(Buffer.byteLength(slug)).toBeLessThanOrEqual(maxSlugLength);
    expect(slug).toBe("agence");
  });

  it("never give a name Windows reserves for a device", () => {
    for (const name of ["CON", "prn", "Aux", "NUL", "com1", "LPT9"]) expect(safeSlug(name)).toBe(`article-${name.toLowerCase()}`);
    expect(slugify("Con")).toBe("article-con");
    expect(safeSlug("console")).toBe("console");
  });

  it("spell in Latin the letters that have a Latin spelling, whatever their script", () => {
    expect(slugify("Łukasz Żółć in Łódź")).toBe("lukasz-zolc-in-lodz");
    expect(slugify("Søren Kierkegaard and Ørsted")).toBe("soren-kierkegaard-and-orsted");
    expect(slugify("Straße, Þór, Ægir, Đorđe")).toBe("strasse-thor-aegir-dorde");
    expect(slugify("Αλέξης Τσίπρας")).toBe("aleksis-tsipras");
    expect(nameSlug("Nguyễn Phú Trọng")).toBe("nguyen-phu-trong");
    expect(safeSlug("łódź-ørsted")).toBe("lodz-orsted");
  });

  it("give a name none of whose letters has a Latin spelling its own letters, within a file name's length in bytes", () => {
    expect(nameSlug("习近平")).toBe("习近平");
    expect(nameSlug("בנימין נתניהו")).toBe("בנימין-נתניהו");
    expect(nameSlug("習近平 (Xi Jinping)")).toBe("xi-jinping");
    const name = "一二三四五六七八九十".repeat(4);
    const long = nameSlug(name);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(maxSlugLength);
    expect(Buffer.byteLength(long)).toBeGreaterThan(maxSlugLength - 3);
    expect(name.startsWith(long)).toBe(true);
    expect(nameSlug("!!!")).toBe("article");
  });

  it("spell Cyrillic as Bulgarian does in Latin", () => {
    expect(slugify("Щастие в София")).toBe("shtastie-v-sofiya");
    expect(slugify("Ъгъл")).toBe("agal");
  });

  it("leave short slugs as they were", () => {
    expect(slugify("Message from Iran to Iraq: Even one American is too much for you")).toBe("message-from-iran-to-iraq");
    expect(safeSlug("bridge-budget")).toBe("bridge-budget");
  });
});
