/**
 * Words that are never a name, in lower case: English function words, and the function words
 * pupils write in Latin script in Urdu, Arabic, Bengali, Polish and Somali. They stop a name
 * ("Jamie Is" is not a surname) and keep a name list's odd entries ("My", "Any", "Else", "De")
 * from ever matching.
 */
const words = (text: string) => new Set(text.split(/\s+/).filter(Boolean));

export const EVERYDAY = words(`
a an the this that these those some any all every each no none both either neither other another such
i me my mine myself we us our ours you your yours he him his she her hers it its they them their theirs
someone somebody anyone anybody everyone everybody nobody people everything something nothing anything
is am are was were be been being do does did done have has had having can could shall should would must
might wont won't cant can't dont don't didn't doesn't isn't wasn't aren't im i'm ive i've id i'd
ill i'll youre you're hes he's shes she's theyre they're thats that's theres there's lets let's
and or but so because if when while though although as than then too also not never always often only
just very really quite still even ever yet already again almost maybe perhaps please thanks thank yes
no ok okay yeah yep nah hi hello hey bye
to of in on at by for with from into onto about above below over under after before between through
during without within against among around near off out up down away back here there where what who
whom whose which why how
one two three four five six seven eight nine ten first second next last more most less least much many
few lot lots own same new old good bad big small little
said says told tell asked ask got get gets gave give go goes going went gone come came make made know
like love hate want need think feel felt see saw say
year years form class set group school teacher teachers miss sir mum dad mam nan
mera meri mere mujhe mjhe main hum ap aap tum woh wo yeh ye hai hain hy tha thi the thay nahi nahin nai
aur ka ki ke ko se ne bhi bohat bahut bohot dost naam nam acha accha kya kyun kyu sab kuch koi jab phir
enta inti huwa hiya howa hia ya wa fi fe min mn 3ala mish msh bas ismi lazem kteer kter
ami amake amra tumi tomar tomake apni se ora ar na ki ke ta ei oi je kore kori koro ache nai khub bhalo
i w z we na nie jest są sa to mnie mi mój moj moja moje mam ma się sie że ze jak ale do od po przez dla
o u za bardzo tak już juz tylko też tez ten ta te on ona oni wy ja ty mu jej ich jego coś cos cię cie ci nic ktoś
ktos kto co gdzie kiedy jeśli jesli albo lub oraz może moze inna inny inne
waa iyo ayaa ma ku ka la ee oo aan aad uu ay baa si wax ii iga igu waxaa aniga isaga iyada hadda ama karin
hal dari bax tani sida haddii markaa
de du der van von
ہے ہوں ہیں ہو تھا تھی اور میں کا کی کے کو سے نے بھی وہ یہ نہیں نہ و في من على عن انا أنا وأنا وانا هو هي وهو وهي مع আমি আমার আমাকে এবং ও আর থেকে হয় হল সে তার না নেই আছে আছি ছিল হবে করে করি
`);

/** Capitalised words that follow names in pupils' sentences without being names. */
export const NOT_NAMES = words(`
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
spring summer autumn winter christmas easter eid ramadan diwali halloween
english maths math science history geography art music drama pe re ict computing french spanish
german urdu arabic bengali bangla polish somali punjabi islam muslim christian quran bible mosque
church god allah jesus mum dad mam nan nana grandma grandad gran uncle aunty auntie
year form class set group school academy college primary high sixth council service services team
club clubs centre center library libraries youth help early trust park garden gardens hall house
lodge fair festival day week term holidays manchester staff police pupils students kids boys girls children
parents carers friends bullies everyone
`);

/** Names that are also verbs, so "my friend will help" names nobody while "my friend Will" does. */
export const MODAL = words('will may');
