"""Italian-English word equivalents for linking a statement to its translation.

Data only, general news vocabulary (politics, war and diplomacy, economy, climate, justice,
health, sport, and the everyday words statements are made of). Each line is one concept:
Italian forms, "=", English forms; every form on a line maps to the line's concept (its
first English form: lines sharing it are one concept, split for length). Names
that differ between the languages (Europa / Europe) are words like any other here.
A new language pair is another table of the same shape.
"""

from __future__ import annotations

from functools import cache

from tracker.linking.normalize import fold

IT_EN = """
guerra guerre bellico bellica = war wars
pace = peace
conflitto conflitti = conflict conflicts
invasione invasioni invadere invaso invadesse invaderà = invasion invasions invade invaded
attacco attacchi attaccare attaccato attaccherà = attack attacks attacked attacking
truppa truppe soldato soldati = troops troop soldiers soldier
militare militari esercito eserciti = troops military army armies
arma armi armamenti = weapon weapons arms
difesa difendere difeso = defence defense defend defended
sicurezza sicuro sicura = security safe secure
alleato alleati alleanza alleanze = ally allies alliance alliances
confine confini frontiera frontiere = border borders frontier
territorio territori = territory territories
sanzione sanzioni = sanction sanctions
negoziato negoziati negoziare negoziazione = negotiation negotiations negotiate negotiating
trattativa trattative = negotiation talks
accordo accordi intesa = agreement agreements deal deals accord
tregua cessate = truce ceasefire
resa arrendersi = surrender
vittoria vincere vinto vinta vince = victory win won wins
sconfitta sconfitto sconfitti perdere perso = defeat defeated lose lost
minaccia minacce minacciare = threat threats threaten
rischio rischi = risk risks
crisi = crisis crises
governo governi = government governments
presidente presidenti = president presidents
ministro ministri ministra = minister ministers
parlamento = parliament
elezione elezioni elettorale voto voti votare = election elections electoral vote votes
partito partiti = party parties
leader = leader leaders
popolo popoli = people peoples
paese paesi nazione nazioni = country countries nation nations
stato stati = state states
mondo mondiale mondiali = world global worldwide
globale globali = global
europa europeo europea europei europee = europe european europeans
america americano americana americani = america american americans
russia russo russa russi = russia russian russians
ucraina ucraino ucraini = ukraine ukrainian ukrainians
cina cinese cinesi = china chinese
usa = usa
nord = north northern
sud = south southern
est orientale = east eastern
ovest occidentale occidentali occidente = west western
asia asiatico = asia asian
africa africano = africa african
italia italiano italiana italiani = italy italian italians
francia francese = france french
germania tedesco tedesca tedeschi = germany german germans
turchia = turkey türkiye
mediatore mediatori mediazione = mediator mediators mediation
diplomazia diplomatico diplomatici = diplomacy diplomatic diplomats
coraggio coraggioso coraggiosa = courage courageous brave
forte forti forza = strong strongest strength force
debole = weak
bandiera bandiere = flag flags
bianca bianco = white
nero nera = black
rosso rossa = red
vergogna = shame ashamed
parola parole = word words
situazione = situation
cosa cose = thing things
tempo = time
momento = moment
oggi = today
domani = tomorrow
ieri = yesterday
anno anni = year years
mese mesi = month months
settimana settimane = week weeks
giorno giorni = day days
ora ore = hour hours now
minuto minuti = minute minutes
estate = summer
inverno = winter
caldo calda = heat hot
freddo = cold
clima climatico climatica climatici = climate
cambiamento cambiamenti cambiare = change changes
riscaldamento = warming
ebollizione bollente = boiling
era ere epoca = era age
terra = earth land
pianeta = planet
aria = air
acqua = water
fuoco fiamme fiamma incendio incendi = fire flames flame fires
pioggia piogge = rain rains
monsone monsoniche monsonici = monsoon
disastro disastri catastrofe = disaster disasters catastrophe
emissione emissioni = emission emissions
combustibile combustibili fossile fossili = fuel fuels fossil
energia energetico energetica = energy
petrolio = oil
gas = gas
profitto profitti = profit profits
economia economico economica = economy economic
prezzo prezzi = price prices
mercato mercati = market markets
lavoro lavori lavoratore lavoratori = work labour workers worker jobs
famiglia famiglie = family families
bambino bambini bambina bambine figli figlio figlia = child children kids son daughter
genitore genitori = parent parents
madre mamma = mother mom
padre papà = father dad
donna donne = woman women
uomo uomini = man men
persona persone gente = person people
giovane giovani = young
vecchio vecchi = old
vita vite = life lives
morte morto morti = death dead deaths died
uccidere ucciso uccisi = kill killed
ferito feriti = wounded injured
vittima vittime = victim victims
umanità umano umani umana = humanity human humans
colpa colpevole = blame fault guilty
responsabile responsabilità = responsible responsibility
azione azioni agire = action actions act
inazione = inaction
decisione decisioni decidere deciso = decision decisions decide decided
scelta scelte scegliere = choice choices choose
libertà libero libera liberi = freedom free
diritto diritti = right rights law
legge leggi = law laws
giustizia = justice
tribunale corte = court
polizia = police
salute sanitario = health
malattia = disease illness
ospedale ospedali = hospital hospitals
vaccino vaccini = vaccine vaccines
scuola scuole = school schools
chiesa = church
papa pontefice = pope
dio = god
fede = faith
torneo tornei = tournament tournaments
partita partite = match matches game
squadra team = team
trofeo = trophy
campione campioni = champion champions
tifosi pubblico = fans crowd public
casa = home house
città = city
capitale = capital
regione regioni = region regions
zona zone area aree = zone area areas
vasto vaste vasti vasta = vast
parte parti = part parts
tutto tutti tutte tutta = all everyone everything whole
molto molti molte = many much very
nessuno nessuna = nobody none no
mai = never
sempre = always
ancora = still yet again
inizio iniziare = beginning begin start
fine finire finito finita = end ended over finished
nuovo nuova nuovi nuove = new
primo prima primi = first
ultimo ultima ultimi = last latest
grande grandi = great big large
piccolo piccola = small little
importante = important
possibile possibili = possible
impossibile = impossible
necessario necessaria = necessary
chiaro chiara = clear
vero vera = true
falso falsa = false
crudele = cruel
terribile = terrible
terrificante = terrifying
insopportabile insopportabili = unbearable
irrespirabile = unbreathable
tragico tragica tragiche tragici = tragic
eccezionale = exceptional
difficile = difficult hard
facile = easy
peggio peggiore = worse worst
meglio migliore = better best
dire detto dice = say said says
volere vuole vogliono vogliamo voglio = want wants wanted
potere può possono possiamo = can could power
dovere deve devono dobbiamo = must should duty
pensare penso pensa = think thinks
credere credo crede = believe
sapere so sa = know knows
vedere vedo vede = see sees
parlare parla parlato = speak talk spoke
ringraziare ringrazio grazie = thank thanks
sperare spero speranza = hope
aiuto aiutare aiuti = help aid
sostegno sostenere supporto = support
pressione pressioni = pressure
interesse interessi = interest interests
problema problemi = problem problems
soluzione soluzioni = solution solutions
risposta rispondere = response answer respond
domanda domande = question questions demand
richiesta richieste = request requests demand demands
proposta proposte = proposal proposals
piano piani = plan plans
progetto = project
riforma riforme = reform reforms
sviluppo = development
crescita = growth
futuro = future
passato = past
storia storico storica = history historic historical
verità = truth
notizia notizie = news
informazione informazioni = information
conversazione conversazioni colloquio colloqui = conversation talks call
telefonata = call phone
incontro incontri incontrare = meeting meetings meet
vertice = summit
riunione = meeting
discorso = speech
intervista = interview
dichiarazione = statement declaration
messaggio = message
appello = appeal
discussione discutere discusso = discussion discuss discussed
mondo = world
nazionale = national
internazionale internazionali = international
politico politica politici = political politics politician politicians
sociale = social
centrodestra destra = right
sinistra = left
maggioranza = majority
opposizione = opposition
governare = govern
unire unito uniti unità = unite united unity
dividere diviso divisi = divide divided
rispetto = respect
odio = hate
amore = love
paura = fear
dolore = pain
speranza = hope
vergognarsi = ashamed
arrivare arrivato arrivata arrivati arriva arrivano = arrive arrived arrives arriving
entrare entrato entrata entra = enter entered enters
augurare auguro augura desiderare desidero vorrei = wish wishes wished
permettere permesso permette lasciare lasciato = let allow allowed permit
seguire seguendo segue seguito = follow following follows followed
giocare giocato gioca = play played plays
sport = sport sports
ruolo ruoli = role roles
fare fatto fa fanno = do does did done make made
esempio = example
offrire offerto offerta offre = offer offered offers
potenza potenze = power powers
attore attori = actor actors
coinvolgere coinvolto coinvolti coinvolta = involve involved
luogo posto = place
prendere preso = take taken took
trovare trovato trova = find found
sentire sentito sente = feel felt hear
finire finirà finisce = end finish
portare porta portato = bring carry lead
guidare guida = lead leads leader
aspettare aspetta = wait
muoversi muovere = move
fermare fermato = stop stopped
aumentare aumento = increase rise
ridurre riduzione = reduce cut
salvare salvato = save saved
costruire costruito = build built
chiedere chiesto chiede = ask asked asks
promettere promesso promessa = promise promised
accusare accusato accusa accuse = accuse accused accusation
negare negato nega = deny denied denies
confermare confermato conferma = confirm confirmed confirms
annunciare annunciato annuncio = announce announced announcement
condannare condannato condanna = condemn condemned sentence
sostenere = support
combattere combattuto lotta lottare = fight fought struggle
vivere vissuto = live lived
morire = die
nascere nato = born
crescere cresciuto = grow grew grown
perdere = lose
vincere = win
scuse scusa = apology apologies excuse
esitazione esitazioni = hesitation hesitations
fuga fuggire = flight flee fleeing running
crollare crollano crollo = collapse collapsing collapsed
colpo colpi = blow coup shot
fame = hunger famine
povertà povero poveri = poverty poor
ricco ricchi = rich
soldi denaro = money
fondi = funds
miliardo miliardi = billion billions
milione milioni = million millions
percento percentuale = percent percentage
record = record records
previsione previsioni prevedere = forecast forecasts predict prediction
scienziato scienziati scienza = scientist scientists science
dato dati = data
studio studi = study studies
rapporto = report
avvertimento avvertimenti avvertire = warning warnings warn
coerente = consistent
sorpresa = surprise
velocità rapido rapida = speed pace rapid fast
devastante = devastating
conseguenza conseguenze = consequence consequences
inequivocabile = unequivocal unequivocally
"""


