// Pastes that carry a hostile name wherever the engine picks names up for its commands.
/** The pod event of Terway's sandbox failure that the pastes below carry. */
export const SANDBOX_EVENT =
  'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "abc": plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded';

/** `kubectl describe pod` of a pending pod with this Name, Namespace and Node, and `event` in its Events. */
export function describePod(p: { name: string; namespace: string; node: string; event?: string }): string {
  return [
    `Name:             ${p.name}`,
    `Namespace:        ${p.namespace}`,
    'Priority:         0',
    `Node:             ${p.node}/10.0.3.19`,
    'Status:           Pending',
    'Containers:',
    '  web:',
    '    Image:          nginx',
    'Events:',
    '  Type     Reason                  Age                From     Message',
    '  ----     ------                  ----               ----     -------',
    `  Warning  FailedCreatePodSandBox  2m (x4 over 3m)    kubelet  ${p.event ?? SANDBOX_EVENT}`,
  ].join('\n');
}

/** `kubectl describe pod` whose Name, Namespace and Node are the hostile value. */
export function hostileDescribe(name: string): string {
  return describePod({ name, namespace: name, node: name });
}

/** Names in places without spaces: a prompt's command, `get pods -o wide` NODE, `--prefix` logs, events -A. */
export function hostileTables(token: string): string {
  return [
    `$ kubectl describe pod ${token} -n ${token}`,
    '$ kubectl get pods -n kube-system -o wide',
    'NAME                 READY   STATUS             RESTARTS   AGE   IP           NODE',
    `terway-eniip-7x9kq   1/2     CrashLoopBackOff   7          12m   10.0.3.19    ${token}`,
    '$ kubectl get events -A',
    'NAMESPACE   LAST SEEN   TYPE      REASON                   OBJECT          MESSAGE',
    `${token}   2m          Warning   FailedCreatePodSandBox   pod/${token}   ${SANDBOX_EVENT}`,
    `[pod/${token}/terway] E0722 15:19:07.402187 1 server.go:12] failed to connect to daemon`,
  ].join('\n');
}
