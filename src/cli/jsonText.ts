/** `value` as the CLI writes JSON files and prints reveals: indented by 2 spaces, with a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
