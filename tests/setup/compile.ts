// Workers and the CLI run the compiled lib/: it is compiled from src/ before any test
// runs, with the default theme's templates (npm's prepare does the same), so that they
// run the code under test, whether through `npm test` or `npx vitest`.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function compile(): void {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  execFileSync(process.execPath, [fileURLToPath(new URL("../../node_modules/typescript/bin/tsc", import.meta.url)), "-p", "tsconfig.json"], { cwd: root, stdio: "inherit" });
  execFileSync(process.execPath, ["scripts/precompile-templates.js"], { cwd: root, stdio: "inherit" });
}
