import { describe, expect, it } from "vitest";
import { nodeLine, type NodeLineFiles } from "./node-line";

const agreeing: NodeLineFiles = {
  nvmrc: "24\n",
  packageJson: JSON.stringify({ engines: { node: "24.x" } }),
  ciRun: "NODE_VERSION=24.22.3\n",
  workflow: "      - uses: actions/setup-node@v4\n        with:\n          node-version-file: .nvmrc\n",
};

describe("nodeLine", () => {
  it("accepts one line everywhere", () => {
    expect(nodeLine(agreeing)).toEqual({ major: "24", problems: [] });
    expect(nodeLine({ ...agreeing, workflow: "          node-version: 24.x\n" }).problems).toEqual([]);
  });

  it("names each place that disagrees with .nvmrc", () => {
    expect(nodeLine({ ...agreeing, packageJson: JSON.stringify({ engines: { node: ">=22.12" } }) }).problems).toEqual([
      'package.json engines.node is ">=22.12", not "24.x": Vercel would run the functions on another Node than .nvmrc\'s 24',
    ]);
    expect(nodeLine({ ...agreeing, ciRun: "NODE_VERSION=22.23.5\n" }).problems).toEqual([".ci/run pins Node 22, not .nvmrc's 24: pin a 24.x build"]);
    expect(nodeLine({ ...agreeing, workflow: "          node-version: 22\n" }).problems).toEqual([
      ".github/workflows/ci.yml sets node-version: 22, not .nvmrc's Node 24: use node-version-file: .nvmrc",
    ]);
    expect(nodeLine({ ...agreeing, workflow: "runs-on: ubuntu-latest\n" }).problems).toEqual([
      ".github/workflows/ci.yml sets no Node version: add node-version-file: .nvmrc to actions/setup-node",
    ]);
  });

  it("refuses an .nvmrc that is not one major", () => {
    expect(nodeLine({ ...agreeing, nvmrc: "lts/*" }).problems).toEqual(['.nvmrc is "lts/*", not a Node major: write the line CI tests, e.g. 24']);
  });
});
