"""Word lists for entities, roles and quotes, kept apart from the code that uses them.

Lemmas are lower-case spaCy lemmas. Lists were grown on the PolNeAR train split and the seeds.
"""
from __future__ import annotations

# Verbs of saying: their subject is a speaker and their clausal complement is what was said.
SPEECH_VERBS = frozenset(
    """
    say tell add post write tweet retweet describe remark note comment state declare announce explain
    argue claim insist suggest warn report reply respond answer ask recall reiterate repeat stress
    emphasize emphasise acknowledge admit concede confirm deny predict promise pledge vow assert
    allege contend testify observe mention indicate signal reveal disclose complain joke quip
    continue conclude acknowledge caution concede counter estimate affirm assure boast brag charge
    chant shout yell write email text urge accuse criticize criticise blast slam mock praise
    propose recommend demand threaten concede insist maintain point hint recount lament wonder
    agree disagree dismiss reject call encourage characterize characterise read
    """.split()
)

# Verbs of thinking or wanting: attributions in the PolNeAR sense (a stated internal state).
COGNITION_VERBS = frozenset(
    """
    think believe know feel fear hope expect want wish doubt worry suspect understand consider
    find show learn prefer seek plan intend refuse decline
    """.split()
)

CUE_VERBS = SPEECH_VERBS | COGNITION_VERBS

# Narrower lists of saying for the story stage. Each keeps the words its caller was tuned with; the
# differences from SPEECH_VERBS are deliberate (a wider list would change what those callers find).
# What a refusal to speak takes ("declined to comment", "refused to say"): no refusal of anything but a
# word to the press. Holds words of talk that SPEECH_VERBS lacks ("elaborate", "speculate", "discuss").
PRESS_COMMENT_VERBS = frozenset(
    "comment say elaborate discuss answer speculate confirm respond disclose specify identify name detail talk "
    "speak reply explain".split()
)
# Verbs that report what someone said: a date in their clause is the saying's, not the happening's
# ("said on Wednesday that he had spoken with Putin").
SAYING_VERBS = PRESS_COMMENT_VERBS | frozenset(
    "tell announce report state add note claim insist acknowledge admit write testify describe call characterize "
    "suggest argue warn indicate deny stress emphasize recall reveal quote".split()
)
# Verbs whose clause is a view someone says or holds ("a philosophy that says corporations should ...",
# "he believes BP should pay"; "make" as in "made clear"): a demand under them is quoted, not made.
VIEW_VERBS = frozenset(
    "say tell state indicate announce add insist argue claim declare signal write report believe think suggest "
    "stress note make".split()
)

# Verbs of thinking that report a feeling, a wish or a deliberation ('investors worried that ...',
# 'lawmakers are considering adding ...'): a state the writer ascribes, not a view someone stated.
MOOD_VERBS = frozenset("feel fear hope wish want worry consider prefer seek plan intend".split())

# Cue verbs whose complement is an infinitive clause ("refused to say", "wants to win").
XCOMP_CUE_VERBS = frozenset(
    """
    want hope plan intend refuse decline promise pledge vow agree seek threaten expect urge wish prefer
    """.split()
)

# Cue verbs whose direct object can be the content ("announced plans to ...", "denied the report").
OBJECT_CUE_VERBS = frozenset(
    """
    announce confirm deny reveal disclose predict propose recommend demand reject dismiss acknowledge
    admit concede allege report describe support endorse criticize criticise
    """.split()
)

# Verbs of stance toward something (PolNeAR counts these as attributions; the quote list does not).
ATTITUDE_VERBS = frozenset(
    """
    support endorse back praise thank attack criticize criticise accuse mock ridicule blame defend
    oppose urge discuss mention question cite reference recommend prefer tout welcome condemn slam
    blast dismiss applaud hail decry denounce fault target vote favor favour champion embrace push
    highlight acknowledge congratulate disavow repudiate reject tweet post write repeat echo talk
    name offer refer point respond react hint allude cast promote list address challenge ignore
    articulate share bemoan lambast downplay critique exclaim profess judge see view speak apologize
    apologise focus rail weigh campaign fight recognize recognise envision
    """.split()
)

# Nouns that carry a stance or a statement ("Graham's endorsement of Cruz", "a claim that ...").
ATTITUDE_NOUNS = frozenset(
    """
    support supporter endorsement criticism critic opposition opponent praise claim assertion
    statement suggestion warning promise pledge demand proposal belief argument insistence
    allegation accusation denial refusal defense defence call proponent backer announcement
    expectation critique decision idea opinion description response message view position stance
    concern plan vow threat comment remark criticism attack dislike praise
    """.split()
)

