/** `npm run cli -- <command>`: the headless entry over the same core as the app. */
import { runCli } from './run-cli';

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;
