// Chinese queries an ACK engineer types during an incident, each with the entry it must find in the
// top 3: written with and without spaces, and mixed with codes and English words. The unit test runs
// them on the catalog, the e2e test in the page's Reference.
export const CHINESE_QUERIES: readonly (readonly [query: string, id: string])[] = [
  ['交换机 IP 不足', 'openapi-vswitch-ip-not-enough'],
  ['交换机IP不够', 'openapi-vswitch-ip-not-enough'],
  ['交换机满了', 'openapi-vswitch-ip-not-enough'],
  ['InvalidVSwitchId.IpNotEnough 交换机', 'openapi-vswitch-ip-not-enough'],
  ['弹性网卡 配额', 'openapi-eni-per-instance-limit'],
  ['网卡配额', 'openapi-eni-per-instance-limit'],
  ['辅助私网IP 配额', 'openapi-quota-private-ip'],
  ['安全组上限', 'openapi-security-group-limit'],
  ['容器一直 ContainerCreating', 'sandbox-terway-add-failed'],
  ['一直创建中', 'sandbox-terway-add-failed'],
  ['OpenAPI 限流', 'openapi-throttling'],
  ['内核版本过低', 'init-kernel-too-old'],
  ['镜像拉取失败', 'terway-image-pull-failed'],
  ['分配IP超时', 'rpc-allocate-ip-timeout'],
  ['可用区没有交换机', 'cp-vswitch-not-found-for-zone'],
  ['RAM 权限不足', 'openapi-forbidden-ram'],
  ['AllocIPFailed 分配 IP 失败', 'alloc-ip-failed'],
  ['无法连接terwayd', 'cni-daemon-unreachable'],
  ['独占ENI模式', 'init-exclusive-eni-mode-changed'],
  ['terway 容器 OOM', 'terway-pod-oom-killed'],
  ['元数据服务', 'daemon-metadata-unreachable'],
  ['CNI 未初始化', 'cni-not-initialized'],
  ['IP前缀用完', 'daemon-prefix-exhausted'],
];
