/** Which "You said, we did" page a path asks for: the city's or a setting's, the page or its A4 board. */
export type Where = { settingId?: string; wall: boolean } | undefined;

export function where(path: string): Where {
  const m = /^\/you-said(?:\/([^/]+))?(?:\/(board))?\/?$/.exec(path);
  if (!m) return undefined;
  let id = m[1];
  try {
    id &&= decodeURIComponent(id);
  } catch {
    return undefined;
  }
  // /you-said/board is the city's board.
  if (id === 'board' && !m[2]) return { wall: true };
  return { ...(id ? { settingId: id } : {}), wall: !!m[2] };
}

/** The page's own address, for the board's QR code and the links between the two. */
export const pagePath = (settingId?: string) => `/you-said${settingId ? `/${encodeURIComponent(settingId)}` : ''}`;
export const wallPath = (settingId?: string) => `${pagePath(settingId)}/board`;
