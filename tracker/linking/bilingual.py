"""Italian-English word equivalents for linking a statement to its translation.

Data only, general news vocabulary (politics, war and diplomacy, economy, climate, justice,
health, sport, and the everyday words statements are made of). Each line is one concept:
Italian forms, "=", English forms; every form on a line names the line's concept (its
first English form: lines sharing it are one concept, split for length). A form on
several lines names each of their concepts ("global": world and global). Names
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
ultimo ultima ultimi = last latest
grande grandi = great big large
piccolo piccola = small little
importante = important
possibile possibili = possible
impossibile = impossible
necessario necessaria = necessary
falso falsa = false
crudele = cruel
terribile = terrible
terrificante = terrifying
insopportabile insopportabili = unbearable
irrespirabile = unbreathable
tragico tragica tragiche tragici = tragic
eccezionale = exceptional
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
ringraziare ringrazio grazie = thank thanks
sperare spero speranza = hope
aiuto aiutare aiuti = help aid
sostegno sostenere supporto = support
pressione pressioni = pressure
interesse interessi = interest interests
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
nazionale = national
internazionale internazionali = international
centrodestra destra = right
sinistra = left
maggioranza = majority
opposizione = opposition
governare = govern
unire unito uniti unità = unite united unity
dividere diviso divisi = divide divided
rispetto = respect
amore = love
vergognarsi = ashamed
arrivare arrivato arrivata arrivati arriva arrivano = arrive arrived arrives arriving
entrare entrato entrata entra = enter entered enters
augurare auguro augura desiderare desidero vorrei = wish wishes wished
permettere permesso permette lasciare lasciato = let allow allowed permit
seguire seguendo segue seguito = follow following follows followed
giocare giocato gioca = play played plays
sport = sport sports
ruolo ruoli = role roles
fare fatto fa fanno = do does did done make made perform performed
esempio = example
offrire offerto offerta offre = offer offered offers
potenza potenze = power powers
attore attori = actor actors
coinvolgere coinvolto coinvolti coinvolta = involve involved
luogo posto = place
prendere preso = take taken took
trovare trovato trova = find found
finire finirà finisce = end finish
portare porta portato = bring carry lead
guidare guida = lead leads leader
muoversi muovere = move
fermare fermato = stop stopped
aumentare aumento = increase rise
ridurre riduzione = reduce cut
costruire costruito = build built
chiedere chiesto chiede = ask asked asks
promettere promesso promessa = promise promised
accusare accusato accusa accuse = accuse accused accusation
negare negato nega = deny denied denies
confermare confermato conferma = confirm confirmed confirms
annunciare annunciato annuncio = announce announced announcement
condannare condannato condanna = condemn condemned sentence
combattere combattuto lotta lottare = fight fought struggle
perdere = lose
scuse scusa = apology apologies excuse
esitazione esitazioni = hesitation hesitations
fuga fuggire = flight flee fleeing running
crollare crollano crollo = collapse collapsing collapsed
colpo colpi = blow coup shot
fame = hunger famine
povertà povero poveri = poverty poor
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
faremo farà faranno farei farebbe faccio facciamo = do make will
accadere accaduto accaduta succedere successo = happen happened happens
trattato trattati = treaty treaties
trattare trattata trattati trattamento = treat treated treatment
giustificare giustificazione = justify justification
tenere tiene tengono tenuto = keep keeps kept hold held
conoscere conosce conosciuto = know knows knew known
uscire esce uscito uscita = leave exit left
salire sale salito = rise rose climb
scendere scende sceso = fall fell descend
bloccare blocca bloccato blocco = block blocked blockade
arrestare arresta arrestato arrestati arresto = arrest arrested
ammettere ammette ammesso = admit admitted
dichiarare dichiara dichiarazione dichiarazioni = declare declared statement statements
preferire preferisce preferito = prefer preferred
sembrare sembra sembrato = seem seems seemed
diventare diventa diventato diventata = become becomes became
diminuire diminuisce diminuito calo = decrease decreased fall drop
tagliare taglia tagliato taglio tagli = cut cuts
investire investe investito investimento investimenti = invest invested investment investments
risparmiare risparmio risparmi = save saving savings
guadagnare guadagna guadagnato = earn earned gain
valere vale valore valori = worth value values
bastare basta = enough
mancare manca mancato mancanza = lack lacking miss missing
rischiare rischia rischiato = risk risks risked
chiarire chiarisce chiarito = clarify clarified
criticare critica criticato critiche = criticise criticize criticised criticized criticism
appoggiare appoggia appoggio = back backed support
eleggere eletto eletta eletti = elect elected
visitare visita visitato = visit visited
partire parte partito partenza = leave left depart departure
viaggiare viaggio viaggi = travel journey trip
volare vola volo voli = fly flew flight flights
avvertire avverte avvertito avvertimento = warn warned warning
esprimere esprime espresso = express expressed
sottolineare sottolinea sottolineato = stress stressed underline underlined
ribadire ribadisce ribadito = reiterate reiterated
insistere insiste insistito = insist insisted
sollecitare sollecita = urge urged
esortare esorta esortato = urge urged exhort
riconoscere riconosce riconosciuto = recognise recognize recognised recognized acknowledge
rivelare rivela rivelato = reveal revealed
avviare avvia avviato = launch launched start
lanciare lancia lanciato = launch launched
sviluppare sviluppa sviluppato = develop developed
migliorare migliora migliorato = improve improved
peggiorare peggiora peggiorato = worsen worsened
affrontare affronta affrontato = face faced tackle
superare supera superato = overcome exceed exceeded
raggiungere raggiunge raggiunto = reach reached
ottenere ottiene ottenuto = obtain obtained get got
ottenuto = achieved
perdono = forgiveness
assicurare assicura assicurato = assure assured ensure
condividere condivide condiviso = share shared
dipendere dipende dipeso = depend depends depended
riguardare riguarda = concern concerns regard
pesare pesa peso = weigh weight
durare dura durata = last lasted duration
ritirare ritira ritirato ritiro = withdraw withdrew withdrawal
invadere = invade
occupare occupa occupato occupazione = occupy occupied occupation
liberare libera liberato liberazione = free freed liberate liberation release released
rapire rapito rapimento = kidnap kidnapped abduction
sparare spara sparato spari = shoot shot shots fire fired
esplodere esploso esplosione = explode exploded explosion blast
bombardare bombardato = bomb bombed shell shelled
ricostruire ricostruzione = rebuild reconstruction
evacuare evacuato evacuazione = evacuate evacuated evacuation
soccorrere soccorso soccorsi = rescue rescued aid
fornire fornisce fornito fornitura forniture = supply supplied provide provided supplies
consegnare consegna consegnato = deliver delivered hand
approvare approva approvato approvazione = approve approved approval
respingere respinge respinto = reject rejected repel
bocciare bocciato = reject rejected
firmare firma firmato = sign signed signature
rinviare rinvio rinviato = postpone postponed delay
annullare annullato = cancel cancelled canceled
vietare vieta vietato divieto = ban banned prohibit forbid
imporre impone imposto = impose imposed
alzare alza alzato = raise raised
abbassare abbassa = lower lowered
chiusura = closure
apertura = opening
ministero ministeri = ministry ministries
dipartimento = department
commissione = commission committee
consiglio = council advice
norma norme regola regole = rule rules regulation
decreto = decree
costituzione costituzionale = constitution constitutional
diritti diritto = rights right law
dovere doveri = duty duties
potere poteri = power powers
forze = forces
vigili pompieri = firefighters
carabinieri = police
esercito = army military
marina = navy
aviazione = air force
nato = nato
onu = un
unione = union
europeo = european
consigliere consiglieri = adviser advisers councillor
portavoce = spokesman spokeswoman spokesperson
sindaco sindaci = mayor mayors
governatore = governor
deputato deputati = deputy deputies lawmaker lawmakers
senatore senatori = senator senators
senato = senate
camera = chamber house
ambasciatore ambasciata = ambassador embassy
generale generali = general generals
ufficiale ufficiali funzionario funzionari = official officials officer
esperto esperti = expert experts
analista analisti = analyst analysts
giornalista giornalisti = journalist journalists reporter
giornale giornali stampa = newspaper newspapers press
televisione tv = television tv
radio = radio
conferenza = conference
colloquio colloqui = talks talk interview
telefonata = phone call
viaggio = trip
dibattito = debate
voto = vote
sondaggio sondaggi = poll polls survey
perdita perdite = loss losses
danno danni = damage damages harm
aumento aumenti = increase rise
ripresa = recovery
recessione = recession
disoccupazione = unemployment
occupazione = employment
produzione = production
industria industriale = industry industrial
agricoltura = agriculture farming
commercio = trade commerce
esportazioni = exports
importazioni = imports
dazi dazio = tariffs tariff duties
tecnologia tecnologie = technology technologies
intelligenza = intelligence
artificiale = artificial
internet rete = internet network
sicurezza = security safety
privacy riservatezza = privacy
ricerca = research search
scienza = science
medicina = medicine
farmaco farmaci = drug drugs medicine
sanitario sanitaria = health healthcare
paziente pazienti = patient patients
infermiere infermieri = nurse nurses
educazione istruzione = education
cultura culturale = culture cultural
arte = art
musica = music
film cinema = film movie cinema
libro libri = book books
religione religioso = religion religious
preghiera pregare = prayer pray
odio = hate hatred
rabbia = anger rage
dolore = pain grief
gioia = joy
corpo = body
testa = head
cuore = heart
mano mani = hand hands
occhi occhio = eyes eye
voce = voice
nome = name
figlio figli = son sons children
figlia figlie = daughter daughters
fratello fratelli = brother brothers
sorella sorelle = sister sisters
marito = husband
moglie = wife
amico amici = friend friends
nemico nemici = enemy enemies
vicino vicini = neighbour neighbours near close
gente = people
uomini = men
donne = women
bambino bambini = child children kid kids
ragazzo ragazzi ragazza ragazze = boy boys girl girls young
giovani = young youth
anziani = elderly old
generazione generazioni = generation generations
comunità = community
quartiere = neighbourhood district
villaggio = village
provincia = province
isola = island
lago = lake
foresta bosco = forest wood
campo campi = field fields camp
porto = port harbour
aeroporto = airport
stazione = station
fabbrica = factory plant
ufficio = office
negozio negozi = shop shops store
banca = bank
moneta euro dollaro dollari = currency euro dollar dollars
mille migliaia = thousand thousands
centinaia = hundreds
percentuale = percentage
metà = half
terzo = third
secondo = second
presente = present
mezzo = middle
centro = centre center
lato = side
fronte = front
linea = line
livello livelli = level levels
obiettivo = target goal
risultato = result outcome
effetto effetti = effect effects
causa cause = cause causes
scopo = purpose
senso = sense meaning
idea idee = idea ideas
opinione opinioni = opinion opinions
posizione posizioni = position positions
condizione condizioni = condition conditions
problema problemi = problem problems issue issues
questione questioni = question issue matter
tema temi = issue topic theme
caso casi = case cases
errore = error mistake
successo = success
fallimento = failure
possibilità = possibility chance
occasione = opportunity occasion
sicuro sicura = sure safe
certo certa = certain
probabile = likely probable
improbabile = unlikely
urgente = urgent
grave gravi = serious grave severe
pericoloso pericolosa = dangerous
utile = useful
inutile = useless
enorme = huge enormous
semplice = simple
complesso complessa = complex
diverso diversa diversi = different various
stesso stessa = same
altro altra = other
intero intera = whole entire
unico unica = only unique single
antico = ancient
moderno = modern
ricco ricchi = rich wealthy
povero poveri = poor
pubblico pubblica = public
privato privata = private
politico politica politici = political politics politician politicians policy
economico economica = economic economical
sociale sociali = social
militare = military
civile civili = civil civilian civilians
locale locali = local
occidentale = western
orientale = eastern
russo = russian
americano = american
cinese = chinese
ucraino = ukrainian
israeliano israeliani = israeli israelis
palestinese palestinesi = palestinian palestinians
iraniano = iranian
britannico inglese = british english
spagnolo spagna = spanish spain
saremo sarà saranno sarei sarebbe siamo = will be
andare va vanno andremo andrà andato = go goes went gone
venire viene vengono verremo venuto = come comes came
dare dà danno daremo dato = give gives gave given
stare sta stanno = stay stays
potere può possono potremo potrà potuto potranno = can could able
dovere deve devono dobbiamo dovremo dovrà = must should have
sapere sa sanno sappiamo saputo = know knows knew known
scegliere scelto scelta scelte scelse = choose chose chosen
tradire tradito tradimento = betray betrayed betrayal
chiamare chiamato chiamati chiamata = call called
obiettivo obiettivi scopo = aim goal goals objective purpose
orgoglio orgoglioso orgogliosa orgogliosi fiero fiera = proud pride
sventolare sventola = wave waving
tricolore = flag
nazione nazioni nazionale = nation nations national
capire capito comprendere compreso = understand understood
cercare cerca cerchiamo cercato = seek try look search
provare prova provato = try tried test
riuscire riuscito riesce = manage succeed succeeded
continuare continua continuato = continue continues continued
cominciare iniziare inizia comincia = begin start starts
cambiare cambia cambiato = change changes changed
restare rimanere resta rimane rimasto = remain stay stays
tornare torna tornato ritorno = return come back
aspettare aspetta attendere = wait expect
aprire aperto apre = open opened
chiudere chiuso chiude = close closed shut
mettere messo mette = put puts
portare porta portato = bring carry brought
perdonare perdono = forgive forgiveness
parlare parla parlato = speak spoke spoken talk talked
ascoltare ascolta = listen listened
guardare guarda = look watch
vedere vede visto vista = see saw seen
sentire sente sentito sentita sentiti = feel felt hear heard
credere crede creduto = believe believed
pensare pensa pensato = think thought
ricordare ricorda ricordo = remember memory
dimenticare dimentica = forget forgot forgotten
vivere vive vissuto = live lived
morire muore morto morti morte = die died dead death
nascere nato nata = born
crescere cresce cresciuto = grow grew grown
cadere cade caduto = fall fell fallen
correre corre corso = run ran
vincere vinto = win won
pagare paga pagato = pay paid
costare costa costo costi = cost costs
spendere speso spesa = spend spent spending
comprare compra = buy bought
vendere vende venduto = sell sold
ricevere riceve ricevuto = receive received
mandare inviare inviato = send sent
scrivere scrive scritto = write wrote written
leggere legge letto = read
insegnare insegna = teach taught
imparare impara = learn learned learnt
studiare studia = study
lavorare lavora lavorato lavoratore lavoratori = work worker workers
servire serve servito = serve need
usare usa usato = use used
unire unito uniti unisce = unite united
dividere diviso divide = divide divided
esaltare esalta = exalt celebrate
proteggere protegge protetto protezione = protect protected protection
salvare salva salvato = save saved rescue
distruggere distrutto distruzione = destroy destroyed destruction
colpire colpito colpiti = hit strike struck
ferire ferito feriti ferita = wound wounded hurt injured
soffrire soffre sofferenza = suffer suffering
combattere combatte combattuto = fight fought
resistere resiste resistenza = resist resistance
rispettare rispetta rispettato = respect respected
meritare merita meritato = deserve deserved
garantire garantisce garanzia garanzie = guarantee guarantees ensure
permettere permette permesso = allow allowed permit
impedire impedisce = prevent
evitare evita evitato = avoid avoided
rifiutare rifiuta rifiutato = refuse refused reject rejected
accettare accetta accettato = accept accepted
decidere decide deciso = decide decided
scoprire scoperto = discover discovered
mostrare mostra dimostrare = show showed shown
spiegare spiega = explain explained
raccontare racconta = tell told recount
rispondere risponde risposto = answer answered reply
invitare invita invito = invite invited invitation
sperare spera sperato speranza = hope hoped
temere teme timore paura = fear feared afraid
preoccupare preoccupato preoccupazione preoccupa = worry worried concern concerned
soddisfatto soddisfazione = satisfied satisfaction
felice felici contento contenti = happy glad
triste tristezza = sad sadness
arrabbiato rabbia = angry anger
grato grata grazie ringraziare = grateful thanks thank
onore onorato = honour honor honoured
sogno sogni sognare = dream dreams
ragione ragioni = reason reasons
motivo motivi = reason reasons
modo modi = way ways
mezzo = means half
punto punti = point points
fatto fatti = fact facts
storia storico storica = history historic story
memoria = memory
giorno giorni giornata = day days
notte notti nottata = night nights
mattina = morning
sera = evening
secolo = century
numero numeri = number numbers
doppio = double
insieme = together
contro = against
senza = without
prima primo primi = first before
prossimo prossima = next
vecchio vecchia = old
alto alta = high tall
basso bassa = low
lungo lunga = long
breve = short brief
pieno piena = full
vuoto = empty
difficile difficili = difficult hard
chiaro chiara chiari chiaramente = clear clearly
giusto giusta = right fair just
sbagliato sbagliata errore errori = wrong mistake mistakes error
vero vera verità = true truth
reale reali = real
sicuramente certamente = certainly surely
forse = perhaps maybe
subito = immediately now
presto = soon early
tardi = late
bello bella = beautiful fine
brutto = ugly bad
buono buona bene = good well
cattivo male = bad evil
libero libera liberi liberta = free freedom
sereno serena = serene calm
violento violenta violenza = violent violence
aggressivo aggressiva = aggressive
pacifico pacifica = peaceful
democrazia democratico democratica = democracy democratic
sistema sistemi = system systems
istituzione istituzioni = institution institutions
fiducia fidarsi = trust confidence
sfida sfide = challenge challenges
responsabilita = responsibility
contributo contributi = contribution contributions
urna urne = polls ballot
elettore elettori = voter voters
mandato = mandate
coalizione = coalition
centrosinistra = left
cittadino cittadini = citizen citizens
societa = society company
azienda aziende impresa imprese = company companies business
lavoro = work job jobs
tassa tasse = tax taxes
bilancio = budget
debito = debt
inflazione = inflation
bollette bolletta = bills bill
salario salari stipendio stipendi = wage wages salary
pensione pensioni = pension pensions
studente studenti = student students
universita = university
medico medici = doctor doctors
malato malati malattia = sick ill disease
cura cure curare = care treat cure
emergenza = emergency
pandemia = pandemic
virus = virus
sanita = health
cibo = food
casa case = home house houses
paese = village country
strada strade = road street
ponte = bridge
treno = train
aereo = plane aircraft
nave navi = ship ships
mare = sea
montagna = mountain
fiume = river
terra = land earth ground
ambiente ambientale = environment environmental
natura = nature
inquinamento = pollution
fumo = smoke
alluvione alluvioni inondazione = flood floods
siccita = drought
tempesta = storm
terremoto = earthquake
vittime vittima = victims victim
morti = dead deaths
feriti = injured wounded
ostaggio ostaggi = hostage hostages
prigioniero prigionieri = prisoner prisoners
rifugiato rifugiati profughi = refugee refugees
migrante migranti immigrati = migrant migrants immigrants
sbarchi = landings arrivals
missile missili = missile missiles
bomba bombe bombardamento = bomb bombs bombing
drone droni = drone drones
nucleare = nuclear
terrorismo terrorista terroristi = terrorism terrorist terrorists
genocidio = genocide
crimine crimini = crime crimes
criminale criminali = criminal criminals
processo = trial process
giudice giudici = judge judges
condanna condannato = sentence sentenced conviction convicted
indagine indagini inchiesta = investigation inquiry probe
prova prove = evidence proof
colpa colpevole = guilt guilty blame
innocente = innocent
corruzione = corruption
scandalo = scandal
dimissioni dimettersi = resignation resign
nomina nominare = appointment appoint
candidato candidati candidatura = candidate candidates candidacy
campagna = campaign
risultato risultati = result results
gara = race competition
allenatore = coach manager
giocatore giocatori = player players
campionato = championship league
stagione = season
finale = final
titolo = title
medaglia = medal
oro = gold
argento = silver
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

# Cognates the table does not list ("azione" / "action", "inaccettabile" / "unacceptable",
# "profitto" / "profits") are compared by their skeletons: an inflectional ending dropped,
# then the spellings one language writes differently from the other for the same sound
# rewritten to one form, doubled letters made single and the final vowels dropped. Each
# rule is an ending or a spelling and what replaces it, tried in order.
COGNATE_ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("ing", "ed", "es", "s", "ly"),
    "it": ("mente",),
}
COGNATE_ONSETS = (("un", "in"), ("h", ""))  # unacceptable / inaccettabile, hesitancy / esitare
COGNATE_SPELLINGS = (
    ("ph", "f"),  # philosophy / filosofia
    ("th", "t"),  # theory / teoria
    ("ch", "c"),  # chemistry / chimica, tragic / tragiche
    ("ck", "c"),
    ("k", "c"),
    ("y", "i"),  # energy / energia
    ("x", "s"),  # expert / esperto
    ("ct", "t"),  # action / azione (after z -> t), conflict / conflitto
    ("pt", "t"),  # acceptable / accettabile
    ("z", "t"),  # nazione / nation
    ("gi", "j"),  # giustizia / justice
)


def inflections(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A language's endings and their replacements, for a second look-up."""
    return INFLECTIONS.get(lang, ())


@cache
def concepts(lang: str) -> dict[str, frozenset[str]]:
    """A language's forms -> the concepts they name (each line's first English form); empty
    for a language the table does not cover."""
    side = {"it": 0, "en": 1}.get(lang)
    table: dict[str, set[str]] = {}
    if side is None:
        return {}
    for line in IT_EN.strip().splitlines():
        halves = line.partition("=")[::2]
        english = halves[1].split()
        if not english:
            continue
        for form in halves[side].split():
            table.setdefault(fold(form), set()).add(english[0])
    return {form: frozenset(senses) for form, senses in table.items()}
