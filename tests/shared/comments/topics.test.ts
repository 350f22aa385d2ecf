import { describe, expect, it } from 'vitest';
import { TOPICS, countTopics, tagTopics } from '../../../shared/comments/topics';
import type { TopicId } from '../../../shared/comments/topics';

describe('the topic list', () => {
  it('has fourteen topics with unique kebab-case ids, the last four being Our Year themes', () => {
    const ids = TOPICS.map((t) => t.id);
    expect(new Set(ids).size).toBe(14);
    expect(ids.every((id) => /^[a-z]+(-[a-z]+)*$/.test(id))).toBe(true);
    expect(TOPICS.filter((t) => t.ourYear).map((t) => t.id)).toEqual([
      'safer-cleaner-greener',
      'connections',
      'places',
      'futures',
    ]);
  });

  it('uses plain English labels', () => {
    const label = (id: TopicId) => TOPICS.find((t) => t.id === id)?.label;
    expect(label('adults-and-teachers')).toBe('Adults and teachers');
    expect(label('buildings-toilets-food')).toBe('Buildings, toilets and food');
    expect(label('safer-cleaner-greener')).toBe('Our Safer, Cleaner, Greener City');
  });
});

describe('tagging what pupils wrote', () => {
  it.each<[string, TopicId[]]>([
    ['More clubs after school, like football and art.', ['clubs-and-activities']],
    ['Better toilets. They are always locked or dirty.', ['buildings-toilets-food']],
    ['Stop people bullying in the corridors and on the way home.', ['bullying', 'travel']],
    ['A quiet room where you can go if you feel stressed.', ['mental-health']],
    ['Buses that turn up on time', ['travel']],
    ['More trees and less litter', ['environment', 'safer-cleaner-greener']],
    [
      'Help with revision and exams so I feel less worried',
      ['lessons-and-learning', 'mental-health'],
    ],
    [
      'The youth club near us closed and there is nowhere to go',
      ['clubs-and-activities', 'places'],
    ],
    ['Nicer food in the canteen and more time for lunch', ['buildings-toilets-food']],
    ['The teachers shout too much and sir never listens', ['adults-and-teachers']],
    ['Less homework, we get loads every night', ['lessons-and-learning']],
    [
      "I don't feel safe walking home because of gangs",
      ['feeling-safe', 'travel', 'safer-cleaner-greener'],
    ],
    ['Too many knives and police on my estate', ['feeling-safe', 'safer-cleaner-greener']],
    ['My mates make school fun', ['friendships', 'connections']],
    [
      'I fell out with my best friend and now I am lonely',
      ['friendships', 'mental-health', 'connections'],
    ],
    ['People should stop posting mean stuff on social media', ['connections']],
    ['More careers advice about college and apprenticeships', ['futures']],
    ['A bigger park with a skate park for teenagers', ['clubs-and-activities', 'places']],
    ['The loos have no soap and the hand dryers are broken', ['buildings-toilets-food']],
    ['Dinner ladies should be kinder', ['adults-and-teachers']],
    ['Someone to talk to when I feel anxious', ['mental-health']],
    ['Trams are too expensive, bring back the free bus pass', ['travel']],
    ['Cyberbullying on snapchat needs sorting', ['bullying', 'connections']],
    ['I care for my mum so I am always tired in lessons', ['lessons-and-learning', 'connections']],
    ['More school trips and a residential', ['clubs-and-activities']],
    [
      'Recycling bins in every classroom',
      ['buildings-toilets-food', 'environment', 'safer-cleaner-greener'],
    ],
    ['Parking outside school is dangerous', ['feeling-safe', 'travel']],
    ['Stop people self-harming, more help for mental health', ['mental-health']],
  ])('%s', (comment, expected) => {
    expect(tagTopics(comment)).toEqual(expected);
  });

  it('reads "after school" as the future when the pupil means leaving school', () => {
    // "after school" alone is a time of day; "do after school" is about what comes next.
    expect(tagTopics('I am worried about what I will do after school.')).toEqual([
      'mental-health',
      'futures',
    ]);
    expect(tagTopics('Football after school')).toEqual(['clubs-and-activities']);
  });

  it.each(['Thank you for asking us.', 'no', 'idk', '[email]', 'N/A', '', '   ', '!!!', '😀'])(
    'tags nothing in a comment with no topic: %j',
    (comment) => {
      expect(tagTopics(comment)).toEqual([]);
    },
  );

  it('ignores redaction markers, so a removed phone number is not about phones', () => {
    expect(tagTopics('message me on [phone] or [email] or [handle]')).toEqual([]);
    expect(tagTopics('Let us use our phones at break')).toEqual(['connections']);
  });

  it.each(['bully', 'bullied', 'bullies', 'bullying', 'BULLYING', 'Bullied!!!'])(
    'matches any inflection or case of a keyword: %s',
    (word) => {
      expect(tagTopics(`I get ${word} a lot`)).toEqual(['bullying']);
    },
  );

  it('matches keywords next to punctuation, curly apostrophes and hyphens', () => {
    expect(tagTopics('teachers,teachers;teacher’s')).toEqual(['adults-and-teachers']);
    expect(tagTopics('self-harm')).toEqual(['mental-health']);
    expect(tagTopics('when I’m older I want to go to uni')).toEqual(['futures']);
  });
});

