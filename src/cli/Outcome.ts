/** Exit status of a run, and what to print. */
export interface Outcome {
  code: number;
  stdout?: string;
  stderr?: string;
}
