// What `npm run bench` and `npm run bench:profile` share as commands: bounded options or the usage,
// the run with progress lines, the result as JSON in bench/ and as text on the terminal.
import fs from "node:fs";
import path from "node:path";

export type Command<O, R> = {
  parse(args: string[]): O;
  usage: string;
  run(options: O, log: (line: string) => void): Promise<R>;
  /** Where the result goes, relative to the project. */
  resultFile: string;
  format(result: R): string;
};

export async function runCommand<O, R>(command: Command<O, R>, args: string[]): Promise<void> {
  const log = (line: string) => console.log(`▸ ${line}`);
  let options: O;
  try {
    options = command.parse(args);
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}\n${command.usage}`);
    process.exitCode = 2;
    return;
  }
  try {
    const result = await command.run(options, log);
    fs.mkdirSync(path.dirname(command.resultFile), { recursive: true });
    fs.writeFileSync(command.resultFile, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\n${command.format(result)}\n\n▸ written to ${command.resultFile}; server logs in bench/logs/`);
  } catch (error) {
    console.error(`✖ could not finish: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
