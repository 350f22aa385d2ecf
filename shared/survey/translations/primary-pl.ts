/** Polish draft of the primary survey (informal "ty"). Needs review by a native speaker: docs/translations.md. */
export const primaryPl: Record<string, string> = {
  title: 'Jak ci jest w szkole?',
  'anchor.faces.0': 'Nigdy',
  'anchor.faces.1': 'Rzadko',
  'anchor.faces.2': 'Czasami',
  'anchor.faces.3': 'Często',
  'anchor.faces.4': 'Zawsze',
  'q.year': 'W której jesteś klasie?',
  'q.year.4': 'Klasa 4',
  'q.year.5': 'Klasa 5',
  'q.year.6': 'Klasa 6',
  'q.like_school': 'Lubię być w mojej szkole.',
  'q.friends': 'Mam w szkole przyjaciół.',
  'q.safe_school': 'W szkole czuję się bezpiecznie.',
  'q.safe_online': 'Czuję się bezpiecznie, kiedy korzystam z internetu.',
  'q.happy': 'Jest mi wesoło.',
  'q.good_self': 'Lubię siebie.',
  'q.sleep': 'W nocy dobrze śpię.',
  'q.active': 'Codziennie biegam, bawię się albo się ruszam.',
  'q.enjoy_learning': 'Lubię się uczyć w szkole.',
  'q.keep_trying': 'Kiedy zadanie jest trudne, dalej próbuję.',
  'q.adult_to_talk': 'W szkole jest dorosła osoba, z którą mogę porozmawiać.',
  'q.calm_down': 'Kiedy coś mnie zdenerwuje albo zasmuci, potrafię się uspokoić.',
  'q.gender': 'Kim jesteś?',
  'q.gender.girl': 'Dziewczynka',
  'q.gender.boy': 'Chłopiec',
  'q.gender.another': 'Inna odpowiedź',
  'q.better_place': 'Co sprawiłoby, że twoja szkoła byłaby jeszcze lepsza?',
};

/** Version 2 (primary-v2.ts): version 1's strings above, and the new item's. */
export const primaryPlV2: Record<string, string> = {
  ...primaryPl,
  'q.adults_act': 'Dorośli w szkole robią coś z tym, co mówią dzieci.',
};
