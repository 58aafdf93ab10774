// Real pastes from public threads (tests/fixtures/real), labelled from each thread's own conclusion,
// run in the same harness as the scenarios. The engine does not meet all of them yet: the ones it
// still gets wrong are listed below, and that list only shrinks — a listed fixture that starts to
// pass fails this test until it is removed from the list, and an unlisted one that fails is a
// regression.
import { describe, it, expect, beforeAll } from 'vitest';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { contextOf, expectWellFormed, fixtureCases, readExpectation, runCase, unmet } from './scenario-harness';

/** fixtures the engine still gets wrong, with the class of failure (tests/fixtures/real/PRODUCERS.md) */
const STILL_WRONG: Record<string, string> = {
  '07-ccm-route-invalid-nexthop': 'shared OpenAPI rendering taken for Terway',
  '08-terraform-ack-create-emptycidr': 'unknown error judged none',
  '10-docker-machine-aliyunecs-forbidden-ram': 'shared OpenAPI rendering taken for Terway',
  '11-kata-route-replay-after-terway-cni': 'unknown error judged none',
  '12-cilium-operator-in-terway-controlplane-docker-logs': 'side component not recognised',
  '15-kube-ovn-static-ip-pool-drain': 'unknown error judged none',
  '17-terwayd-startup-banner-kubectl-logs-header': 'side component not recognised',
  '18-flannel-ali-vpc-missing-accesskey': 'unknown error judged none',
  '24-aws-resource-controller-panic-cloudwatch': 'unknown error judged none',
  '25-dockerd-panic-chinese-journal': 'unknown error judged none',
  '30-cilium-operator-leader-election-lost': 'unknown error judged none',
  '32-ccm-slb-openapi-timeout': 'unknown error judged none',
  '33-terraform-ack-ess-role-not-exist': 'shared OpenAPI rendering taken for Terway',
  '36-cilium-agent-vxlan-address-in-use': 'unknown error judged none',
  '38-terway-qos-bpf-load-kernel-419': 'side component not recognised',
  '39-terway-qos-bpf-back-edge': 'side component not recognised',
  '40-weave-status-hook-eth0-missing': 'unknown error judged none',
  '47-terway-cni-cant-found-dev-by-mac-zh-faq': 'message wording read as the cause',
  '49-calico-cni-move-veth-file-exists-journal': 'unknown error judged none',
  '50-calico-cni-ansi-colour-route-file-exists': 'unknown error judged none',
  '52-aws-ipamd-attachment-limit-exceeded': 'unknown error judged none',
  '54-ccm-multiple-vpc-found-openshift': 'unknown error judged none',
  '55-terway-podeni-unbind-fixed-ip-healthy': 'Terway CR not recognised',
  '56-terway-podeni-exclusive-eni-bind-healthy': 'Terway CR not recognised',
  '59-ccm-route-podcidr-skip-k9s-border-terway': 'unknown error judged none',
  '60-ccm-multiple-route-tables-masked-ids': 'unknown error judged none',
  '61-azure-vnet-unexpected-end-of-json-kubelet': 'unknown error judged none',
  '62-aws-cni-ipv6-unauthorized-create-eni': 'unknown error judged none',
};

const cases = fixtureCases('real');

let catalog: CompiledCatalog;
beforeAll(() => {
  catalog = new CompiledCatalog(loadCatalogFromDir());
});

describe('real fixtures', () => {
  it('has at least 30, a third of them lookalikes', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const name of Object.keys(STILL_WRONG)) expect(cases.map((c) => c.id)).toContain(`real/${name}`);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (id, c) => {
    const r = await runCase(c, catalog);
    const problems = unmet(r, readExpectation(c));
    const known = STILL_WRONG[id.replace(/^real\//, '')];
    if (known) expect(problems, `${id} now passes: remove it from STILL_WRONG (${known})`).not.toEqual([]);
    else expect(problems, `${id}: ${contextOf(r)}`).toEqual([]);
    expectWellFormed(r, c.text, id);
  });
});
