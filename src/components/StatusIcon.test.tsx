import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { CheckStatus, FeatureState, Verdict } from '../core/results';
import { FeatureStateBadge } from './FeatureStateBadge';
import { StatusIcon } from './StatusIcon';
import { VerdictBadge } from './VerdictBadge';

// Color is never the only signal: every status, state and verdict carries its word.
describe('status words', () => {
  it.each<[CheckStatus, string]>([
    ['pass', 'Passed'],
    ['warn', 'Warning'],
    ['fail', 'Failed'],
    ['unknown', 'Unknown'],
    ['na', 'Not applicable'],
  ])('check status %s reads "%s"', (status, word) => {
    const { container } = render(<StatusIcon status={status} />);
    expect(container.textContent).toBe(word);
  });

  it.each<[FeatureState, string]>([
    ['enabled', 'Nested containers: on'],
    ['disabled', 'Nested containers: off'],
    ['enabling', 'Nested containers: turning on…'],
    ['disabling', 'Nested containers: turning off…'],
  ])('feature state %s reads "%s" and carries data-state', (state, word) => {
    render(<FeatureStateBadge state={state} />);
    const badge = screen.getByTestId('nested-containers-state');
    expect(badge.dataset.state).toBe(state);
    expect(badge.textContent).toBe(word);
  });

  it.each<[Verdict, string]>([
    ['ready', 'Ready'],
    ['ready-with-warnings', 'Ready, with warnings'],
    ['not-ready', 'Not ready'],
    ['unavailable', 'Not available on this cluster'],
    ['unknown', 'Unknown: data missing'],
  ])('verdict %s reads "%s"', (verdict, word) => {
    render(<VerdictBadge verdict={verdict} waitsFor={null} />);
    expect(screen.getByTestId('nested-containers-verdict').textContent).toBe(word);
  });

  it('an unknown verdict that only waits for reads reads "Checking…", still data-verdict unknown', () => {
    render(<VerdictBadge verdict="unknown" waitsFor="reads" />);
    const badge = screen.getByTestId('nested-containers-verdict');
    expect(badge.textContent).toBe('Checking…');
    expect(badge.dataset.verdict).toBe('unknown');
  });

  it('an unknown verdict that waits for the operator says so, not "data missing"', () => {
    render(<VerdictBadge verdict="unknown" waitsFor="operator" />);
    const badge = screen.getByTestId('nested-containers-verdict');
    expect(badge.textContent).toBe('Waiting for the operator');
    expect(badge.dataset.verdict).toBe('unknown');
  });
});
