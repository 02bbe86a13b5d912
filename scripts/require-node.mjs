// `npm run dev` runs this first (predev), on whatever Node the user has: plain JavaScript any Node
// parses. One line naming the Node line to install, instead of a start that goes on untested.
// `npm install` stops earlier, before downloading anything: `.npmrc` sets engine-strict against
// `engines` in package.json. .nvmrc holds the line; `engines`, CI and `.ci/run` follow it, and
// `npm run check:vercel` proves they agree with what Vercel gives the functions.
import fs from "node:fs";

const wanted = fs.readFileSync(new URL("../.nvmrc", import.meta.url), "utf8").trim();
const major = process.versions.node.split(".")[0];
if (major !== wanted) {
  console.error(`✖ this project runs on Node ${wanted}, this is Node ${process.versions.node}: install Node ${wanted} (\`nvm install\` reads .nvmrc) and run the command again`);
  process.exit(1);
}
