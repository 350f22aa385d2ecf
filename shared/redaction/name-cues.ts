/**
 * Words around a name that say it is one, in the six languages pupils write in most. Each cue is
 * a sequence of lower-case words; the word after it (after an optional "is"/"waa"/"jest"/"hai")
 * is read as a name.
 */
const cues = (text: string) => text.split(',').map((cue) => cue.trim().split(/\s+/));

/** "my name is …": whatever follows is a name, in any case. */
export const SELF_CUES = cues(`
my name is, my name was, my name's, his name is, her name is, their name is, his name's, her name's,
call me, im called, i'm called, i am called, they call me,
mera naam, meri naam, mera nam, uska naam, us ka naam, iska naam, amar naam, amar nam, or naam, tar naam,
magacaygu, magacayga, magaciisu, magaceedu,
nazywam się, nazywam sie, mam na imię, mam na imie, na imię, na imie, ismi, esmi,
اسمي, اسمه, اسمها, میرا نام, اس کا نام, اسکا نام, আমার নাম, ওর নাম, তার নাম
`);

/** "my friend …", "a girl called …": a capitalised word, or a known name, that follows is a name. */
export const PERSON_CUES = cues(`
my friend, my best friend, my bestfriend, my bestie, my bff, my mate, my best mate, my boyfriend, my girlfriend, my bf,
my gf, my brother, my sister, my cousin, my step brother, my step sister, my stepbrother, my stepsister, my friends,
friends with, me and, boy called, girl called, kid called, lad called, guy called, man called, woman called,
lady called, teacher called, someone called, person called, pupil called, student called, boy named, girl named,
someone named, friend called, friend named,
mera dost, meri dost, meri saheli, mera bhai, meri behan, mera yaar, amar bondhu, bondhu, amar bhai, amar bon,
saaxiibkay, saaxiibtay, saaxiibkey, saaxiibteyda, saaxiibkayga, walaalkay, walaashay, walaalkey,
mój kolega, moj kolega, moja koleżanka, moja kolezanka, mój przyjaciel, moj przyjaciel, moja przyjaciółka,
moja przyjaciolka, kolega, koleżanka, kolezanka, przyjaciel, przyjaciółka, przyjaciolka, mój brat, moja siostra,
sadiqi, sahbi, sadiqati, sahbti, sahbiti, akhi, ukhti,
صديقي, صديقتي, دوست, سہیلی, বন্ধু
`);

/** Skipped between a cue and the name: "my friend is called X", "magacaygu waa X", "mera dost hai X". */
export const AFTER_CUE = new Set('is was called named waa jest to hai ka la'.split(' '));

/** "X is bullying me", "X hit me", "X is mean to me": the capitalised words before are a name. */
export const HARM_VERBS = new Set(
  `bullying bullies bully bullied hitting hits hit pushing pushes pushed kicking kicks kicked punching punches punched
hurting hurts hurt threatening threatens threatened touching touches touched teasing teases teased calling calls
called picking picks picked laughing laughs laughed following follows followed stole steals stealing took takes taking
beat beats beating spat spits slapped slaps grabbed grabs shouts shouted swore swears messaged messages texted texts
annoys annoyed annoying bothers harasses harassed attacked attacks scares scared excludes excluded ignores ignored
mean horrible nasty rude racist bije bił biła dokucza wyzywa przezywa popycha kopie garaacay garaaca maraa mare
maarse maarta`.split(/\s+/),
);
/** Between a name and the verb: "X is", "X keeps", "X always". */
export const BEFORE_VERB = new Set('is was are were keeps kept keep always never has have been also still just'.split(' '));
/** After the verb: who it is done to. */
export const VERB_OBJECTS = new Set('me us my him her them people everyone everybody others kids someone girls boys on at to of mnie mi i ii amake'.split(' '));

/** Titles before a teacher's or another adult's name. The lower-case ones are taken as written. */
export const TITLES = new Set('mr mrs ms mx miss sir dr mister missus pan pani ustad ustaz ustadh ustaza ustadha macallin macalin macallimad'.split(' '));
/** Lower-case titles that are also everyday words ("I miss my mum"): a known name must follow. */
export const WORD_TITLES = new Set('miss sir dr pan pani macallin macalin macallimad'.split(' '));

/** Particles inside a name: "Omar al Hassan", "Ahmed bin Saleh", "Zia ul Haq". */
export const PARTICLES = new Set('al el bin ibn bint binti abu ul ud van von de da'.split(' '));

/** Before a capitalised word, these make it a thing rather than a person: "the Rose Garden". */
export const DETERMINERS = new Set('the a an this that our your their its every some no any'.split(' '));
