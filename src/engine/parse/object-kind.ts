// Kind spelling: `kubectl get events` lower-cases OBJECT kinds (`pod/x`); records carry the canonical Kind.

const CANONICAL: Record<string, string> = {
  pod: 'Pod',
  node: 'Node',
  podeni: 'PodENI',
  podnetworking: 'PodNetworking',
  networkinterface: 'NetworkInterface',
  noderuntime: 'NodeRuntime',
  deployment: 'Deployment',
  replicaset: 'ReplicaSet',
  daemonset: 'DaemonSet',
  statefulset: 'StatefulSet',
  job: 'Job',
  cronjob: 'CronJob',
  service: 'Service',
  endpoints: 'Endpoints',
  endpointslice: 'EndpointSlice',
  configmap: 'ConfigMap',
  secret: 'Secret',
  namespace: 'Namespace',
  persistentvolumeclaim: 'PersistentVolumeClaim',
  persistentvolume: 'PersistentVolume',
  horizontalpodautoscaler: 'HorizontalPodAutoscaler',
  ingress: 'Ingress',
  lease: 'Lease',
  serviceaccount: 'ServiceAccount',
};

export const TERWAY_GROUP = 'network.alibabacloud.com';

export function canonicalKind(kind: string): string {
  const c = CANONICAL[kind.toLowerCase()];
  if (c !== undefined) return c;
  return kind.length > 0 ? kind.charAt(0).toUpperCase() + kind.slice(1) : kind;
}

/** Splits `pod/nginx-1`, `Deployment/bar`, `Pod` (1.12–1.13 KIND column) into kind and name. */
export function parseObjectCell(cell: string): { kind?: string; name?: string } {
  const t = cell.trim();
  if (t.length === 0 || t === '<none>') return {};
  const slash = t.indexOf('/');
  if (slash <= 0) return { kind: canonicalKind(t) };
  const kindPart = t.slice(0, slash);
  const dot = kindPart.indexOf('.');
  const kind = canonicalKind(dot > 0 ? kindPart.slice(0, dot) : kindPart);
  return { kind, name: t.slice(slash + 1) };
}
