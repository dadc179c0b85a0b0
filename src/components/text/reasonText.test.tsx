import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import catalog from '../../../locales/en/plugin__devspaces-nested-containers.json';
import type { ReasonCode } from '../../core/reasons';
import { ALL_REMEDY_CODES, REASONS } from '../../core/checks/registry';
import type { ReasonParams } from '../../core/results';
import { formatParam, reasonText } from './reasonText';
import { remedyText } from './remedyText';

const t = i18next.t.bind(i18next);
const keys = new Set(Object.keys(catalog));

const sampleParams = (code: ReasonCode): ReasonParams =>
  Object.fromEntries(REASONS[code].map((p: string) => [p, `<${p}>`]));

describe('reasonText', () => {
  it.each(Object.keys(REASONS) as ReasonCode[])(
    '%s has a sentence in the catalog that shows every parameter',
    (code) => {
      const text = reasonText(t, { reason: code, params: sampleParams(code) });
      expect(text).not.toBe(code);
      expect(text.length).toBeGreaterThan(10);
      // No untranslated placeholder is left, and every parameter the code carries is shown
      // (`since` is a time, rendered by the locale, and `reason` is folded into the message).
      expect(text).not.toMatch(/\{\{/);
      for (const p of REASONS[code]) {
        if (p === 'since' || (code === 'phase-not-active' && p === 'reason')) continue;
        expect(text).toContain(`<${p}>`);
      }
    },
  );

  it.each(['already-enabled', 'already-disabled', 'checluster-unknown'] as const)(
    'the toggle blocker %s has its own sentence in the catalog',
    (reason) => {
      const text = reasonText(t, { reason, params: {} });
      expect(text).not.toBe(reason);
      expect(keys.has(text)).toBe(true);
    },
  );

  it('every sentence is a key of the generated catalog', () => {
    const seen: string[] = [];
    const spy = ((key: string) => {
      seen.push(key);
      return key;
    }) as unknown as typeof t;
    for (const code of Object.keys(REASONS) as ReasonCode[])
      reasonText(spy, { reason: code, params: sampleParams(code) });
    expect(seen.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('says a custom SCC fits instead of listing no differing field', () => {
    const text = reasonText(t, {
      reason: 'scc-custom',
      params: { name: 'container-run', fields: [] },
    });
    expect(text).toContain('has every field nested containers need');
    expect(text).not.toContain('—');
  });

  it('leaves out an empty operator message instead of showing a dash', () => {
    expect(
      reasonText(t, { reason: 'phase-not-active', params: { phase: 'Inactive', message: '' } }),
    ).toBe('Dev Spaces is not Active (phase: Inactive).');
  });

  it('names the first five of a long list in a sentence and counts the rest', () => {
    const pods = Array.from({ length: 9000 }, (_, i) => `user${i}-devspaces/pod-${i}`);
    expect(reasonText(t, { reason: 'pod-config-problems', params: { count: 9000, pods } })).toBe(
      'Workspace pods missing what nested podman needs (each miss is listed under the pod or the container, with its role): 9000 (user0-devspaces/pod-0, user1-devspaces/pod-1, user2-devspaces/pod-2, user3-devspaces/pod-3, user4-devspaces/pod-4 and 8995 more).',
    );
  });

  it('formats lists, empty values and numbers', () => {
    expect(formatParam(['UserNamespacesSupport', 'ProcMountType'])).toBe(
      'UserNamespacesSupport, ProcMountType',
    );
    expect(formatParam(null)).toBe('—');
    expect(formatParam([])).toBe('—');
    expect(formatParam(3)).toBe('3');
  });
});

describe('remedyText', () => {
  it('explains every remedy code the core can offer with its own sentence', () => {
    expect(remedyText(t, { code: 'show-scc' })).toBe('Show the SCC.');
    const sentences = ALL_REMEDY_CODES.map((code) => remedyText(t, { code }));
    for (const s of sentences) expect(s).toMatch(/^[A-Z].*\.$/);
    expect(new Set(sentences).size).toBe(ALL_REMEDY_CODES.length);
  });
});
