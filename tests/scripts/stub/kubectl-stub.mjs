// Stub `kubectl` for the inspect-script tests: replays recorded ACK objects of one scenario.
//
// Environment:
//   KUBECTL_STUB_SCENARIO  directory of recorded objects (*.json, one Kubernetes object or List per file) and an
//                          optional scenario.json: {"failure": "unreachable"|"refused"|"unauthorized",
//                          "forbidden": ["configmaps", ...], "base": "<sibling scenario whose objects it adds>"}
//   KUBECTL_STUB_LOG       file to which every invocation is appended as one JSON line {"argv": [...],
//                          "subject": <the object or List the get resolved to, when it resolved>}
//   KUBECTL_STUB_CONTEXTS  comma-separated context names that exist (unset: any --context is accepted)
//
// Supports `kubectl [--context C] get <resource> [name] [-n ns] [-l selector] [--field-selector f]
// -o go-template=<t>|json`, with kubectl's messages for NotFound, a missing CRD, Forbidden, Unauthorized and an
// unreachable API server. Any other verb fails loudly: the inspect scripts must be read-only.
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderGoTemplate } from './gotemplate.mjs';

const CRD_GROUP = 'network.alibabacloud.com';

// resource spellings -> what kubectl resolves them to
const RESOURCES = [
  {
    names: ['ds', 'daemonset', 'daemonsets', 'daemonsets.apps'],
    kind: 'DaemonSet',
    group: 'apps',
    plural: 'daemonsets.apps',
    namespaced: true,
  },
  {
    names: ['deploy', 'deployment', 'deployments', 'deployments.apps'],
    kind: 'Deployment',
    group: 'apps',
    plural: 'deployments.apps',
    namespaced: true,
  },
  { names: ['cm', 'configmap', 'configmaps'], kind: 'ConfigMap', group: '', plural: 'configmaps', namespaced: true },
  { names: ['no', 'node', 'nodes'], kind: 'Node', group: '', plural: 'nodes', namespaced: false },
  { names: ['po', 'pod', 'pods'], kind: 'Pod', group: '', plural: 'pods', namespaced: true },
  {
    names: [
      'crd',
      'crds',
      'customresourcedefinition',
      'customresourcedefinitions',
      'customresourcedefinitions.apiextensions.k8s.io',
    ],
    kind: 'CustomResourceDefinition',
    group: 'apiextensions.k8s.io',
    plural: 'customresourcedefinitions.apiextensions.k8s.io',
    namespaced: false,
  },
  ...[
    ['nodes', 'Node', false],
    ['podenis', 'PodENI', true],
    ['podnetworkings', 'PodNetworking', false],
    ['networkinterfaces', 'NetworkInterface', false],
    ['noderuntimes', 'NodeRuntime', false],
  ].map(([plural, kind, namespaced]) => ({
    names: [`${plural}.${CRD_GROUP}`, ...(plural === 'nodes' ? [] : [plural, kind.toLowerCase()])],
    kind,
    group: CRD_GROUP,
    plural: `${plural}.${CRD_GROUP}`,
    namespaced,
    crd: `${plural}.${CRD_GROUP}`,
  })),
];

function fail(stderr, code = 1) {
  process.stderr.write(stderr.endsWith('\n') ? stderr : `${stderr}\n`);
  process.exit(code);
}

function parseArgs(argv) {
  const opts = { positional: [] };
  const valued = {
    '--context': 'context',
    '-n': 'namespace',
    '--namespace': 'namespace',
    '-o': 'output',
    '--output': 'output',
    '-l': 'selector',
    '--selector': 'selector',
    '--field-selector': 'fieldSelector',
    '--kubeconfig': 'kubeconfig',
    '--request-timeout': 'requestTimeout',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const flag = a.startsWith('-') && eq > 0 ? a.slice(0, eq) : a;
    if (flag in valued) {
      if (eq > 0 && a.startsWith('-')) opts[valued[flag]] = a.slice(eq + 1);
      else {
        if (i + 1 >= argv.length) fail(`error: flag needs an argument: ${a}`);
        opts[valued[flag]] = argv[++i];
      }
    } else if (a.startsWith('-')) fail(`error: unknown flag: ${a}`);
    else opts.positional.push(a);
  }
  return opts;
}

function loadScenario(dir) {
  const objects = [];
  let config = {};
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.json')) continue;
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (f === 'scenario.json') config = data;
    else if (data.kind === 'List' || Array.isArray(data.items)) objects.push(...data.items);
    else objects.push(data);
  }
  // "base": another scenario (sibling directory) whose objects this one also serves
  if (config.base) objects.push(...loadScenario(join(dir, '..', config.base)).objects);
  return { objects, config };
}

const groupOf = (obj) => (obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : '');

