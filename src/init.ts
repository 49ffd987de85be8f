// `broadsheet init`: the GitHub Actions workflow that rebuilds the archive on every
// push and publishes it on GitHub Pages, keeping the build cache and the last site
// between runs so that only new and changed seeds are parsed and their pages made.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { BuildError, writing } from "./errors.js";

export const workflowPath = ".github/workflows/broadsheet.yml";

/**
 * The workflow. The cache is saved under a new key each run (the run's id) and
 * restored by its prefix, so each run starts from the last one's cache, whatever seeds
 * came since; it holds `.broadsheet-cache` (records, page fingerprints, remembered URLs)
 * and `dist` (the pages and search indexes a build leaves as they are).
 */
export const workflow = `# Rebuilds the archive and publishes it on GitHub Pages (written by "broadsheet init").
# Settings > Pages > Source: GitHub Actions.
name: Broadsheet

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

# one publication at a time; a run in progress finishes
concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - name: Check out
        uses: actions/checkout@v4
      - name: Set up Node
        uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - name: Install
        run: npm ci
      - name: Configure Pages
        id: pages
        uses: actions/configure-pages@v5
      # the last run's cache and site: only new and changed seeds are parsed, only their pages made
      - name: Restore the build cache
        uses: actions/cache@v4
        with:
          path: |
            .broadsheet-cache
            dist
          key: broadsheet-\${{ runner.os }}-\${{ github.run_id }}-\${{ github.run_attempt }}
          restore-keys: |
            broadsheet-\${{ runner.os }}-
      - name: Check seeds
        run: npx broadsheet check --format github
      - name: Build
        run: npx broadsheet build --strict --out dist --base-url "\${{ steps.pages.outputs.base_url }}/"
      - name: Upload the site
        uses: actions/upload-pages-artifact@v3
        with:
          path: dist

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - name: Deploy to GitHub Pages
        id: deployment
        uses: actions/deploy-pages@v4
`;

/** Writes the workflow into the project at `folder`; an existing one is kept unless `force`. Returns its path. */
export function writeWorkflow(folder: string, force: boolean): string {
  const file = join(folder, workflowPath);
  if (existsSync(file) && !force) throw new BuildError(`${workflowPath} already exists; pass --force to replace it`);
  writing(file, () => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, workflow);
  });
  return file;
}
