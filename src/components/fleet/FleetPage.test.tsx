import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import FleetPage from './FleetPage';
import { HUB, installFleet, type FakeFleet } from './testing/fakeFleet';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('../testing/sdkMock'));
vi.mock('@stolostron/multicluster-sdk/lib/api/useHubClusterName', () => ({
  useHubClusterName: () => ['local-cluster', true, undefined],
}));
// As the SDK's: the console's own API for the hub, ACM's cluster proxy for the others.
vi.mock('@stolostron/multicluster-sdk/lib/api/getFleetK8sAPIPath', () => ({
  getFleetK8sAPIPath: (cluster?: string) =>
    Promise.resolve(
      !cluster || cluster === 'local-cluster'
        ? '/api/kubernetes'
        : `/api/proxy/plugin/mce/console/multicloud/managedclusterproxy/${cluster}`,
    ),
}));

/** jsdom's Blob has no text(): read it as a browser without it would. */
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.readAsText(blob);
  });

let fleet: FakeFleet | undefined;
afterEach(async () => {
  await fleet?.close();
  fleet = undefined;
});

const rows = () => screen.getAllByTestId('fleet-row');
const row = (cluster: string) =>
  rows().find((r) => r.dataset.cluster === cluster) ?? expect.fail(`no row ${cluster}`);
const allRead = () =>
  waitFor(() => expect(rows().every((r) => r.dataset.read === 'answered')).toBe(true), {
    timeout: 30_000,
  });