# Titles and forms of address dropped before two speakers' names are compared across
# languages ("Papa Francesco" / "Pope Francis"); linking stands apart from extraction, so
# it keeps its own short list.
TITLES = frozenset(
    "papa pope presidente president ministro minister premier segretario secretary "
    "generale general portavoce spokesman spokeswoman senatore senator re king regina "
    "queen dott dr mr mrs ms sig".split()
)

# A word the table does not know is looked up again in its base forms: each rule is an
# ending and what may replace it ("uniting" -> "unite", "chiamati" -> "chiamare",
# "tradiremo" -> "tradire"), tried in order, the first form the table knows winning.
# Accents are folded before ("tradirò" -> "tradiro").
INFLECTIONS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "en": (
        ("ied", ("y",)),
        ("ies", ("y",)),
        ("ing", ("", "e")),
        ("ed", ("", "e")),
        ("es", ("", "e")),
        ("s", ("",)),
        ("ly", ("",)),
    ),
    "it": (
        # Past participles, gerunds, futures and plural persons of the three conjugations.
        ("ato", ("are",)),
        ("ata", ("are",)),
        ("ati", ("are",)),
        ("ate", ("are",)),
        ("uto", ("ere",)),
        ("uta", ("ere",)),
        ("uti", ("ere",)),
        ("ito", ("ire",)),
        ("ita", ("ire",)),
        ("iti", ("ire",)),
        ("ando", ("are",)),
        ("endo", ("ere", "ire")),
        ("eremo", ("are", "ere")),
        ("iremo", ("ire",)),
        ("eranno", ("are", "ere")),
        ("iranno", ("ire",)),
        ("ero", ("are", "ere")),
        ("iro", ("ire",)),
        ("iamo", ("are", "ere", "ire")),
        ("ano", ("are",)),
        ("ono", ("ere", "ire")),
        # Gender and number of nouns and adjectives.
        ("a", ("o", "e")),
        ("e", ("a", "o", "i")),
        ("i", ("o", "e", "a")),
        ("o", ("a", "e")),
    ),
}
MIN_STEM = 3  # letters a base form keeps of the word


def inflections(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A language's endings and their replacements, for a second look-up."""
    return INFLECTIONS.get(lang, ())


@cache
def concepts(lang: str) -> dict[str, str]:
    """A language's forms -> the concept they name (the line's first English form); empty
    for a language the table does not cover."""
    side = {"it": 0, "en": 1}.get(lang)
    table: dict[str, str] = {}
    if side is None:
        return table
    for line in IT_EN.strip().splitlines():
        halves = line.partition("=")[::2]
        english = halves[1].split()
        if not english:
            continue
        for form in halves[side].split():
            table.setdefault(fold(form), english[0])
    return table
