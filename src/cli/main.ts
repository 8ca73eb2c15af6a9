// The `fairdraw` command: runs the CLI on the process arguments and sets the exit status.
import { runAsync } from './run.js';

const outcome = await runAsync(process.argv.slice(2));
if (outcome.stdout) process.stdout.write(outcome.stdout);
if (outcome.stderr) process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
