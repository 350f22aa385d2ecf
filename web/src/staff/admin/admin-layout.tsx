import { Show, type JSX } from 'solid-js';
import { url } from '../../router';
import { createLoad } from '../create-load';
import { ErrorNotice } from '../error-notice';
import { loadMe } from '../session';
import { StaffLayout } from '../staff-layout';
import './admin.css';

export const ADMIN_PAGES = [
  ['/admin/rounds', 'Rounds'],
  ['/admin/codes', 'Join codes'],
  ['/admin/single-use', 'Single-use codes'],
  ['/admin/settings', 'Settings'],
  ['/admin/accounts', 'Accounts'],
  ['/admin/answers', 'Answers to findings'],
  ['/admin/audit', 'Audit log'],
] as const;

/**
 * The council's pages: the staff frame, a menu of the admin pages, and the page itself only for
 * the admin role (the API refuses everyone else anyway; this says so in words instead).
 */
export function AdminLayout(props: { children: JSX.Element }) {
  const me = createLoad(() => true, loadMe);
  const here = () => url().pathname.replace(/\/$/, '');
  const menu = (
    <nav class="admin-nav" aria-label="Council admin">
      <ul>
        {ADMIN_PAGES.map(([href, label]) => (
          <li>
            <a href={href} aria-current={here() === href ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
  return (
    <StaffLayout menu={<Show when={me.data()?.role === 'admin'}>{menu}</Show>}>
      <Show when={me.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={me.data()}>
        {(m) => (
          <Show
            when={m().role === 'admin'}
            fallback={
              <>
                <h1>This page is for the council</h1>
                <p>
                  Only council administrators can manage rounds, codes, settings and accounts. <a href="/reports">Go to your reports</a>.
                </p>
              </>
            }
          >
            {props.children}
          </Show>
        )}
      </Show>
    </StaffLayout>
  );
}