# Nouns of a statement itself ("said in a statement that ...", "his claim that ..."): a cue of speech,
# where ATTITUDE_NOUNS's "support" or "opposition" is a stance.
STATEMENT_NOUNS = frozenset(
    """
    statement claim assertion allegation accusation denial announcement comment remark warning
    promise pledge testimony interview speech message letter tweet post briefing
    """.split()
)

# Verbs that report an unnamed judgement on their own clause ("Trump seemed to imply ...",
# "the report is expected to show ..."): PolNeAR marks the verb as cue, no source, the clause as content.
RAISING_CUES = frozenset("seem appear expect".split())

# Adjectives of a stated internal state after "be" ("were concerned that", "was critical of").
STANCE_ADJECTIVES = frozenset(
    """
    concerned critical angry fond confident skeptical sceptical worried optimistic pessimistic sure
    certain convinced opposed supportive keen happy proud aware unhappy upset furious hopeful eager
    adamant clear wary afraid anxious disappointed frustrated satisfied pleased enthusiastic loyal
    dismissive doubtful open receptive sympathetic hostile grateful thankful content comfortable
    uncomfortable nervous fearful willing unwilling reluctant determined ready divided united split
    """.split()
)

# Line labels that look like "Name: statement" but name no source.
NOT_SOURCES = frozenset(
    """
    note update correction related photo photos video watch source sources read listen subscribe
    advertisement editor's note disclosure clarification caption credit contact email tags topics
    """.split()
) | {"editor's note", "editor’s note", "read more", "see also", "breaking news"}

# Phrasal verbs of saying: (verb lemma, particle).
PHRASAL_CUES = frozenset(
    {("shoot", "back"), ("fire", "back"), ("hit", "back"), ("point", "out"), ("lay", "out"), ("speak", "out")}
)

# Words of saying that the small models tag as something else ("beamed", "quipped").
EXTRA_SPEECH_VERBS = frozenset("beam quip gush muse scoff sneer snap chime marvel".split())

# Lemmas the small models get wrong ("hopes" -> "hop").
LEMMA_FIXES = {"hop": "hope"}

# Verbs whose stance is introduced by a preposition of their own ("pointed to", "hinted at").
VERB_PREPOSITIONS = {
    "point": frozenset({"to"}),
    "refer": frozenset({"to"}),
    "respond": frozenset({"to"}),
    "react": frozenset({"to"}),
    "object": frozenset({"to"}),
    "allude": frozenset({"to"}),
    "hint": frozenset({"at"}),
    "agree": frozenset({"with"}),
    "disagree": frozenset({"with"}),
    "side": frozenset({"with"}),
}

# Prepositions whose object is the content after an attitude verb ("called for", "voted for").
ATTITUDE_PREPOSITIONS = frozenset("for about on of against".split())

# Verbs that name their object something: "called Trump 'unhinged'".
NAMING_VERBS = frozenset("call label dub brand name term".split())

# Verbs whose object is the addressee, never the content.
ADDRESSEE_VERBS = frozenset("tell ask assure remind warn inform urge encourage call".split())

# Personal pronouns that stand for one person, with the gender they imply.
PERSON_PRONOUNS = {"he": "male", "she": "female", "him": "male", "her": "female"}

# Titles and functions, lower-case; multi-word titles are matched on their last word.
TITLE_WORDS = frozenset(
    """
    president president-elect vice chancellor minister premier secretary spokesman spokeswoman
    spokesperson adviser advisor envoy ambassador senator sen. rep. representative congressman
    congresswoman governor gov. mayor general gen. admiral commander chief director head leader
    chairman chairwoman chair speaker king queen prince pope prime foreign defense defence press
    attorney judge justice official officer aide strategist consultant analyst candidate nominee
    ceo founder editor correspondent reporter diplomat commissioner counsel lawyer executive boss mr. mrs. ms. dr.
    former acting deputy national security state presidential of elect
    """.split()
)

# Head nouns that can name a role ("spokesman", "secretary"), the last word of a title.
ROLE_HEADS = frozenset(
    """
    president president-elect elect chancellor minister premier secretary spokesman spokeswoman spokesperson
    adviser advisor envoy ambassador senator representative congressman congresswoman governor mayor
    general admiral commander chief director head leader chairman chairwoman chair speaker king queen
    prince pope attorney judge justice official officer aide strategist consultant analyst candidate
    nominee ceo founder editor correspondent reporter diplomat commissioner counsel lawyer manager
    executive boss
    """.split()
)

