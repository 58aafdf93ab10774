// Every place a paste shows Terway's version: image references in each kubectl rendering, the
// start-up banners of every era, the inspect script's keys; and lookalikes that are not a version.
import { describe, it, expect } from 'vitest';
import { VersionSightings } from '../../src/engine/analysis/version-sightings';

function sightings(lines: string[]) {
  const s = new VersionSightings();
  lines.forEach((text, i) => s.line(i + 1, text));
  return s.all().map(({ version, component, how }) => ({ version, component, how }));
}

describe('version sightings', () => {
  it.each([
    ['describe', '    Image:          registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:v1.17.5', 'v1.17.5', 'daemon'],
    [
      'pod YAML',
      '    image: registry-vpc.cn-shanghai.aliyuncs.com/acs/terway:v1.12.3-6d2a1b4-aliyun',
      'v1.12.3-6d2a1b4-aliyun',
      'daemon',
    ],
    [
      'JSON',
      '        "image": "registry.cn-beijing.aliyuncs.com/acs/terway-controlplane:v1.16.7",',
      'v1.16.7',
      'controlplane',
    ],
    [
      'get ds -o wide',
      'terway-eniip   12        12        12      12           12          <none>          300d   terway-init,terway,policy   registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:v1.9.10-3f2a1b7-aliyun,registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:v1.9.10-3f2a1b7-aliyun   app=terway-eniip',
      'v1.9.10-3f2a1b7-aliyun',
      'daemon',
    ],
    [
      "jsonpath='{..image}'",
      'registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:v1.17.5 registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:v1.17.5',
      'v1.17.5',
      'daemon',
    ],
    [
      'a Pulling event',
      '  Normal   Pulling    2m    kubelet  Pulling image "registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:v1.0.9.15-g3957085-aliyun"',
      'v1.0.9.15-g3957085-aliyun',
      'daemon',
    ],
    [
      'an image digest',
      '    Image:  registry.cn-beijing.aliyuncs.com/acs/terway:v1.9.16@sha256:0f3a9c',
      'v1.9.16',
      'daemon',
    ],
    ['at the end of a sentence', 'we run registry/acs/terway:v1.8.14.', 'v1.8.14', 'daemon'],
  ])('an image reference: %s', (_, line, version, component) => {
    expect(sightings([line])).toEqual([{ version, component, how: 'image' }]);
  });

  it.each([
    [
      'the v1.4.4–v1.11 daemon (logrus look-alike)',
      'I0824 09:21:43.118238 main.go:41] terwayd/v1.5.6 (linux/amd64) 7678ab350668706c64bd30709424ca0653f5e85d 2023-07-25T01:41:01Z',
      'v1.5.6',
      'daemon',
    ],
    [
      'the daemon with klog textlogger',
      'I0708 10:00:00.123456       1 main.go:60] "terwayd/v1.17.5 (linux/amd64) 23a85fc3aa6bb2a0c1f0e0a5c2a1d3e4f5a6b7c8 2026-07-08T02:11:40Z" logger="setup"',
      'v1.17.5',
      'daemon',
    ],
    [
      'the controlplane with klogr',
      'I0314 08:00:01.000000       1 terway-controlplane.go:73] setup "msg"="terway-controlplane/v1.9.10 (linux/amd64) 1f2e3d4c5b6a79880716253443526170a9b8c7d6 2023-03-01T00:00:00Z"',
      'v1.9.10',
      'controlplane',
    ],
    [
      'the controlplane with klog textlogger',
      'I0708 10:00:02.000001       1 terway-controlplane.go:113] "terway-controlplane/v1.17.5 (linux/amd64) 23a85fc3aa6bb2a0c1f0e0a5c2a1d3e4f5a6b7c8 2026-07-08T02:11:40Z" logger="setup"',
      'v1.17.5',
      'controlplane',
    ],
    [
      'the v1.0 daemon',
      'time="2020-05-29T14:59:50Z" level=info msg="Starting terway of version: v1.0.9.15-g3957085-aliyun"',
      'v1.0.9.15-g3957085-aliyun',
      'daemon',
    ],
  ])('a start-up banner: %s', (_, line, version, component) => {
    expect(sightings([line])).toEqual([{ version, component, how: 'banner' }]);
  });

  it("reads the inspect script's keys", () => {
    expect(sightings(['[terway]', 'version: v1.16.7', 'controlplane_version: v1.17.5'])).toEqual([
      { version: 'v1.16.7', component: 'daemon', how: 'inspect-key' },
      { version: 'v1.17.5', component: 'controlplane', how: 'inspect-key' },
    ]);
  });

  it.each([
    ['another image named like it', '    Image:  registry.example.com/team/my-terway:v1.2.3'],
    ['a Terway DaemonSet name, not an image', 'daemonset.apps/terway-eniip:v1.2.3 rolled out'],
    ['a tag that is no version', '    Image:  registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:latest'],
    [
      'an untagged build',
      'I0708 10:00:00.123456       1 main.go:60] "terwayd/v0.0.0 (linux/amd64) $Format:%H$ 1970-01-01T00:00:00Z"',
    ],
    [
      'a v1.0 build that names only its commit',
      'time="2020-05-29T14:59:50Z" level=info msg="Starting terway of version: 3957085"',
    ],
    [
      'the v1.1–v1.4 banner, which has no version',
      'level=info msg=GitCommit 14641f3a0d549c13b0b59e230ea BuildDate 2021-03-01 Platform linux/amd64',
    ],
    ['a version key in any other YAML', '  apiVersion: v1'],
  ])('ignores %s', (_, line) => {
    expect(sightings([line])).toEqual([]);
  });

  it('keeps each version once, whatever the number of lines showing it', () => {
    const line = '    Image:          registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:v1.17.5';
    expect(sightings(Array.from({ length: 1000 }, () => line))).toHaveLength(1);
  });
});
