// Shell prompt lines that separate the outputs in a paste, and what their command tells us about the output.

const KNOWN_COMMANDS =
  /^(?:sudo\s+)?(?:kubectl|k|kc|kubecolor|oc|journalctl|crictl|ctr|docker|nerdctl|cat|tail|head|less|more|grep|egrep|zcat|systemctl|helm|stern|ip|ls|curl|terway-cli|bash|sh|dmesg|aliyun)(?:\s|$)/;

// `[root@iZ2ze… ~]# k get po`
const BRACKET_PROMPT = /^\[[^\]\s]*@[^\]]*\]\s?[#$%]\s*(.*)$/;
// `root@host:~# `, `controlplane:~$ `, `user@host:/var/log$ `
const HOST_PATH_PROMPT = /^[\w.-]+(?:@[\w.-]+)?:[~/][^\s#$]*\s?[#$%]\s*(.*)$/;
// `PS C:\> `, `PS C:\Users\me> `
const POWERSHELL_PROMPT = /^PS [A-Za-z]:\\[^>]*>\s*(.*)$/;
// `$ cmd`, `# cmd`, `% cmd`, `❯ cmd`, `❯❯❯ cmd`, `➜  ~ cmd`, `> cmd`
const BARE_PROMPT = /^(?:[$#%>]|❯+|➜\s+\S+)\s+(.*)$/;
const KUBECTL_SHELL = /^kubectl>\s*(.*)$/;
// a command pasted without any prompt: `kubectl describe pod x`, `k get po -A`, `journalctl -u kubelet`
const BARE_COMMAND =
  /^(?:sudo\s+)?(?:(?:kubectl|kubecolor|oc)\s+(?:-n\s+\S+\s+|--namespace[= ]\S+\s+)?(?:get|describe|logs|events|alpha|top|exec|rollout|edit|apply|delete|version|cluster-info)|k\s+(?:-n\s+\S+\s+)?(?:get|describe|logs|events)|journalctl|crictl)(?:\s|$)/;

/** Returns the command of a prompt line (possibly empty), or null when the line is not a prompt. */
export function parsePrompt(line: string): string | null {
  const c = line.charCodeAt(0);
  let m: RegExpExecArray | null = null;
  if (c === 36 /* $ */ || c === 35 /* # */ || c === 37 /* % */ || c === 62 /* > */ || c === 0x276f || c === 0x279c) {
    if (line.length === 1 && c === 36) return '';
    m = BARE_PROMPT.exec(line);
    if (m === null) return null;
    const cmd = (m[1] as string).trim();
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
    if (BARE_COMMAND.test(line)) return line.trim();
  }
  if (m === null) {
    // `user@host:~$ `: the first colon comes before any space and is followed by `~` or `/`
    const colon = line.indexOf(':');
    if (colon > 0) {
      const after = line.charCodeAt(colon + 1);
      if ((after === 126 || after === 47) && line.lastIndexOf(' ', colon) === -1) m = HOST_PATH_PROMPT.exec(line);
    }
  }
  return m === null ? null : (m[1] as string).trim();
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

export function commandHint(command: string): CommandHint {
  // only the first command of a pipeline/sequence produces the output we see
  const words =
    command
      .split(/\s*(?:\|\||&&|[|;])\s*/)[0]
      ?.trim()
      .split(/\s+/) ?? [];
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