# Head nouns that describe a person or an organisation that can speak ("a BP spokesman", "health
# officials", "the agency"), beside ROLE_HEADS: general English kinds of people and bodies, no
# topic's own (a speaker phrase headed by anything else, "the report", "a strange error message",
# "the program", is not listed among who said what).
SPEAKER_NOUNS = frozenset(
    """
    person people man woman men women boy girl child kid teenager adult resident citizen voter
    villager local neighbour neighbor witness survivor victim relative family friend colleague
    parent mother father son daughter brother sister wife husband widow uncle aunt cousin
    grandmother grandfather partner fan supporter critic opponent rival ally member observer
    expert scientist researcher scholar professor academic doctor physician nurse surgeon
    specialist economist engineer geologist biologist chemist epidemiologist virologist
    psychologist historian lawyer attorney prosecutor investigator inspector auditor regulator
    police policeman officer detective soldier commander troop fighter rebel militant protester
    activist campaigner environmentalist advocate organizer organiser leader lawmaker legislator
    politician senator minister official authority administrator executive employee worker
    staff staffer spokesperson source insider analyst trader investor banker owner shareholder
    fisherman farmer driver pilot passenger student teacher pupil player coach athlete singer
    musician actor actress artist author writer journalist reporter broadcaster presenter
    host producer director manager chairman president chief head founder official aide adviser
    advisor consultant contractor worker crew sailor captain guard juror judge coroner
    government administration ministry department agency commission committee council panel
    board parliament congress senate assembly court tribunal company firm corporation business
    group organisation organization association union federation coalition alliance party
    campaign team office bureau institute foundation charity network industry military army
    navy force forces embassy mission delegation
    """.split()
)

# Words that precede a name as a courtesy title and are never part of the name itself.
NAME_TITLES = frozenset(
    """
    president president-elect vice prime minister secretary senator sen. sen rep. rep gov. gov governor
    mayor gen. gen general adm. adm admiral col. col lt. lt capt. capt dr. dr mr. mr mrs. mrs ms. ms sir lord lady king queen prince
    princess pope chancellor ambassador spokesman spokeswoman former late then-president judge justice
    """.split()
)

# Titles only a person holds, as written before a surname ("Mr Hayward", "Adm Allen", "Dr. Murray").
PERSONAL_TITLES = frozenset("mr mrs ms miss dr sir dame lord lady adm admiral gen col lt capt sgt cmdr maj sen rep gov "
                            "president senator governor congressman congresswoman judge".split())

# Courtesy titles that tell a person's sex ("Mr Hayward" is no woman of that surname).
HONORIFIC_GENDERS = {"mr": "male", "sir": "male", "lord": "male",
                     "mrs": "female", "ms": "female", "miss": "female", "lady": "female", "dame": "female"}

NAME_SUFFIXES = frozenset("jr. jr sr. sr ii iii iv".split())

# Offices named by their holder's surname ("the Obama administration", "the Cameron government"), each with the last
# words of the roles that hold it: the one bearer of the surname holding such a role is the one meant.
OFFICES_BY_HOLDER = {
    "administration": frozenset({"president", "governor", "mayor"}),
    "presidency": frozenset({"president"}),
    "government": frozenset({"president", "minister", "premier", "chancellor"}),
    "cabinet": frozenset({"president", "minister", "premier", "chancellor"}),
    "regime": frozenset({"president", "leader", "dictator"}),
    "white house": frozenset({"president"}),
}

# Particles inside a name ("Eman al-Obeidy", "Osama bin Laden", "Ursula von der Leyen"): part of it.
NAME_PARTICLES = frozenset("al el ul as ash ad an bin ibn bint abu ben van von de da di du del della der den la le ter ten dos das zu zur zum vom af".split())

# Titles of monarchs and clerics: "King Abdullah" is that name, not a man with the surname Abdullah.
REGNAL_TITLES = frozenset("king queen prince princess emperor empress sultan emir pope sheikh shah ayatollah".split())

# Prepositions that put the noun after them in a place ("in Brega", "near Misrata").
LOCATIVE_PREPOSITIONS = frozenset("in near outside inside around into toward towards across throughout within".split())

# Nouns that name a kind of place ("the city of Misrata", "Brega, an oil port").
# Nouns that end the name of an institution after a possessive ("Alleyn's School", "St Mary's Hospital").
INSTITUTION_NOUNS = frozenset("school college university academy hospital clinic church cathedral chapel institute institution "
                              "foundation trust museum library theatre theater".split())

