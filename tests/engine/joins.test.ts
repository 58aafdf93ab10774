// Report prose joins its pieces with the language's own marks: English keeps the words it always had,
// Chinese gets 、 ； 。 （） ： and no space after a full-width stop.
import { describe, it, expect, afterEach } from 'vitest';
import { useLanguage } from '../../src/engine/messages';
import { asideOf, clausesOf, labelOf, listOf, sentenceOf, sentencesOf } from '../../src/engine/text/joins';
import { loadMessages } from '../../src/node/load-catalog';

afterEach(() => useLanguage('en'));

describe('joins', () => {
  it('in English: comma lists, semicolon clauses, a full stop, a bracketed aside, spaced sentences', () => {
    expect(listOf(['AllocIPFailed', 'CreateENIFailed'])).toBe('AllocIPFailed, CreateENIFailed');
    expect(clausesOf(['a on n1', 'b on n2'])).toBe('a on n1; b on n2');
    expect(sentenceOf('2 Terway pod(s) Running')).toBe('2 Terway pod(s) Running.');
    expect(asideOf('v1.12.3')).toBe(' (v1.12.3)');
    expect(labelOf('Terway shows in')).toBe('Terway shows in:');
    expect(sentencesOf(['One.', '', 'Two.', 'Three.'])).toBe('One. Two. Three.');
  });

  it('in Chinese: 、 ； 。 （）： and no space after a Chinese stop, a space after anything else', () => {
    useLanguage('zh', loadMessages('zh'));
    expect(listOf(['AllocIPFailed', 'CreateENIFailed'])).toBe('AllocIPFailed、CreateENIFailed');
    expect(clausesOf(['甲', '乙'])).toBe('甲；乙');
    expect(sentenceOf('2 个 Terway Pod 正在运行')).toBe('2 个 Terway Pod 正在运行。');
    expect(asideOf('v1.12.3')).toBe('（v1.12.3）');
    expect(labelOf('Terway 出现在')).toBe('Terway 出现在：');
    expect(sentencesOf(['资源耗尽。', 'ECS 拒绝创建 ENI。', 'See `kubectl get pods`', '完。'])).toBe(
      '资源耗尽。ECS 拒绝创建 ENI。See `kubectl get pods` 完。',
    );
  });
});
