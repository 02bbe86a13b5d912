// One line out of a failed `vercel build`'s log, for the check's one-line verdict.

/** The lines of a failed build's log that say why: our tools' ✖ lines, Next's and npm's errors, Vercel's verdict. */
export function whyBuildFailed(log: string): string {
  const lines = log.split("\n").map((line) => line.trim()).filter(Boolean);
  const pick = (test: (line: string) => boolean, count: number) => lines.filter(test).slice(0, count);
  return [
    ...pick((line) => line.startsWith("✖"), 2),
    ...pick((line) => /^(Type error|Failed to compile|Error occurred)/.test(line), 1),
    ...pick((line) => /^npm error \S/.test(line) && !/A complete log|To see a list|npm error {2,}|^npm error (code|path|command)/.test(line), 1),
    ...lines.filter((line) => line.startsWith("Error: ")).slice(-1),
  ].join(" | ");
}
