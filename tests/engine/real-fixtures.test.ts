// Real pastes from public threads (tests/fixtures/real), labelled from each thread's own conclusion,
// run in the same harness as the scenarios. The engine does not meet all of them yet: the ones it
// still gets wrong are listed below, and that list only shrinks — a listed fixture that starts to
// pass fails this test until it is removed from the list, and an unlisted one that fails is a
// regression.
import { describe, it, expect, beforeAll } from 'vitest';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { contextOf, expectWellFormed, fixtureCases, readExpectation, runCase, unmet } from './scenario-harness';
import { engineCatalog } from '../../src/engine/catalog/engine-catalog';
import { withCatalogProse } from '../../src/engine/report-prose';
import { analyze } from '../../src/engine/analyze';
import { toJsonContract } from '../../src/engine/report-json';
import type { Catalog } from '../../src/engine/catalog/types';

/** fixtures the engine still gets wrong, with the class of failure (tests/fixtures/real/PRODUCERS.md) */
const STILL_WRONG: Record<string, string> = {};

/**
 * fixtures whose verdict is right but whose decisive line's producer is not named yet (the attribution
 * of findings to producers, catalog/producers.yaml); the same shrink-only rule applies
 */
const PRODUCER_NOT_NAMED = new Set<string>([
  '03-terway-cni-resource-processing-event',
  '11-kata-route-replay-after-terway-cni',
  '15-kube-ovn-static-ip-pool-drain',
  '16-aws-trunk-eni-events-unauthorized',
  '31-calico-checksystem-xt-set-missing',
  '34-ack-api-addon-role-not-attached-wrapped',
  '35-ros-createstack-stackexists',
  '39-terway-qos-bpf-back-edge',
  '45-terway-cni-cmdadd-deadline-exceeded-zh-doc',
  '46-terway-cni-wait-pod-eni-info-timeout-zh-doc',
  '49-calico-cni-move-veth-file-exists-journal',
  '50-calico-cni-ansi-colour-route-file-exists',
  '51-canal-dual-stack-usepodcidripv6-event',
  '52-aws-ipamd-attachment-limit-exceeded',
  '53-merbridge-cni-binary-missing-on-aliyun',
  '55-terway-podeni-unbind-fixed-ip-healthy',
  '56-terway-podeni-exclusive-eni-bind-healthy',
  '57-flannel-host-local-range-exhausted-zh-faq',
  '58-ccm-invalid-cidr-block-with-terway-zh',
  '61-azure-vnet-unexpected-end-of-json-kubelet',
  '62-aws-cni-ipv6-unauthorized-create-eni',
  '63-ccm-network-unavailable-taint-failedscheduling',
  '65-dockershim-sandbox-no-space-left-zh-doc',
  '66-node-requests-with-terway-pod-healthy-zh-doc',
  '68-podnetworking-status-ready-doc-zh',
  '69-terway-eniip-pods-chained-conflist-doc-zh',
  '70-node-cr-warm-up-status-doc',
  '75-alicloud-ccm-config-must-be-provided-wrong-image-zh',
  '76-calico-dockershim-given-pool-does-not-exist',
  '77-calico-cni-2016-no-ipv6-pool',
  '78-calico-kubelet-pool-disabled-calicoctl',
  '79-calico-confd-ipv6-key-not-found',
  '82-cilium-readiness-probe-agent-not-running',
  '92-crio-loopback-plugin-not-found-stale-conf',
  '94-terraform-pod-vswitch-ids-ten-item-limit-zh',
]);

const cases = fixtureCases('real');

let catalog: CompiledCatalog;
let slim: CompiledCatalog;
let full: Catalog;
beforeAll(() => {
  full = loadCatalogFromDir();
  catalog = new CompiledCatalog(full);
  // the browser's worker carries the slim engine catalog: it must reason exactly alike
  slim = new CompiledCatalog(engineCatalog(full));
});

describe('real fixtures', () => {
  it('has at least 30, a third of them lookalikes', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const name of Object.keys(STILL_WRONG)) expect(cases.map((c) => c.id)).toContain(`real/${name}`);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (id, c) => {
    const r = await runCase(c, catalog);
    const name = id.replace(/^real\//, '');
    const all = unmet(r, readExpectation(c));
    const producerGap = all.filter((p) => p.startsWith('producer '));
    if (PRODUCER_NOT_NAMED.has(name))
      expect(producerGap, `${id} now names its producer: remove it from PRODUCER_NOT_NAMED`).not.toEqual([]);
    const problems = PRODUCER_NOT_NAMED.has(name) ? all.filter((p) => !producerGap.includes(p)) : all;
    const known = STILL_WRONG[name];
    if (known) expect(problems, `${id} now passes: remove it from STILL_WRONG (${known})`).not.toEqual([]);
    else expect(problems, `${id}: ${contextOf(r)}`).toEqual([]);
    expectWellFormed(r, c.text, id);
    const inBrowser = toJsonContract(withCatalogProse(await analyze([{ name, text: c.text }], slim), full));
    expect({ ...inBrowser, inputs: [] }, `${id}: the slim engine catalog reasons differently`).toEqual({
      ...r,
      inputs: [],
    });
  });
});