// label selector: comma-separated terms k=v, k==v, k!=v, k in (a,b), k notin (a,b), k, !k
function matchesLabels(labels = {}, selector) {
  if (!selector) return true;
  const terms = selector.match(/[^,()]+(\([^)]*\))?/g) ?? [];
  return terms.every((raw) => {
    const term = raw.trim();
    let m;
    if ((m = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term))) {
      const values = m[3].split(',').map((s) => s.trim());
      const has = m[1] in labels && values.includes(labels[m[1]]);
      return m[2] === 'in' ? has : !has;
    }
    if ((m = /^([^!=]+)!=(.*)$/.exec(term))) return labels[m[1].trim()] !== m[2].trim();
    if ((m = /^([^!=]+)==?(.*)$/.exec(term))) return labels[m[1].trim()] === m[2].trim();
    if (term.startsWith('!')) return !(term.slice(1) in labels);
    return term in labels;
  });
}

function matchesFields(obj, selector) {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const m = /^([^!=]+)(!=|==|=)(.*)$/.exec(term.trim());
    if (!m) fail(`error: invalid field selector "${term}"`);
    const value = m[1].split('.').reduce((v, k) => (v == null ? undefined : v[k]), obj) ?? '';
    return m[2] === '!=' ? String(value) !== m[3] : String(value) === m[3];
  });
}

let resolved; // the object or List a get resolved to, logged for the fidelity test

function main() {
  const argv = process.argv.slice(2);
  const log = (entry) => {
    if (process.env.KUBECTL_STUB_LOG) appendFileSync(process.env.KUBECTL_STUB_LOG, `${JSON.stringify(entry)}\n`);
  };
  const opts = parseArgs(argv);
  process.on('exit', () => log({ argv, ...(resolved === undefined ? {} : { subject: resolved }) }));
  const [verb, resource, name, ...extra] = opts.positional;
  if (verb !== 'get') fail(`kubectl-stub: verb "${verb}" is not allowed: the inspect scripts must only read`, 99);
  if (!resource) fail('error: You must specify the type of resource to get.');
  if (extra.length) fail('kubectl-stub: only one name per get is supported', 99);

  const allowed = process.env.KUBECTL_STUB_CONTEXTS;
  if (opts.context && allowed !== undefined && !allowed.split(',').includes(opts.context))
    // kubectl 1.32 words this differently when -n is given
    fail(
      opts.namespace === undefined
        ? `Error in configuration: context was not found for specified context: ${opts.context}`
        : `error: context "${opts.context}" does not exist`,
    );

  const dir = process.env.KUBECTL_STUB_SCENARIO;
  if (!dir || !existsSync(dir)) fail('kubectl-stub: KUBECTL_STUB_SCENARIO is not a directory', 99);
  const { objects, config } = loadScenario(dir);

  if (config.failure === 'unreachable') {
    const api = 'https://47.96.120.33:6443';
    const line = `E1125 04:56:29.919873   10536 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \\"${api}/api?timeout=32s\\": dial tcp 47.96.120.33:6443: i/o timeout"`;
    fail(`${line}\n${line}\nUnable to connect to the server: dial tcp 47.96.120.33:6443: i/o timeout`);
  }
  if (config.failure === 'refused')
    fail('The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?');
  if (config.failure === 'unauthorized') fail('error: You must be logged in to the server (Unauthorized)');

  const res = RESOURCES.find((r) => r.names.includes(resource));
  if (!res) fail(`error: the server doesn't have a resource type "${resource.split('.')[0]}"`);
  const crdPresent = (crdName) =>
    objects.some((o) => o.kind === 'CustomResourceDefinition' && o.metadata.name === crdName);
  if (res.crd && !crdPresent(res.crd))
    fail(`error: the server doesn't have a resource type "${resource.split('.')[0]}"`);

  const namespace = res.namespaced ? (opts.namespace ?? 'default') : undefined;
  if ((config.forbidden ?? []).includes(res.plural.split('.')[0])) {
    const what = name ? `${res.plural} "${name}" is forbidden` : `${res.plural} is forbidden`;
    const where = namespace ? ` in the namespace "${namespace}"` : ' at the cluster scope';
    fail(
      `Error from server (Forbidden): ${what}: User "ram-user-203847" cannot ${name ? 'get' : 'list'} resource "${res.plural.split('.')[0]}" in API group "${res.group}"${where}`,
    );
  }

  const candidates = objects.filter(
    (o) =>
      o.kind === res.kind &&
      groupOf(o) === res.group &&
      (!res.namespaced || o.metadata.namespace === namespace) &&
      matchesLabels(o.metadata.labels, opts.selector) &&
      matchesFields(o, opts.fieldSelector),
  );

  let subject;
  if (name) {
    subject = candidates.find((o) => o.metadata.name === name);
    if (!subject) fail(`Error from server (NotFound): ${res.plural} "${name}" not found`);
  } else {
    subject = { apiVersion: 'v1', items: candidates, kind: 'List', metadata: { resourceVersion: '' } };
  }

  resolved = subject;
  const output = opts.output ?? '';
  if (output === 'json') {
    process.stdout.write(`${JSON.stringify(subject, null, 4)}\n`);
    return;
  }
  if (!output.startsWith('go-template=')) fail(`kubectl-stub: output "${output}" is not supported`, 99);
  const template = output.slice('go-template='.length);
  try {
    process.stdout.write(renderGoTemplate(template, subject));
  } catch (e) {
    fail(`error: error executing template "${template}": template: output:1:1: ${e.message}`);
  }
}

main();