describe('FleetPage', () => {
  it('answers for every cluster, worst first, each row on its own', async () => {
    fleet = await installFleet('ocp-4.20-ready-on.yaml', [
      { name: 'spoke-old', scenario: 'ocp-4.19-blocked.yaml', created: '2026-03-01T00:00:00Z' },
      { name: 'spoke-off', scenario: 'ocp-4.22-ready-off.yaml', created: '2026-06-01T00:00:00Z' },
      { name: 'spoke-plain', scenario: 'devspaces-absent.yaml', created: '2026-05-01T00:00:00Z' },
      { name: 'spoke-down', answer: 502, created: '2026-04-01T00:00:00Z' },
      { name: 'spoke-denied', answer: 403, created: '2026-02-01T00:00:00Z' },
      { name: 'spoke-gone', unavailable: true, created: '2026-01-01T00:00:00Z' },
    ]);
    render(<FleetPage />, { wrapper: MemoryRouter });
    await allRead();
    const facts: Record<string, string> = Object.fromEntries(
      rows().map((r) => [r.dataset.cluster ?? '', `${r.dataset.verdict}/${r.dataset.state}`]),
    );
    expect(facts).toEqual({
      [HUB]: 'ready/enabled',
      // Its one workspace runs an image the page cannot vouch for (workspace-images warns).
      'spoke-off': 'ready-with-warnings/disabled',
      'spoke-old': 'not-ready/disabled',
      'spoke-plain': 'unavailable/',
      'spoke-down': 'unknown/',
      'spoke-denied': 'unknown/',
      'spoke-gone': 'unknown/',
    });
    // Worst first: not available, not ready, unknown, ready with warnings, ready; ties by name.
    expect(rows().map((r) => r.dataset.cluster)).toEqual([
      'spoke-plain',
      'spoke-old',
      'spoke-denied',
      'spoke-down',
      'spoke-gone',
      'spoke-off',
      HUB,
    ]);
    const verdict = (c: string) => within(row(c)).getByTestId('fleet-verdict').textContent;
    expect(verdict(HUB)).toContain('On');
    expect(verdict('spoke-off')).toContain('Ready');
    expect(verdict('spoke-old')).toMatch(
      /Blocked: OpenShift version: OpenShift 4\.19\.\d+ is older than 4\.20/,
    );
    expect(verdict('spoke-plain')).toContain('No Dev Spaces');
    expect(verdict('spoke-down')).toContain(
      'does not answer through the cluster proxy (Bad Gateway)',
    );
    expect(verdict('spoke-denied')).toContain('you may not read this cluster');
    expect(verdict('spoke-gone')).toContain('ACM reports the cluster unavailable');
    expect(row('spoke-old').textContent).toContain('OpenShift version');
    // Ready, but not a bare "Ready": its page's headline asks to read the warning first.
    expect(verdict('spoke-off')).toBe('Ready to turn on — read 1 finding first');
    expect(verdict(HUB)).toBe('On');
    // One request to the unreachable cluster, none to the one ACM reports unavailable.
    expect(fleet.asked.get('spoke-down')).toHaveLength(1);
    expect(fleet.asked.has('spoke-gone')).toBe(false);
    expect(fleet.mostInFlight).toBeLessThanOrEqual(8);
    // The hub's checklist is this console's page; another cluster's is its drill-down here, and
    // its own console is a link beside it.
    expect(
      within(row(HUB))
        .getByRole('link', { name: /local-cluster/ })
        .getAttribute('href'),
    ).toBe('/devspaces-nested-containers');
    expect(
      within(row('spoke-old')).getByRole('link', { name: 'spoke-old' }).getAttribute('href'),
    ).toBe('/devspaces-nested-containers/fleet/spoke-old');
    expect(
      within(row('spoke-old'))
        .getByRole('link', { name: 'Open the console of spoke-old' })
        .getAttribute('href'),
    ).toBe(
      'https://console-openshift-console.apps.spoke-old.example.com/devspaces-nested-containers',
    );
  }, 60_000);

  it('filters by verdict, state and version, and searches by name', async () => {
    fleet = await installFleet('ocp-4.20-ready-off.yaml', [
      { name: 'east-1', scenario: 'ocp-4.22-ready-on.yaml', created: '2026-03-01T00:00:00Z' },
      { name: 'west-1', scenario: 'ocp-4.19-blocked.yaml', created: '2026-02-01T00:00:00Z' },
    ]);
    render(<FleetPage />, { wrapper: MemoryRouter });
    await allRead();
    const names = () => rows().map((r) => r.dataset.cluster);
    fireEvent.change(screen.getByTestId('fleet-filter-verdict'), {
      target: { value: 'not-ready' },
    });
    expect(names()).toEqual(['west-1']);
    fireEvent.change(screen.getByTestId('fleet-filter-verdict'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('fleet-filter-state'), { target: { value: 'enabled' } });
    expect(names()).toEqual(['east-1']);
    fireEvent.change(screen.getByTestId('fleet-filter-state'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('fleet-filter-version'), { target: { value: '4.20' } });
    expect(names()).toEqual([HUB]);
    fireEvent.change(screen.getByTestId('fleet-filter-version'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('fleet-search'), { target: { value: 'WEST' } });
    expect(names()).toEqual(['west-1']);
    fireEvent.change(screen.getByTestId('fleet-search'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: /^Cluster/ }));
    expect(names()).toEqual(['west-1', HUB, 'east-1']);
    fireEvent.click(screen.getByRole('button', { name: /^Cluster/ }));
    expect(names()).toEqual(['east-1', HUB, 'west-1']);
  }, 60_000);

  it('says no cluster has Dev Spaces, and downloads the fleet as JSON and Markdown', async () => {
    fleet = await installFleet('devspaces-absent.yaml', [
      { name: 'lab', scenario: 'devspaces-absent.yaml', created: '2026-03-01T00:00:00Z' },
    ]);
    const saved: { name: string; text: Promise<string> }[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      saved.push({ name: '', text: readBlob(blob) });
      return 'blob:fleet';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved[saved.length - 1].name = this.download;
    });
    render(<FleetPage />, { wrapper: MemoryRouter });
    await allRead();
    expect(screen.getByTestId('fleet-empty').textContent).toContain('No cluster has Dev Spaces');
    fireEvent.click(screen.getByTestId('fleet-export-json'));
    fireEvent.click(screen.getByTestId('fleet-export-markdown'));
    fireEvent.click(
      within(row('lab')).getByRole('button', { name: 'Download the report of lab as JSON' }),
    );
    expect(saved.map((s) => s.name)).toEqual([
      'nested-containers-fleet.json',
      'nested-containers-fleet.md',
      'nested-containers-lab.json',
    ]);
    const json = JSON.parse(await saved[0].text) as {
      schema: string;
      clusters: { cluster: string; answer: string }[];
    };
    expect(json.schema).toBe('devspaces-nested-containers.fleet-report/v1');
    // In the table's order (equal verdicts by name).
    expect(json.clusters.map((c) => [c.cluster, c.answer])).toEqual([
      ['lab', 'no-devspaces'],
      [HUB, 'no-devspaces'],
    ]);
    expect(await saved[1].text).toContain('| lab | 4.20.3 | 0 | — | No Dev Spaces |');
    const one = JSON.parse(await saved[2].text) as { clusters: { cluster: string }[] };
    expect(one.clusters.map((c) => c.cluster)).toEqual(['lab']);
    click.mockRestore();
  }, 60_000);
});
