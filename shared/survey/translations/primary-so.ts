/** Somali draft of the primary survey (simple standard Somali). Needs review by a native speaker: docs/translations.md. */
export const primarySo: Record<string, string> = {
  title: 'Sidee ayaad u aragtaa iskuulkaaga?',
  'anchor.faces.0': 'Marnaba',
  'anchor.faces.1': 'Wax yar',
  'anchor.faces.2': 'Mararka qaarkood',
  'anchor.faces.3': 'Wax badan',
  'anchor.faces.4': 'Mar walba',
  'q.year': 'Fasalkee ayaad ku jirtaa?',
  'q.year.4': 'Fasalka 4aad',
  'q.year.5': 'Fasalka 5aad',
  'q.year.6': 'Fasalka 6aad',
  'q.like_school': 'Waan jeclahay inaan joogo iskuulkayga.',
  'q.friends': 'Iskuulka saaxiibo ayaan ku leeyahay.',
  'q.safe_school': 'Iskuulka waxaan ku dareemaa ammaan.',
  'q.safe_online': 'Waxaan dareemaa ammaan marka aan internetka galo.',
  'q.happy': 'Waan faraxsanahay.',
  'q.good_self': 'Naftayda waan jeclahay.',
  'q.sleep': 'Habeenkii si fiican ayaan u seexdaa.',
  'q.active': 'Maalin kasta waan ordaa, waan ciyaaraa ama waan dhaqdhaqaaqaa.',
  'q.enjoy_learning': 'Waan jeclahay inaan wax ku barto iskuulka.',
  'q.keep_trying': 'Marka shaqadu adag tahay, isku dayga ma joojiyo.',
  'q.adult_to_talk': 'Iskuulka waxaa jooga qof weyn oo aan la hadli karo.',
  'q.calm_down': 'Marka aan ka xumaado, waan is dejin karaa.',
  'q.gender': 'Ma waxaad tahay…',
  'q.gender.girl': 'Gabar',
  'q.gender.boy': 'Wiil',
  'q.gender.another': 'Si kale',
  'q.better_place': 'Maxaa iskuulkaaga ka dhigi lahaa mid ka sii fiican?',
};

/** Version 2 (primary-v2.ts): version 1's strings above, and the new item's. */
export const primarySoV2: Record<string, string> = {
  ...primarySo,
  'q.adults_act': 'Dadka waaweyn ee iskuulka wax bay ka qabtaan waxa carruurtu sheegaan.',
};
