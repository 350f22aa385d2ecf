import type { TopicId } from './topics';

/**
 * Keyword lists, written as pupils write: lower-case, UK spelling, informal words included.
 * Each entry is tokenised and stemmed exactly like a comment, so write natural words:
 *   'bullied'         a single word, matched on its stem (bully, bullies, bullying all match)
 *   'on the way home' a phrase, matched on consecutive stems
 *   '=park'           a single word matched exactly, for words whose stem is ambiguous
 *                     ('park' and 'parking' share the stem 'park')
 * A phrase wins over the single words inside it, so 'dinner ladies' tags adults and not
 * food. Words too ambiguous on their own ('play', 'work', 'job', 'miss', 'rubbish', 'mental')
 * appear only inside phrases, so precision wins over recall.
 */

// Crime and street safety count for "Feeling safe" and for the Safer, Cleaner, Greener City.
const CRIME = [
  'crime', 'criminal', 'knife', 'knives', 'stabbing', 'weapon', 'gun', 'gang', 'police',
  'violence', 'violent', 'drugs', 'dealer', 'antisocial', 'anti social', 'robbed', 'robbery',
  'mugged', 'cctv', 'street light', 'streetlight', 'safe street', 'safer street',
  'streets safe', 'streets safer', 'safe area', 'safer area', 'area safe', 'area safer',
  'safe city', 'safer city', 'safer manchester', 'safe outside',
];

const ENVIRONMENT = [
  'environment', 'environmental', 'litter', 'bins', 'recycling', 'tree', 'plants', 'flowers',
  'garden', '=nature', 'wildlife', 'pollution', 'climate', 'global warming', 'plastic', 'eco',
  'greener', 'greenery', 'green space', 'green area', 'go green', 'clean air', 'air quality',
  'fly tipping', 'dog poo', 'carbon', 'solar panel', 'sustainable', 'food waste',
  // 'rubbish' alone is also slang for "bad" ("the dinners are rubbish").
  'the rubbish', 'less rubbish', 'no rubbish', 'rubbish on the', 'rubbish in the',
  'rubbish everywhere', 'pick up rubbish', 'rubbish bin',
];

const FRIENDS = [
  'friend', 'friendship', 'mates', 'classmates', 'bestie', 'bff', 'pal', 'buddy', 'peers',
];

const FAMILY_AND_COMMUNITY = [
  'family', 'parents', 'mum', 'mam', 'mom', 'dad', 'brother', 'sister', 'siblings', 'nan',
  'nana', 'grandma', 'grandad', 'grandparents', 'cousin', 'auntie', 'uncle', 'carer',
  'community', '=belong', '=belonging', '=belonged', 'relationship', 'boyfriend', 'girlfriend',
  'neighbour', 'phone', 'social media', 'tiktok', 'instagram', 'insta', 'snapchat', 'whatsapp',
  'youtube', 'online', 'internet', 'group chat', 'community centre',
];

// Places that are also about things to do, so they count for both topics.
const PLACES_TO_BE_ACTIVE = [
  'youth club', 'youth centre', 'youth center', 'sports centre', 'swimming pool', 'skatepark',
  'skate park',
];

/** Phrases that tag nothing and stop the words inside them from tagging on their own. */
export const NOT_TOPICS: readonly string[] = [
  'nothing to do with', 'anything to do with', 'safe to say',
];

