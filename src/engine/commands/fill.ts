// The one command filler: engine (next steps, what to paste next, verdict prose), page (gather
// commands, reference), CLI and Markdown all get their commands from here. A `{placeholder}` is
// filled only with a value of the right shape (placeholders.ts), the value is shell-quoted in any
// case, and invisible characters are stripped from the result.
import { msg } from '../messages';
import { PLACEHOLDERS, isValidFor } from './placeholders';
import { shellQuote, stripInvisible } from './shell';

export type CommandValues = Record<string, string | undefined>;

export interface FilledCommand {
  command: string;
  /** why a placeholder stayed although the paste had a value for it */
  kept: string[];
}

/** Both DaemonSets: `terway-eniip` (shared ENI), `terway-eni` (exclusive ENI). */
const TERWAY_DAEMON_SELECTOR = "'app in (terway-eniip,terway-eni)'";

const HOLE = /\{(\w+)\}/g;

export function fill(template: string, values: CommandValues): FilledCommand {
  const kept: string[] = [];
  const command = template.replace(HOLE, (_, name: string) => {
    const value = valueFor(name, values, kept);
    return value === undefined ? `<${name}>` : value;
  });
  return { command: stripInvisible(command), kept };
}

export function fillCommand(template: string, values: CommandValues): string {
  return fill(template, values).command;
}

function valueFor(name: string, values: CommandValues, kept: string[]): string | undefined {
  const kind = Object.hasOwn(PLACEHOLDERS, name) ? PLACEHOLDERS[name] : undefined;
  const raw = values[name];
  if (raw !== undefined && kind && isValidFor(kind, raw)) return shellQuote(raw);
  if (raw !== undefined && raw !== '')
    kept.push(
      msg('command.placeholderKept', { placeholder: `<${name}>`, kind: msg(`placeholder.${kind ?? 'unknown'}`) }),
    );
  // the node is known but its terway pod was not pasted (or not usable): a substitution finds it
  if (name === 'terwayPod') {
    const node = values['node'];
    if (node !== undefined && isValidFor('name', node))
      return `$(kubectl get pods -n kube-system -l ${TERWAY_DAEMON_SELECTOR} --field-selector spec.nodeName=${shellQuote(node)} -o name)`;
  }
  return undefined;
}
