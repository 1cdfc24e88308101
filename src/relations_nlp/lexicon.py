"""Small closed word lists used by the context rules (kept in code: they are grammar,
not knowledge). All entries are lowercase; verbs are lemmas of the lookup lemmatizer.
"""

# a place-name right after these is a place ("talks in Dushanbe", "flew to Baku")
LOCATIVE_PREPS = frozenset(
    "in at to into near outside inside around across via through throughout within "
    "from toward towards beyond past en route off".split()
)
# verbs whose object is a place
PLACE_VERBS = frozenset(
    "visit visited visiting visits tour toured touring reach reached reaching arrive "
    "arrived leave left leaving flee fled fly flew flown land landed travel travelled "
    "traveled return returned".split()
)
# a capital right after these stands for its government ("talks with Moscow")
GOVERNMENT_PREPS = frozenset("between with against by for versus vs vs. on upon among".split())

# a capital/country before these (after optional adverbs/auxiliaries) acts as an actor
AUXILIARIES = frozenset(
    "has have had is was are were will would could should may might must can cannot "
    "does did do 's 've 'd also still now then already reportedly has'nt n't not never "
    "again firmly strongly openly repeatedly publicly officially quickly swiftly".split()
)
ACTOR_VERBS = frozenset(
    """say believe insist warn accuse agree reject deny impose sanction want hope consider
    expect demand claim respond condemn support seek refuse announce decide retaliate
    threaten urge call recognise recognize welcome view see argue maintain stress emphasise
    emphasize note regard fear plan intend suspend recall expel summon protest criticise
    criticize blame dismiss oppose back approve sign ratify host offer propose push press
    insist vow pledge promise signal tell inform invite send dispatch deploy launch order
    ban block veto halt resume restore cut sever downgrade upgrade normalise normalize
    reject accept acknowledge admit confirm describe label brand dismiss counter react
    answer reply retort hit strike attack invade occupy annex withdraw pull join leave
    quit seek aim try move step view regard remain continue keep stand side ally align
    intervene mediate broker negotiate discuss talk meet engage cooperate partner trade
    export import buy sell supply provide give grant fund finance invest lend pay owe
    worry complain object appeal ask request need prefer choose elect vote lose win gain
    see sense suspect believe think feel know understand realise realize blame
    consider look hold shut""".split()
)
# more present-tense verbs of states as actors ("Minsk allows", "Tehran rejects")
ACTOR_VERBS_EXTRA = frozenset(
    """allow permit let reject accept expel summon recall deny back block bar ban cut halt
    freeze resume restore send supply sell buy fund arm train host hold close open reopen
    insist claim blame accuse warn threaten pledge promise vow seek want plan prepare
    consider mull weigh eye push press urge demand ask respond retaliate react move shut
    test""".split()
)
# a capital after these words and a preposition is the government the stance is about:
# "distancing from Washington", "drifted away from Moscow", "a firm tone towards Caracas",
# "a jab at Washington"
STANCE_BEFORE_FROM = frozenset(
    """away distancing distance distanced independence autonomy break pivot shift drift split
    decoupling decouple""".split()
)
STANCE_BEFORE_TOWARDS = frozenset(
    """tone stance attitude policy policies approach hostility overture overtures pivot tilt
    shift drift outreach warmth openness line posture rapprochement""".split()
)
STANCE_BEFORE_AT = frozenset("jab swipe dig barb potshot anger fury frustration irritation criticism".split())
# verbs whose object is an actor, not a place: "accused Kigali of", "thanked Moscow for",
# "warned Astana that", "could irritate Washington" (lemmas; no motion or attack verbs)
OBJECT_VERBS = frozenset(
    """accuse thank warn urge blame praise criticise criticize condemn congratulate reassure
    irritate anger infuriate upset alarm unsettle rattle provoke antagonise antagonize
    embarrass humiliate snub rebuke lecture pressure persuade convince assure remind
    surprise disappoint frustrate reward punish court lobby trust distrust mistrust
    consult defy isolate appease placate give grant offer hand award""".split()
)
# nouns of a reaction that comes from or goes to a government: "a sharp protest from
# Beijing", "an apology from Moscow", "protested to Ankara", "a message to New Delhi"
RESPONSE_NOUNS = frozenset(
    """protest protests response reaction reply answer apology explanation invitation
    guarantee guarantees assurance assurances condemnation rebuke warning warnings demand
    demands pressure message signal overture overtures complaint complain appeal note
    letter""".split()
)
# verbs of reported speech before a subject clause: "said Rabat was playing", "insisted
# that Accra was not taking"
SAY_VERBS = frozenset(
    "say says said tell told insist insisted argue argued claim claimed believe believes "
    "believed think thinks thought warn warned add added note noted".split()
)
# "<verb> <capital> to <verb>": the capital is an actor ("urged Baku to", "forcing Kyiv to")
CAUSATIVE_VERBS = frozenset(
    "prompt force urge push press pressure call ask invite allow encourage warn lead compel "
    "persuade convince tell help enable require expect want".split()
)
# nouns after "<capital>'s" that make the capital a government ("Moscow's position")
GOVERNMENT_NOUNS = frozenset(
    """position stance decision response policy policies demand demands claim claims
    support role refusal reaction offer proposal ally allies move approach ambition
    ambitions interest interests concern concerns envoy envoys diplomat diplomats
    ambassador government leadership officials official relations ties partner partners
    partnership war invasion aggression strategy plan plans pressure influence backing
    objection objections view views position accusation accusations sanctions military
    forces troops army navy security rival rivals adversary adversaries foe foes friend
    friends neighbour neighbours neighbor neighbors intention intentions goal goals
    rhetoric narrative line message warning warnings threat threats""".split()
)
# nouns after a city name that make it a place ("Moscow residents", "Baku airport")
PLACE_NOUNS = frozenset(
    """airport metro subway residents resident city mayor street streets region oblast
    province district suburb suburbs outskirts centre center downtown skyline port
    harbour harbor station hotel hotels stadium university court museum office offices
    branch marathon festival derby zoo bay river bridge square mosque cathedral church
    temple market bazaar police fire flood floods earthquake blast explosion attack
    metropolitan area night skies court""".split()
)
# nouns after a dash compound of states that make it a bilateral relation ("Moscow–Baku ties")
RELATION_NOUNS = frozenset(
    """relations relationship ties talks dialogue rapprochement axis partnership alliance
    tensions tension rift row dispute conflict war summit agreement deal treaty border
    trade cooperation friendship rivalry standoff détente detente thaw crisis negotiations
    contacts meeting meetings consultations""".split()
)
# title-case words after a country/capital that do NOT make it a person's name
TITLE_WORDS = frozenset(
    """president prime premier minister ministry foreign defence defense interior
    government cabinet parliament embassy ambassador envoy king queen emir sultan crown
    prince chancellor leader leaders officials official army navy forces air armed
    national state federal central bank airlines airways railways university institute
    academy council committee republic federation kingdom news agency times post daily
    today tv television radio press herald gazette tribune journal review observer
    telegraph express star sun mail guardian monitor chronicle weekly international
    global media group company corporation holding energy oil gas petroleum power
    telecom steel motors bank exchange fund reserve capital city county district region
    province oblast state's states secretary general spokesperson spokesman spokeswoman
    speaker senate senator congress congressman assembly court supreme constitutional
    police border guard coast security service intelligence mission delegation team
    cup open games olympic olympics football soccer club league stadium""".split()
)
# words that are never part of a person's name
NON_NAME_WORDS = frozenset(
    """the a an and or but of in on at to for from by with without about as into over
    under after before during between among against this that these those it its he she
    they we i you his her their our my your there here then when while if because since
    although though however meanwhile moreover also not no yes mr mrs ms dr prof sir
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday tomorrow
    according said says told neither either nor whether""".split()
)
# regional adjectives: not names of people ("Southeast Asian diplomats said")
REGIONAL_ADJECTIVES = frozenset(
    """asian african european american arab arabian eurasian caucasian balkan nordic baltic
    scandinavian slavic latin western eastern northern southern central pacific atlantic
    mediterranean caribbean southeast northeast southwest northwest middle transatlantic
    sub-saharan""".split()
)
LANGUAGE_AFTER = frozenset("language languages speaking speaker speakers medium tongue".split())
LANGUAGE_BEFORE = frozenset(
    "in into from speak speaks spoke speaking spoken fluent translated translate taught teach".split()
)

