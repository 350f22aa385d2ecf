import { Hono } from 'hono';
import { requireRole } from '../auth/middleware';
import { canSeeSetting } from '../auth/principal';
import type { AppDeps } from '../app-deps';

/** Who the signed-in person is, the settings they may see, and the survey rounds. */
export const meRoutes = ({ store, verify }: AppDeps) =>
  new Hono().get('/me', requireRole(verify, 'admin', 'youth-council', 'staff'), async (c) => {
    const principal = c.get('principal');
    const [settings, waves] = await Promise.all([store.listSettings(), store.listWaves()]);
    return c.json({
      subject: principal.subject,
      role: principal.role,
      settings: settings.filter((s) => canSeeSetting(principal, s.id)).map((s) => ({ id: s.id, name: s.name })),
      // Drafts are the council's work in progress; others see a round once it opens.
      waves: waves
        .filter((w) => principal.role === 'admin' || w.status !== 'draft')
        .sort((a, b) => b.opensOn.localeCompare(a.opensOn))
        .map((w) => ({ id: w.id, title: w.title, status: w.status, opensOn: w.opensOn, closesOn: w.closesOn })),
    });
  });