export const TOPIC_WORDS: Record<TopicId, readonly string[]> = {
  friendships: [
    ...FRIENDS, 'fall out', 'fell out', 'falling out', 'left out', 'lonely', 'loneliness',
    'no one to play with', 'nobody to play with',
  ],
  bullying: [
    'bullied', 'cyberbullying', 'picked on', 'pick on', 'picking on', 'name calling',
    'call me names', 'calling me names', 'called me names', 'make fun of', 'made fun of',
    'making fun of', 'teasing', 'harassment', 'racist', 'racism', 'homophobic', 'transphobic',
  ],
  'adults-and-teachers': [
    'teacher', 'headteacher', 'head teacher', 'head of year', 'deputy head', 'staff', 'adult',
    'grown ups', 'sir', 'tutor', 'mentor', 'pastoral', 'senco', 'teaching assistant',
    'dinner lady', 'dinner ladies', 'lunchtime supervisor',
    // Sanctions are how adults treat pupils; there is no separate behaviour topic.
    'detention',
    // 'miss' is also a verb ("I miss my friends"), so only where it is plainly a teacher.
    'ask miss', 'tell miss', 'told miss', 'miss is', 'miss was', 'miss said', 'miss says',
  ],
  'lessons-and-learning': [
    'lesson', 'homework', 'schoolwork', 'school work', 'coursework', 'classwork', 'revision',
    'exam', 'test', 'gcse', '=sats', 'maths', 'science', 'history', 'geography', '=pe',
    'subject', 'learning', 'teach', 'curriculum', 'timetable', 'grades', 'library',
    'tutoring', 'reading', 'dyslexia',
  ],
  'feeling-safe': [
    ...CRIME, 'safe', 'safer', 'safety', 'unsafe', 'danger', 'scared', 'afraid', 'frightened',
    'threat', 'threatened', 'fight', 'abuse', 'stolen', 'steal', 'stranger', 'security',
    'followed me', 'catcalling', 'cat calling',
  ],
  'mental-health': [
    // 'mental' alone is also slang for chaotic ("the canteen is mental").
    'mental health', '=mentally', 'anxious', 'anxiety', 'stress', 'depressed', 'worried', 'sad',
    'upset', 'lonely', 'loneliness', 'self harm', 'selfharm', 'suicide', 'panic', 'overwhelmed',
    'nervous', 'unhappy', 'cry', 'cried', 'pressure', 'wellbeing', 'well being', 'counsellor',
    'counselling', 'therapy', 'therapist', 'kooth', 'childline', '=feelings', 'emotions', 'mood',
    'eating disorder', 'someone to talk to', 'somebody to talk to', 'talk to someone',
  ],
  'buildings-toilets-food': [
    'toilet', 'loo', 'bathroom', 'toilet roll', 'soap', 'hand dryer', 'sanitary products',
    'period products', 'changing rooms', '=building', '=buildings', 'classroom', 'playground',
    '=heating', 'radiator', 'air con', 'aircon', 'chairs', 'desk', 'locker', 'benches', 'roof',
    'leak',
    'food', 'lunch', 'lunchtime', 'dinner', 'breakfast', 'meal', 'snack', 'canteen', 'cafeteria',
    'dining hall', 'dinner hall', 'menu', 'tuck shop', 'water fountain', 'drinking water',
  ],
  'clubs-and-activities': [
    'club', 'activities', 'extracurricular', 'extra curricular', 'sport', 'football', 'netball',
    'basketball', 'rugby', 'cricket', 'hockey', 'tennis', 'badminton', 'dance', 'gymnastics',
    'swimming', '=boxing', 'karate', 'martial arts', 'athletics', 'trips', 'residential',
    'scouts', 'cadets', 'duke of edinburgh', 'dofe', 'chess', 'choir', 'orchestra', 'hobbies',
    ...PLACES_TO_BE_ACTIVE,
  ],
  travel: [
    'bus', 'buses', 'bus pass', 'tram', 'metrolink', '=train', '=trains', 'train station',
    'bike', 'bicycle', 'cycling', 'scooter', 'taxi', 'car', '=parking', 'traffic', 'road',
    'pavement', 'zebra crossing', 'lollipop lady', 'lollipop man', 'travel', 'transport', 'journey',
    'our pass', 'bee network', 'on the way', 'on my way', 'way home', 'way to school',
    'way back', 'walk to school', 'walk home', 'walking to school', 'walking home',
  ],
  environment: ENVIRONMENT,
  'safer-cleaner-greener': [
    ...ENVIRONMENT, ...CRIME, 'graffiti', 'clean street', 'cleaner street', 'street clean',
    'streets cleaner', 'dirty street', 'streets dirty', 'clean city', 'cleaner city',
    'cleaner manchester', 'clean area', 'cleaner area',
  ],
  connections: [...FRIENDS, ...FAMILY_AND_COMMUNITY],
  places: [
    ...PLACES_TO_BE_ACTIVE, '=park', '=parks', 'play area', 'green space', 'open space',
    'community centre', 'leisure centre',
    'cinema', '=bowling', 'museum', 'shopping centre', 'city centre', 'town centre',
    'neighbourhood', 'local area', 'my area', 'place to go', 'somewhere to go', 'nowhere to go',
    'anywhere to go', 'things to do', 'nothing to do', 'place to hang out', 'somewhere to hang out',
    'somewhere to chill', 'place to play', 'somewhere to play', 'nowhere to play',
    'space for young people',
  ],
  futures: [
    'future', 'career', 'college', 'university', '=uni', 'apprenticeship', 'sixth form',
    'work experience', 'a job', '=jobs', 'my job', 'dream job', 'part time job', 'qualifications',
    'opportunities', 'skills', 'employment', 'when i grow up', 'when im older', 'when i am older',
    'when i get older', 'leave school', 'do after school', 'cost of living',
  ],
};