# ---------------------------------------------------------------- people
# titles before a leader's name, mapped to the role they imply (lowercase, token sequences)
LEADER_TITLES = {
    ("president",): "president",
    ("prime", "minister"): "prime minister",
    ("premier",): "prime minister",
    ("pm",): "prime minister",
    ("chancellor",): "chancellor",
    ("foreign", "minister"): "foreign minister",
    ("foreign", "secretary"): "foreign minister",
    ("secretary", "of", "state"): "foreign minister",
    ("minister", "of", "foreign", "affairs"): "foreign minister",
    ("fm",): "foreign minister",
    ("king",): "king",
    ("queen",): "queen",
    ("emir",): "emir",
    ("sultan",): "sultan",
    ("emperor",): "monarch",
    ("empress",): "monarch",
    ("grand", "duke"): "monarch",
    ("grand", "duchess"): "monarch",
    ("crown", "prince"): "prime minister",
    ("supreme", "leader"): "supreme leader",
    ("ayatollah",): "supreme leader",
    ("pope",): "pope",
}
# words before a name that make it a person's name
PERSON_TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. professor ambassador envoy minister deputy
    senator sen. sen governor gov. general gen gen. colonel col. col lieutenant lt. major
    maj. captain capt. admiral adm. sheikh sir lord lady dame president vice chairman
    emperor empress duke duchess prince princess king queen
    chairwoman chairperson spokesman spokeswoman spokesperson secretary commissioner
    mayor judge justice director ceo chief representative rep. congressman congresswoman
    mp lawmaker deputy analyst expert journalist correspondent reporter researcher
    economist academic scholar historian columnist editor commentator lawyer activist
    officer commander marshal brigadier sergeant rabbi imam bishop patriarch father
    counsellor counselor adviser advisor aide colleague official diplomat businessman
    businesswoman engineer trader sociologist lecturer negotiator entrepreneur executive
    banker shipbuilder farmer fisherman citizen national student teacher novelist writer
    blogger politician legislator councillor strategist consultant physician tycoon
    billionaire dissident""".split()
)
# a lowercase word after "Name Surname," that makes the name a person
ROLE_AFTER_COMMA = frozenset(
    """associate assistant professor analyst expert director head chairman chairwoman
    chair spokesman spokeswoman spokesperson deputy senior junior ambassador researcher
    fellow editor correspondent chief member adviser advisor minister secretary leader
    founder ceo lecturer economist political a an the former who co-founder president
    vice executive general commander governor mayor journalist reporter author writer
    historian scholar specialist envoy representative lawyer professor, dean rector
    doctor candidate manager officer coordinator consultant partner""".split()
)
SPEECH_VERBS = frozenset(
    """said says told tells noted notes added adds stressed stresses believes believed
    argued argues wrote writes explained explains commented comments emphasised
    emphasized emphasises emphasizes warned warns insisted insists claimed claims
    stated states recalled recalls suggested suggests asked asks answered replied
    observed pointed remarked concluded thinks thought underlined underscored
    highlighted""".split()
)
# surname shapes common in the regions this library covers
SURNAME_ENDINGS = (
    "ov", "ova", "ev", "eva", "yev", "yeva", "iev", "ieva", "sky", "skiy", "ski", "ska", "enko",
    "chuk", "yuk", "shvili", "dze", "yan", "ian", "oglu", "oğlu", "zade", "zadeh", "ić", "vich",
    "ovich", "evich", "ovna", "evna", "escu", "opoulos", "idis", "akis", "ssen", "stein", "mann",
    "beyli", "bayli", "li", "lu", "iyev", "iyeva", "ayev", "ayeva",
)

# an unknown title-case name next to these words is a news outlet: "the Tehran daily Arman-e
# Shargh", "the weekly Voz del Valle", "the Baltic Lighthouse news site"
MEDIA_NOUNS = frozenset(
    """daily weekly newspaper newspapers paper magazine tabloid broadcaster channel outlet website
    site portal agency journal gazette""".split()
)
# lower-case words inside a (Spanish, Portuguese, French, Italian) outlet name: "La Voz de Guayana"
NAME_LINKS_ROMANCE = frozenset("de del da do dos das la el le les di della".split())
# "<name> of the X", "a lecturer at the X", "wrote in the X", "covers Iran for the X": X is where
# the person works
AFFILIATION_BEFORE_AT = frozenset(
    """lecturer professor researcher fellow analyst scholar economist teaches taught works worked
    studies studied teaching working""".split()
)
AFFILIATION_BEFORE_IN_FOR = frozenset(
    """wrote writes writing write covers covered covering reports reporting reported correspondent
    columnist editor commentator""".split()
)

# a place name the tables do not know, by the words around it: "near Zalambessa", "fighting
# around Walikale", "the Torkham crossing", "the Yavan hydropower plant"
PLACE_PREPS = frozenset("in near around outside across inside into".split())
PLACE_HEAD_NOUNS = frozenset(
    """crossing border port corridor bridge plant dam pipeline tunnel mountains airport airbase
    base camp checkpoint enclave valley oilfield gasfield mine refinery terminal reservoir canal
    district province region village town""".split()
)
# words between such a name and its head noun: "the Yavan hydropower plant"
PLACE_HEAD_MODIFIERS = frozenset(
    "hydropower hydroelectric nuclear power gas oil military border naval air coal copper gold "
    "lithium river sea deep-water deepwater container".split()
)
# capitalised words that follow "in" and are no places: languages, faiths
NOT_PLACES = frozenset(
    """english arabic latin french spanish russian chinese persian urdu hindi turkish german
    islam christianity judaism buddhism hinduism god allah heaven western eastern northern southern
    central""".split()
)

# verbs of headlines, which title case capitalises ("Nawrocki Visits Kyiv", "China Slams
# Philippines"): not part of a name there; with their -s / -ed forms (``inflect``)
HEADLINE_VERBS_BASE = frozenset(
    """visit meet slam pledge seek urge warn say vow reject accuse hold sign agree call ask back
    hail condemn deny discuss eye mull plan push reaffirm renew resume seal set talk threaten
    welcome criticise criticize blast blame snub summon expel recall host receive congratulate
    thank praise court boost deepen ease cut halt suspend ban launch open close extend end
    open urge strike attack kill arrest detain free release sanction approve ratify confirm
    announce name appoint elect win lose lead join leave quit fire sack resign visit tour arrive
    fly travel head return reach offer promise demand insist claim dismiss slam rap hit chide
    rebuke scold lash decry denounce protest mark celebrate mourn honour honor discuss weigh
    consider seek eye target vow""".split()
)


def inflect(verbs) -> frozenset:
    out = set()
    for v in verbs:
        out.update((v, v + "s", v + "es", v + "ed", v + "d"))
        if v.endswith("y"):
            out.update((v[:-1] + "ies", v[:-1] + "ied"))
        if len(v) > 2 and v[-1] not in "aeiouwxy" and v[-2] in "aeiou" and v[-3] not in "aeiou":
            out.add(v + v[-1] + "ed")  # "banned", "slammed"
    return frozenset(out)


HEADLINE_VERBS = inflect(HEADLINE_VERBS_BASE)
