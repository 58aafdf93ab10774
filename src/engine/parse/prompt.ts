// Shell prompt lines that separate the outputs in a paste, and what their command tells us about the output.

const KNOWN_COMMANDS =
  /^(?:sudo\s+)?(?:kubectl|k|kc|kubecolor|oc|journalctl|crictl|ctr|docker|nerdctl|cat|tail|head|less|more|grep|egrep|zcat|systemctl|helm|stern|ip|ls|curl|terway-cli|bash|sh|dmesg|aliyun)(?:\s|$)/;

// Each prompt pattern ends where the command starts: the caller trims the rest of the line, so no
// `\s*(.*)$` tail can backtrack over a long run of spaces. A bracket prompt takes the first `@`, so
// a line of `@`s cannot make it retry every one of them.
// `[root@iZ2ze… ~]# k get po`
const BRACKET_PROMPT = /^\[[^\]\s@]*@[^\]]*\]\s?[#$%]/;
// `root@host:~# `, `controlplane:~$ `, `user@host:/var/log$ `
const HOST_PATH_PROMPT = /^[\w.-]+(?:@[\w.-]+)?:[~/][^\s#$]*\s?[#$%]/;
// `PS C:\> `, `PS C:\Users\me> `
const POWERSHELL_PROMPT = /^PS [A-Za-z]:\\[^>]*>/;
// `$ cmd`, `# cmd`, `% cmd`, `❯ cmd`, `❯❯❯ cmd`, `➜  ~ cmd`, `> cmd`
const BARE_PROMPT = /^(?:[$#%>]|❯+|➜\s+\S+)\s/;
const KUBECTL_SHELL = /^kubectl>/;
// a command pasted without any prompt: `kubectl describe pod x`, `k get po -A`, `journalctl -u kubelet`.
// The verb is read as a word and looked up, which keeps each pattern small enough to prove linear.
const BARE_KUBECTL = /^(?:sudo\s+)?(?:kubectl|kubecolor|oc)\s+(?:-n\s+\S+\s+|--namespace[= ]\S+\s+)?(\S+)/;
const BARE_K = /^(?:sudo\s+)?k\s+(?:-n\s+\S+\s+)?(\S+)/;
const BARE_TOOL = /^(?:sudo\s+)?(?:journalctl|crictl)(?:\s|$)/;
const KUBECTL_VERBS: ReadonlySet<string> = new Set([
  'get',
  'describe',
  'logs',
  'events',
  'alpha',
  'top',
  'exec',
  'rollout',
  'edit',
  'apply',
  'delete',
  'version',
  'cluster-info',
]);
const K_VERBS: ReadonlySet<string> = new Set(['get', 'describe', 'logs', 'events']);

function isBareCommand(line: string): boolean {
  if (BARE_TOOL.test(line)) return true;
  const kubectl = BARE_KUBECTL.exec(line);
  if (kubectl !== null) return KUBECTL_VERBS.has(kubectl[1] as string);
  const k = BARE_K.exec(line);
  return k !== null && K_VERBS.has(k[1] as string);
}

/** Returns the command of a prompt line (possibly empty), or null when the line is not a prompt. */
export function parsePrompt(line: string): string | null {
  const c = line.charCodeAt(0);
  let m: RegExpExecArray | null = null;
  if (c === 36 /* $ */ || c === 35 /* # */ || c === 37 /* % */ || c === 62 /* > */ || c === 0x276f || c === 0x279c) {
    if (line.length === 1 && c === 36) return '';
    m = BARE_PROMPT.exec(line);
    if (m === null) return null;
    const cmd = line.slice(m[0].length).trim();
    // `#` and `>` start comments and quotes too: only a known command makes them a prompt
    if (c !== 36 && c !== 0x276f && c !== 0x279c && !KNOWN_COMMANDS.test(cmd)) return null;
    return cmd;
  }
  if (c === 91 /* [ */) {
    if (line.indexOf('@') === -1) return null;
    m = BRACKET_PROMPT.exec(line);
  } else if (c === 80 /* P */ && line.startsWith('PS ')) {
    m = POWERSHELL_PROMPT.exec(line);
  } else if (c === 107 /* k */ && line.startsWith('kubectl>')) {
    m = KUBECTL_SHELL.exec(line);
  } else if (c === 107 /* k */ || c === 106 /* j */ || c === 99 /* c */ || c === 115 /* s */ || c === 111 /* o */) {
    if (isBareCommand(line)) return line.trim();
  }
  if (m === null) {
    // `user@host:~$ `: the first colon comes before any space and is followed by `~` or `/`
    const colon = line.indexOf(':');
    if (colon > 0) {
      const after = line.charCodeAt(colon + 1);
      if ((after === 126 || after === 47) && line.lastIndexOf(' ', colon) === -1) m = HOST_PATH_PROMPT.exec(line);
    }
  }
  return m === null ? null : line.slice(m[0].length).trim();
}

/** What a command says about the output that follows it. */
export interface CommandHint {
  command: string;
  /** `logs`, `describe`, `get`, `events`, `journalctl`, ... */
  verb?: string;
  /** resource for get/describe, lower-cased (`events`, `pods`, `cm`) */
  resource?: string;
  /** `-o` value */
  output?: string;
  /** `-c` / `--container` for logs */
  container?: string;
  /** the output is a log: unrecognised lines are still log lines */
  isLog: boolean;
}

/** the words that run kubectl (aliases and wrappers included) */
export const KUBECTL_WORDS: ReadonlySet<string> = new Set(['kubectl', 'k', 'kc', 'kubecolor', 'oc']);
/** kubectl flags that take the next word as their value */
export const FLAGS_WITH_VALUE: ReadonlySet<string> = new Set([
  '-n',
  '--namespace',
  '-l',
  '--selector',
  '--context',
  '--kubeconfig',
  '-c',
  '--container',
  '-o',
  '--output',
  '--since',
  '--tail',
  '--field-selector',
  '--for',
  '--types',
  '--since-time',
  '--sort-by',
]);

/**
 * The first command of a pipeline or sequence (`a | b`, `a || b`, `a && b`, `a; b`), trimmed: only it
 * produces the output we see. A scan, not a split on `\s*(?:…)\s*`, which is quadratic on long runs of spaces.
 */
export function firstCommand(command: string): string {
  for (let i = 0; i < command.length; i++) {
    const c = command.charCodeAt(i);
    if (c === 124 /* | */ || c === 59 /* ; */ || (c === 38 /* & */ && command.charCodeAt(i + 1) === 38))
      return command.slice(0, i).trim();
  }
  return command.trim();
}

export function commandHint(command: string): CommandHint {
  const words = firstCommand(command).split(/\s+/);
  if (words[0] === 'sudo') words.shift();
  const hint: CommandHint = { command, isLog: false };
  const head = words[0] ?? '';
  if (!KUBECTL_WORDS.has(head)) {
    if (head === 'journalctl') hint.verb = 'journalctl';
    else if (/^(?:tail|cat|less|more|head|zcat|grep|egrep)$/.test(head)) hint.verb = head;
    else if (head === 'crictl' || head === 'docker' || head === 'nerdctl')
      hint.verb = words[1] === 'logs' ? 'logs' : words[1];
    hint.isLog = hint.verb === 'journalctl' || hint.verb === 'logs' || command.includes('.log');
    return hint;
  }
  const positional: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (w.startsWith('-')) {
      const eq = w.indexOf('=');
      const name = eq > 0 ? w.slice(0, eq) : w;
      const value = eq > 0 ? w.slice(eq + 1) : FLAGS_WITH_VALUE.has(w) ? words[++i] : undefined;
      if (name === '-o' || name === '--output') hint.output = value;
      else if (name === '-c' || name === '--container') hint.container = value;
      else if (name.startsWith('-o') && name.length > 2 && eq < 0) hint.output = name.slice(2);
      continue;
    }
    positional.push(w);
  }
  if (positional[0] === 'alpha') positional.shift();
  hint.verb = positional[0];
  hint.resource = positional[1]?.toLowerCase();
  hint.isLog = hint.verb === 'logs';
  return hint;
}

/** `kubectl get events|ev` and friends. */
export function isGetEventsCommand(h: CommandHint | undefined): boolean {
  return (
    h !== undefined &&
    h.verb === 'get' &&
    h.resource !== undefined &&
    /^(?:events?|ev)(?:\.events\.k8s\.io)?$/.test(h.resource)
  );
}

/** `kubectl events` (≥1.26) / `kubectl alpha events`. */
export function isKubectlEventsCommand(h: CommandHint | undefined): boolean {
  return h !== undefined && h.verb === 'events';
}
