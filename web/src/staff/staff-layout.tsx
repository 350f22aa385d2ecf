import { createSignal, Show, type JSX } from 'solid-js';
import type { Me } from './api';
import { url } from '../router';
import '../styles/staff.css';
import { endSession, loadMe } from './session';

type NavLink = { href: string; label: string };

function linksFor(me: Me): NavLink[] {
  const respond = { href: '/respond', label: 'Findings and responses' };
  if (me.role === 'youth-council') return [{ href: '/reports/city', label: 'City report' }, respond];
  if (me.role === 'staff') {
    // One setting: "You said, we did"; several: each named, so every link says where it goes.
    const own = (name: string) => (me.settings.length > 1 ? `You said, we did: ${name}` : 'You said, we did');
    return me.settings.flatMap((s) => [
      { href: `/reports/settings/${s.id}`, label: s.name },
      { href: `/reports/settings/${s.id}/you-said`, label: own(s.name) },
    ]);
  }
  return [
    { href: '/reports', label: 'Reports' },
    { href: '/reports/city', label: 'City report' },
    respond,
    { href: '/admin/rounds', label: 'Council admin' },
  ];
}

/** The frame of every staff, youth council and council page: who is signed in, where to go, sign out. */
export function StaffLayout(props: { children: JSX.Element; menu?: JSX.Element }) {
  const [me, setMe] = createSignal<Me>();
  loadMe().then(setMe, () => undefined);
  // The admin pages share one link here; their own menu (admin-layout.tsx) says which one is open.
  const current = (href: string) =>
    url().pathname === href ? 'page' : href === '/admin/rounds' && url().pathname.startsWith('/admin/') ? 'true' : undefined;
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
        <button type="button" class="btn secondary signout" onClick={endSession}>
          Sign out
        </button>
      </header>
      {props.menu}
      <main id="main" class="page wide" tabindex="-1">
        {props.children}
      </main>
    </>
  );
}
