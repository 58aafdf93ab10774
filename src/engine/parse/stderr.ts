// kubectl's stderr lines, often pasted with the output: they are not part of the output's format.

const STDERR =
  /^(?:Defaulted container "|Warning: |No resources found|error: |Error from server|Error: |W\d{4} \d\d:\d\d:\d\d\.\d+ +\d+ (?:warnings|helpers)\.go:\d+\])/;
const DEFAULTED = /^Defaulted container "([^"]+)"/;

export function isKubectlStderr(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c !== 68 && c !== 87 && c !== 78 && c !== 101 && c !== 69) return false; // D W N e E
  return STDERR.test(line);
}

/** `Defaulted container "terway" out of: terway, policy, terway-init (init)` → `terway` */
export function defaultedContainer(line: string): string | undefined {
  return DEFAULTED.exec(line)?.[1];
}