# Nouns for people by what they do, written before a name ("singer Wyclef Jean", "actor George
# Clooney"): the name after them is a person's, unlike "the rig Deepwater Horizon".
PERSON_NOUNS = frozenset(
    """
    actor actress singer songwriter rapper musician guitarist drummer bassist pianist composer conductor
    star artist painter writer author novelist poet playwright journalist presenter broadcaster host
    comedian dancer producer director filmmaker photographer model designer chef athlete player coach
    pundit commentator legend veteran celebrity icon singer-songwriter
    footballer striker goalkeeper boxer cyclist runner driver pilot doctor physician surgeon nurse
    scientist professor teacher student priest pastor rabbi imam bishop cardinal activist campaigner
    businessman businesswoman entrepreneur tycoon billionaire banker economist historian explorer
    colleague friend husband wife son daughter brother sister father mother uncle aunt cousin
    nephew niece grandson granddaughter grandfather grandmother boy girl man woman teenager survivor
    victim witness worker volunteer resident fan
    """.split()
)

# Role or profession words before a name that only a person holds ("lawyer/politician Aitzaz
# Ahsan"): ROLE_HEADS less the words a company or body also takes ("market leader", "head office",
# "chief", "executive", "general"), and unlike PERSON_NOUNS' "producer", "host", "player", "star"
# ("Oil producer Chevron", "Host broadcaster NBC").
PERSON_ONLY_ROLES = (ROLE_HEADS - frozenset("leader head chief executive general".split())) | frozenset(
    "politician lawmaker legislator activist campaigner businessman businesswoman economist professor".split())

# Storms are named like people ("Tropical Storm Alex", "Hurricane Katrina").
STORM_NOUNS = frozenset("storm hurricane typhoon cyclone depression".split())

# Words before a name that make it a kind of people ("another Briton", "every Kennedy").
QUANTIFIERS = frozenset("another one each every some many several few no two three four five first".split())

# Last words of the names of organisations the small models tag as people ("the BBC Concert
# Orchestra", "Manchester United", "BBC Radio 5 Live", "Yele Haiti Foundation").
ORG_HEAD_NOUNS = frozenset(
    """
    orchestra band choir ensemble quartet trio club united rovers wanderers athletic fc station radio
    records group company corporation inc ltd plc agency council committee commission party
    foundation fund trust association society union federation league network channel
    international holdings industries ratings enterprises incorporated corp llc
    """.split()
)

# Last words that make a company's name ("Cameron International", "Fitch Ratings", "Acme Inc"):
# the lone first word of such a name in the same document is that company, not a namesake person.
COMPANY_SUFFIXES = frozenset(
    "international holdings industries ratings enterprises group inc inc. incorporated corp corp. corporation "
    "co co. company ltd ltd. plc llc".split()
)
# Of those, the legal forms: only a company is registered so ('Transocean Ltd'; 'Los Angeles International' is an airport).
LEGAL_FORMS = frozenset("inc inc. incorporated corp corp. corporation co. ltd ltd. plc llc".split())

# Nouns an apposition gives an organisation ("an American firm, Cameron"; "Oil Spill Response, a
# not-for-profit company"): the name is the organisation's, whatever else it shares a word with.
ORGANISATION_NOUNS = frozenset(
    "firm company manufacturer maker organisation organization charity consultancy corporation business "
    "contractor supplier subsidiary conglomerate insurer lender bank retailer airline agency".split()
)

# Nouns an apposition or a preceding noun gives a vessel or craft ("the tanker Helix Producer",
# "the larger ship, Helix Producer"): a thing, not a person.
VESSEL_NOUNS = frozenset(
    "ship tanker vessel rig platform boat ferry barge yacht submarine freighter trawler tug drillship "
    "liner cutter frigate destroyer".split()
)

# Month abbreviations ("Mar", "Sept"): a date's word, never an actor on its own.
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())

# Words that make a name a place: before it ("Lake Baikal", "Mount Everest") or after it ("Mississippi
# River", "Chandeleur Islands"); a person's name is never written with them.
PLACE_HEADS_BEFORE = frozenset("lake mount mt mt. cape gulf isle port fort".split())
# Lower-case heads of an administrative area named by its compound ("the Donetsk region", "Kherson oblast").
AREA_HEADS = frozenset("region oblast province area territory republic district".split())
PLACE_HEADS_AFTER = frozenset(
    "river sea ocean gulf island islands mountains valley canyon desert peninsula strait straits parish "
    "county creek bayou reef".split()
)

# Pronouns of the first person: the speaker speaks of themselves ("we will", "I was told").
FIRST_PERSON = frozenset("i we me us".split())

