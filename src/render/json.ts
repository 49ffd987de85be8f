// JSON that is safe beside HTML: "<", ">" and "&" as \u escapes, so no "</script>" or "<!--"
// in it closes or opens anything, and a JSON file a browser sniffs as HTML holds no tag.

/** Rewrites JSON text; these characters appear only inside strings, where the escapes mean the same. */
export function htmlSafeJson(json: string): string {
  return json.replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