describe('avoiding false positives from everyday words', () => {
  it.each([
    ['I like to play outside', []],
    ['play football at dinner', ['buildings-toilets-food', 'clubs-and-activities']],
    ['I have to work hard', []],
    ['The dinners are rubbish', ['buildings-toilets-food']],
    ['Pick up the rubbish in the park', ['environment', 'safer-cleaner-greener', 'places']],
    ['I miss my old friends from primary', ['friendships', 'connections']],
    ['Miss is really nice and helps me', ['adults-and-teachers']],
    ["It's nothing to do with school", []],
    ["There's nothing to do round here", ['places']],
    ['It is mental in the corridors', []],
    ['The teachers do a good job', ['adults-and-teachers']],
  ] as [string, TopicId[]][])('%s', (comment, expected) => {
    expect(tagTopics(comment)).toEqual(expected);
  });
});

describe('counting topics across comments', () => {
  it('reports every topic in list order, with zero for topics nobody mentioned', () => {
    const counts = countTopics([]);
    expect(counts.map((c) => c.id)).toEqual(TOPICS.map((t) => t.id));
    expect(counts.every((c) => c.count === 0)).toBe(true);
    expect(counts[0]).toEqual({ id: 'friendships', label: 'Friendships', count: 0 });
  });

  it('counts a comment once per topic however often the words repeat', () => {
    const counts = countTopics([
      'Bullying bullying bullying. The bullies bully everyone.',
      'I was bullied on the bus',
      'More trees',
    ]);
    const count = (id: TopicId) => counts.find((c) => c.id === id)?.count;
    expect(count('bullying')).toBe(2);
    expect(count('travel')).toBe(1);
    expect(count('environment')).toBe(1);
    expect(count('safer-cleaner-greener')).toBe(1);
    expect(count('futures')).toBe(0);
  });

  it('accepts any iterable, such as a generator', () => {
    function* comments() {
      yield 'Better toilets';
      yield 'Cleaner toilets';
    }
    expect(countTopics(comments()).find((c) => c.id === 'buildings-toilets-food')?.count).toBe(2);
  });

  it('tags ten thousand short comments in well under a second', () => {
    const samples = [
      'More clubs after school, like football and art.',
      'Stop people bullying in the corridors and on the way home.',
      'Help with revision and exams so I feel less worried',
      'Thank you for asking us.',
    ];
    const comments = Array.from({ length: 10_000 }, (_, i) => `${samples[i % 4]} ${i}`);
    const started = performance.now();
    const counts = countTopics(comments);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(counts.find((c) => c.id === 'bullying')?.count).toBe(2_500);
  });
});
