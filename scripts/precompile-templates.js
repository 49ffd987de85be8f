// Compiles the default theme's templates into lib/templates.json, after tsc (npm's prepare).
import { writeFileSync } from "node:fs";
import { defaultTemplates } from "../lib/render/theme-folders.js";
import { compileTheme } from "../lib/render/precompiled.js";

writeFileSync(new URL("../lib/templates.json", import.meta.url), JSON.stringify(compileTheme(defaultTemplates)));