# Days of the week: dates, never part of a person's title ("Thursday US Secretary-General Ban Ki-moon").
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

PLACE_NOUNS = frozenset("city town village port capital province region district state country suburb neighborhood neighbourhood oasis island".split())

# Places the small English models often tag as people or organisations.
KNOWN_PLACES = frozenset(
    """
    kherson kyiv kiev donetsk luhansk zaporizhzhia zaporizhia crimea kursk kharkiv odesa odessa
    mariupol bakhmut dnipro lviv donbas donbass sevastopol belgorod moscow budapest anchorage munich
    istanbul riyadh jeddah geneva minsk ukraine russia
    """.split()
)

# Demonyms used as organisation qualifiers in titles ("Russian President").
DEMONYM_TO_PLACE = {
    "russian": "Russia",
    "ukrainian": "Ukraine",
    "american": "United States",
    "u.s.": "United States",
    "us": "United States",
    "british": "United Kingdom",
    "french": "France",
    "german": "Germany",
    "chinese": "China",
    "turkish": "Turkey",
    "hungarian": "Hungary",
    "polish": "Poland",
    "israeli": "Israel",
    "iranian": "Iran",
}

# Different spellings of one organisation or place, mapped to the canonical name.
ORG_ALIASES = {
    "us": "United States",
    "u.s.": "United States",
    "u.s": "United States",
    "usa": "United States",
    "america": "United States",
    "united states of america": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "eu": "European Union",
    "kiev": "Kyiv",
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "washington post": "Washington Post",
    "new york times": "New York Times",
}


# Last words of a news outlet's name ("Washington Post", "Associated Press", "Sky News", "BBC World
# Service"): an outlet is where a story is told, not one of its actors.
NEWS_MEDIA_HEADS = frozenset(
    "news post times press journal herald tribune telegraph gazette chronicle magazine observer guardian".split()
)

# A broadcaster's words ("Sky News Radio", "CBS Television", "France 24 TV").
BROADCAST_WORDS = frozenset("radio television tv".split())

# Words after an outlet's own name that still name the outlet ("BBC World Service", "CNN International").
NEWS_MEDIA_PARTS = NEWS_MEDIA_HEADS | BROADCAST_WORDS | frozenset("world service online international live".split())

# Major news organisations whose names hold no such word (hyphens stand for spaces).
NEWS_ORGANISATIONS = frozenset(
    name.replace("-", " ") for name in
    "reuters afp ap bbc cnn nbc cbs abc msnbc npr pbs itv bloomberg xinhua tass interfax politico axios "
    "al-jazeera agence-france-presse ria-novosti daily-mail".split()
)

# News agencies a dateline names first ("AP NEW ORLEANS -- ..."): such a name is never an actor.
WIRE_AGENCIES = frozenset("ap afp upi reuters dpa tass xinhua interfax ria".split())
# Words on one side of a slash in a photo credit or a programme's credit line ("REUTERS/Sean Gardner",
# "Patrick Kelley/Handout", "Producer/Victoria Lloyd"): the slash there parts a credit from a name.
CREDIT_WORDS = WIRE_AGENCIES | frozenset("handout pool file getty producer producers presenter presenters editor photographer".split())

# Looser than NEWS_MEDIA_HEADS: words that end or make up a newsroom's name in a claim holder ("the Daily
# Mail", "Express", "the Hill", "Fox"), though some end other names too.
NEWS_HOLDER_EXTRA_WORDS = frozenset(
    "agency broadcasting network newspaper wire daily channel economist atlantic hill examiner newsweek vox "
    "breitbart express mail mirror standard inquirer globe courier dispatch bulletin independent fox".split()
)

# One-word outlet names above that NEWS_HOLDER_WORDS has never held (left out when it was written as a
# list of its own; not measured since): adding one changes which holders positions drop.
NOT_NEWS_HOLDER_WORDS = frozenset("pbs itv upi".split())

# A claim holder's name is a news organisation's when it ends in, or is, one of these words: an outlet's
# last words, a broadcaster's, a one-word news organisation or wire agency, and the looser extension;
# for positions, which drop any holder that may be a newsroom (story.positions via nlp.entities.is_outlet_name).
NEWS_HOLDER_WORDS = (
    NEWS_MEDIA_HEADS | BROADCAST_WORDS | NEWS_HOLDER_EXTRA_WORDS | WIRE_AGENCIES
    | frozenset(name for name in NEWS_ORGANISATIONS if " " not in name)
) - NOT_NEWS_HOLDER_WORDS
