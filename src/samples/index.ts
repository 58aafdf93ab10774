// Built-in sample incidents for "Try an example". Realistic kubectl/log output, bundled as text in
// a lazy chunk: only the list is part of the first load, a sample's text comes when it is picked. The
// titles and descriptions are message keys (sample.<id>.title/.description), read in the page's language.
import type { MessageKey } from '../engine/messages';
const TEXTS = import.meta.glob<string>('./*.txt', { query: '?raw', import: 'default' });

/** The text of a sample (a lazy same-origin chunk, or inlined in the single-file build). */
export async function sampleText(id: string): Promise<string> {
  const load = TEXTS[`./${id}.txt`];
  if (!load) throw new Error(`unknown sample ${id}`);
  return load();
}

export interface Sample {
  id: string;
  title: MessageKey;
  /** what the sample shows, for the picker */
  description: MessageKey;
}

export const SAMPLES: readonly Sample[] = [
  {
    id: 'vswitch-ip-not-enough',
    title: 'sample.vswitch-ip-not-enough.title',
    description: 'sample.vswitch-ip-not-enough.description',
  },
  {
    id: 'exclusive-eni-mode-changed',
    title: 'sample.exclusive-eni-mode-changed.title',
    description: 'sample.exclusive-eni-mode-changed.description',
  },
  {
    id: 'cni-not-initialized',
    title: 'sample.cni-not-initialized.title',
    description: 'sample.cni-not-initialized.description',
  },
  {
    id: 'no-vswitch-for-zone',
    title: 'sample.no-vswitch-for-zone.title',
    description: 'sample.no-vswitch-for-zone.description',
  },
  {
    id: 'calico-cluster',
    title: 'sample.calico-cluster.title',
    description: 'sample.calico-cluster.description',
  },
  {
    id: 'healthy-pod',
    title: 'sample.healthy-pod.title',
    description: 'sample.healthy-pod.description',
  },
];
