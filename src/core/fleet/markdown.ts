/**
 * The report as Markdown, for a support case: the fleet table, then per cluster what it answered
 * and its checks (all of them for one cluster's report; only those that need attention for the
 * fleet, so a hundred healthy clusters stay a table). Built from the same ReportDocument as the
 * JSON; the words come from the caller (components/text), so the core stays free of i18next.
 */
import type { CheckId, CheckStatus, ReasonParams } from '../results';
import type { ReasonCode } from '../reasons';
import type { ReportCluster, ReportDocument } from './report';

export interface ReportWords {
  title: string;
  generated: (at: string, version: string) => string;
  columns: {
    cluster: string;
    openshift: string;
    instances: string;
    state: string;
    verdict: string;
    readAt: string;
    check: string;
    scope: string;
    status: string;
    finding: string;
  };
  hub: string;
  checkTitle: (id: CheckId) => string;
  reason: (r: { reason: ReasonCode; params: ReasonParams }) => string;
  status: (s: CheckStatus) => string;
  /** The verdict column's sentence for this cluster (what the fleet row shows). */
  answer: (c: ReportCluster) => string;
  state: (c: ReportCluster) => string;
  noChecksNeedAttention: string;
}

/** A table cell: pipes escaped, lines joined, so a message cannot break the table. */
const cell = (s: string | number | undefined) =>
  String(s ?? '—')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

const table = (head: string[], rows: (string | number | undefined)[][]) =>
  [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');

export const reportMarkdown = (
  doc: ReportDocument,
  words: ReportWords,
  opts: { allChecks: boolean },
): string => {
  const c = words.columns;
  const out = [
    `# ${words.title}`,
    '',
    words.generated(doc.generatedAt, doc.pluginVersion),
    '',
    table(
      [c.cluster, c.openshift, c.instances, c.state, c.verdict, c.readAt],
      doc.clusters.map((k) => [
        k.hub ? `${k.cluster} (${words.hub})` : k.cluster,
        k.openshiftVersion,
        k.read === 'answered' ? k.cheClusters.length : undefined,
        words.state(k),
        words.answer(k),
        k.readAt,
      ]),
    ),
  ];
  for (const k of doc.clusters) {
    const checks = opts.allChecks
      ? k.checks
      : k.checks.filter((x) => x.status !== 'pass' && x.status !== 'na');
    if (k.read === 'answered' && !opts.allChecks && checks.length === 0) continue;
    out.push('', `## ${k.cluster}`, '', words.answer(k));
    if (k.read !== 'answered') continue;
    out.push(
      '',
      checks.length === 0
        ? words.noChecksNeedAttention
        : table(
            [c.check, c.scope, c.status, c.finding],
            checks.map((x) => [
              `${words.checkTitle(x.id)} (\`${x.id}\`)`,
              x.scope,
              words.status(x.status),
              words.reason(x),
            ]),
          ),
    );
  }
  return `${out.join('\n')}\n`;
};
