// A realistic `kubectl describe pod` paste of about the requested size, for latency figures.
export function describePaste(targetBytes: number): string {
  const head = `Name:             web-7d9c6b5f4-x2lqp
Namespace:        shop
Priority:         0
Node:             cn-hangzhou.10.0.3.17/10.0.3.17
Start Time:       Tue, 24 Nov 2026 09:12:03 +0800
Labels:           app=web
                  pod-template-hash=7d9c6b5f4
Annotations:      <none>
Status:           Pending
IP:
Controlled By:    ReplicaSet/web-7d9c6b5f4
Containers:
  web:
    Image:          registry.cn-hangzhou.aliyuncs.com/shop/web:1.4.2
    State:          Waiting
      Reason:       ContainerCreating
    Ready:          False
    Restart Count:  0
Events:
  Type     Reason                  Age                 From               Message
  ----     ------                  ----                ----               -------
`;
  const rows = [
    '  Normal   Scheduled               6m12s               default-scheduler  Successfully assigned shop/web-7d9c6b5f4-x2lqp to cn-hangzhou.10.0.3.17',
    '  Warning  AllocIPFailed           47s (x9 over 6m1s)  terway-daemon      cmdAdd: error alloc ip rpc error: code = Unknown desc = errCode: InvalidVSwitchId.IpNotEnough, msg: The specified VSwitch "vsw-bp1x9yvqk1zr5example" has not enough IpAddress., requestID: 3B6D3C7A-0F1E-5C8B-9A2D-6E4F1B2C3D4E',
    '  Warning  FailedCreatePodSandBox  46s (x9 over 6m)    kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "8f1c2d3e4b5a6978": plugin type="terway" failed (add): failed to do add; cmdAdd: error alloc ip rpc error: code = Unknown desc = errCode: InvalidVSwitchId.IpNotEnough',
    '  Normal   SandboxChanged          45s (x9 over 6m)    kubelet            Pod sandbox changed, it will be killed and re-created.',
  ];
  let out = head;
  let i = 0;
  while (out.length < targetBytes) out += rows[i++ % rows.length] + '\n';
  return out;
}
