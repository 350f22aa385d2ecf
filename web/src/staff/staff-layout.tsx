import { createSignal, Show, type JSX } from 'solid-js';
import type { Me } from './api';
import { url } from '../router';
import '../styles/staff.css';
import { loadMe, signOut } from './session';

type NavLink = { href: string; label: string };

function linksFor(me: Me): NavLink[] {
  if (me.role === 'youth-council') return [{ href: '/reports/city', label: 'City report' }];
  if (me.role === 'staff') return me.settings.map((s) => ({ href: `/reports/settings/${s.id}`, label: s.name }));
  return [
    { href: '/reports', label: 'Reports' },
    { href: '/reports/city', label: 'City report' },
    { href: '/admin/codes', label: 'Join codes' },
  ];
}

/** The frame of every staff, youth council and council page: who is signed in, where to go, sign out. */
export function StaffLayout(props: { children: JSX.Element }) {
  const [me, setMe] = createSignal<Me>();
  loadMe().then(setMe, () => undefined);
  const current = (href: string) => (url().pathname === href ? 'page' : undefined);
  return (
    <>
      <a class="skip" href="#main">
        Skip to main content
      </a>
      <header class="staff-top">
        <a class="brand" href="/reports">
          Heard <span class="brand-sub">reports</span>
        </a>
        <Show when={me()}>
          {(m) => (
            <nav aria-label="Reports">
              <ul>
                {linksFor(m()).map((l) => (
                  <li>
                    <a href={l.href} aria-current={current(l.href)}>
                      {l.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </Show>
        <button type="button" class="btn secondary signout" onClick={() => signOut()}>
          Sign out
        </button>
      </header>
      <main id="main" class="page wide" tabindex="-1">
        {props.children}
      </main>
    </>
  );
}
