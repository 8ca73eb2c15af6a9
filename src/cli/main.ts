// The `fairdraw` command: runs the CLI on the process arguments and sets the exit status.
import { runAsync } from './run.js';

// A progress bar for long commands, only on a terminal: never in a pipe, a file or a CI log.
const outcome = await runAsync(
  process.argv.slice(2),
  process.stderr.isTTY ? { progress: process.stderr } : {},
);
if (outcome.stdout) process.stdout.write(outcome.stdout);
if (outcome.stderr) process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
