// One Node line: .nvmrc names it, and everything else that picks a Node must pick the same major.
// `engines.node` is what Vercel reads to choose the functions' runtime ("24.x" → nodejs24.x); a range
// like ">=22.12" lets Vercel take its newest line, one CI never ran.

export type NodeLineFiles = { nvmrc: string; packageJson: string; ciRun: string; workflow: string };

export type NodeLine = { major: string; problems: string[] };

export function nodeLine(files: NodeLineFiles): NodeLine {
  const major = files.nvmrc.trim();
  if (!/^\d+$/.test(major)) return { major, problems: [`.nvmrc is "${major}", not a Node major: write the line CI tests, e.g. 24`] };
  const problems: string[] = [];

  const engines = (JSON.parse(files.packageJson) as { engines?: { node?: string } }).engines?.node;
  if (engines !== `${major}.x`) {
    problems.push(`package.json engines.node is ${JSON.stringify(engines)}, not "${major}.x": Vercel would run the functions on another Node than .nvmrc's ${major}`);
  }

  const pinned = /^NODE_VERSION=(\d+)\./m.exec(files.ciRun)?.[1];
  if (pinned !== major) problems.push(`.ci/run pins Node ${pinned ?? "(no NODE_VERSION=…)"}, not .nvmrc's ${major}: pin a ${major}.x build`);

  // actions/setup-node: either the file (the same line by construction) or a version that is this major.
  for (const [, key, value = ""] of files.workflow.matchAll(/^\s*(node-version-file|node-version):\s*["']?([^"'\s#]+)/gm)) {
    const ok = key === "node-version-file" ? value === ".nvmrc" : value === major || value.startsWith(`${major}.`);
    if (!ok) problems.push(`.github/workflows/ci.yml sets ${key}: ${value}, not .nvmrc's Node ${major}: use node-version-file: .nvmrc`);
  }
  if (!/node-version(-file)?:/.test(files.workflow)) problems.push(".github/workflows/ci.yml sets no Node version: add node-version-file: .nvmrc to actions/setup-node");
  return { major, problems };
}
