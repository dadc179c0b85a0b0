// The admin perspective's side navigation: the console's sections, a few built-in links, and
// every `console.navigation/href` extension in its section (insertAfter/insertBefore honoured).
import * as React from 'react';
import { NavLink, useLocation } from 'react-router';
import { Nav, NavExpandable, NavList } from '@patternfly/react-core';
import { translateExtensionString } from './i18n';
import { useExtensions } from './pluginStore';

const SECTIONS: [string, string][] = [
  ['home', 'Home'],
  ['ecosystem', 'Ecosystem'],
  ['workloads', 'Workloads'],
  ['networking', 'Networking'],
  ['storage', 'Storage'],
  ['builds', 'Builds'],
  ['observe', 'Observe'],
  ['compute', 'Compute'],
  ['usermanagement', 'User Management'],
  ['administration', 'Administration'],
];

type Item = {
  id: string;
  name: string;
  href: string;
  insertAfter?: string | string[];
  insertBefore?: string | string[];
};

const BUILT_IN: Record<string, Item[]> = {
  home: [{ id: 'overview', name: 'Overview', href: '/' }],
  ecosystem: [
    {
      id: 'checlusters',
      name: 'CheClusters',
      href: '/k8s/all-namespaces/org.eclipse.che~v2~CheCluster',
    },
  ],
  administration: [{ id: 'dynamic-plugins', name: 'Dynamic plugins', href: '/console-plugins' }],
};

const place = (items: Item[], item: Item): Item[] => {
  const after = [item.insertAfter ?? []].flat();
  const before = [item.insertBefore ?? []].flat();
  const afterIndex = items.findIndex((i) => after.includes(i.id));
  if (afterIndex >= 0)
    return [...items.slice(0, afterIndex + 1), item, ...items.slice(afterIndex + 1)];
  const beforeIndex = items.findIndex((i) => before.includes(i.id));
  if (beforeIndex >= 0) return [...items.slice(0, beforeIndex), item, ...items.slice(beforeIndex)];
  return [...items, item];
};

export const Navigation: React.FC = () => {
  const hrefs = useExtensions('console.navigation/href');
  const location = useLocation();
  const sections = React.useMemo(() => {
    const bySection: Record<string, Item[]> = Object.fromEntries(
      SECTIONS.map(([id]) => [id, [...(BUILT_IN[id] ?? [])]]),
    );
    for (const e of hrefs) {
      const p = e.properties as Item & { section?: string; perspective?: string };
      if (p.perspective && p.perspective !== 'admin') continue;
      const section = p.section && bySection[p.section] ? p.section : 'home';
      bySection[section] = place(bySection[section], {
        ...p,
        name: translateExtensionString(p.name),
      });
    }
    return SECTIONS.map(([id, title]) => ({ id, title, items: bySection[id] })).filter(
      (s) => s.items.length,
    );
  }, [hrefs]);

  return (
    <Nav aria-label="Main navigation">
      <NavList>
        {sections.map((s) => (
          <NavExpandable
            key={s.id}
            title={s.title}
            isExpanded
            data-test={`nav-section-${s.id}`}
            isActive={s.items.some((i) => i.href === location.pathname)}
          >
            {s.items.map((i) => (
              <li key={i.id} className="pf-v6-c-nav__item" data-test={`nav-item-${i.id}`}>
                <NavLink
                  to={i.href}
                  end
                  data-test-id={i.id}
                  className={({ isActive }) =>
                    `pf-v6-c-nav__link${isActive ? ' pf-m-current' : ''}`
                  }
                >
                  {i.name}
                </NavLink>
              </li>
            ))}
          </NavExpandable>
        ))}
      </NavList>
    </Nav>
  );
};
