# Builds ground-truth.json of this directory (the layout of the extraction
# benchmark, plus pageType and mustNotContain for the extract package's test).
import json
P = {}
P["de-news-hochwasser"] = dict(url="https://rmk.test/region/trier/hochwasser-mosel-pegel-steigt_arid-4471", text="""Die Stadt Trier rechnet bis Dienstag mit einem Pegelstand von fast acht Metern. Erste Uferstraßen sind gesperrt.

Trier. Nach tagelangem Regen in den Vogesen und im Saarland steigt die Mosel weiter. Am Sonntagabend lag der Pegel in Trier bei 6,92 Metern, knapp einen Meter über der Marke, ab der die Schifffahrt eingestellt wird.

Das Hochwassermeldezentrum Mosel erwartet den Scheitel in der Nacht zum Dienstag. „Wir gehen derzeit von 7,80 bis 8,10 Metern aus“, sagte ein Sprecher. Ein Hochwasser dieser Größe erlebt die Stadt im Schnitt alle fünf bis zehn Jahre.

Straßen gesperrt, Keller leergepumpt

Die Feuerwehr war seit Samstag mehr als 60 Mal im Einsatz, meist um Keller leerzupumpen. Gesperrt sind unter anderem:

die Uferstraße zwischen Kaiser-Wilhelm-Brücke und Römerbrücke,

der Moselradweg zwischen Pfalzel und Ehrang,

die Zufahrt zum Campingplatz Treviris.

Anwohner in Zurlauben und Pfalzel sollten Fahrzeuge aus Tiefgaragen holen, rät die Stadt. Sandsäcke gibt es am Betriebshof in der Löwenbrückener Straße.

Für den Nachmittag ist weiterer Regen angekündigt. Erst ab Mittwoch soll es trockener werden.

Die Lage wird ständig neu bewertet.""", mustNot=["Hochwasser an der Mosel: Pegel steigt weiter", "Wir und unsere Partner verarbeiten Daten", "Zustimmen", "E-Paper", "Anmelden", "Von Andrea Schuster", "Lesedauer", "Merken", "Die Uferpromenade in Trier-Zurlauben", "Foto: Klaus Berger", "Lesen Sie auch", "Pegelstände an Mosel und Saar", "Anzeige", "Themen:", "Kommentare (12)", "Das könnte Sie auch interessieren", "Entwarnung in Saarburg", "Schleusen bleiben", "melden Sie sich bitte an", "Hoffentlich bleibt es", "Impressum"])
P["de-blog-backup"] = dict(url="https://bitweise.test/2025/10/backups-mit-restic/", text="""Kurz vorweg: Ja, ich hatte vorher kein richtiges Backup.

Mein Heimserver läuft seit drei Jahren, und bis zum Sommer bestand meine Sicherung aus einer externen Festplatte, die ich alle paar Monate angeschlossen habe. Als die Platte im August nicht mehr erkannt wurde, war klar: Das muss besser werden.

Warum restic?

Ich habe mir Borg, Duplicati und restic angesehen. Entschieden habe ich mich für restic, weil es ein einzelnes Programm ist, verschlüsselt und dedupliziert und viele Speicherziele direkt unterstützt.

Das Repository lege ich so an:

restic -r sftp:backup@nas:/srv/restic init
restic -r sftp:backup@nas:/srv/restic backup /home /etc --exclude-caches

Die Sicherung läuft jede Nacht um drei per systemd-Timer. Danach räumt ein zweiter Aufruf alte Stände auf: Ich behalte sieben tägliche, vier wöchentliche und zwölf monatliche Snapshots.

Was ich gelernt habe

Ein Backup, das man nie zurückgespielt hat, ist kein Backup. Ich teste einmal im Monat eine Wiederherstellung.

Das Passwort gehört nicht nur auf den Server. Meins liegt zusätzlich im Passwortmanager und ausgedruckt im Schrank.

Mindestens eine Kopie muss außer Haus liegen. Bei mir ist das ein Speicher bei einem Anbieter in Frankfurt.

Insgesamt belegen 180 GB Daten nach einem halben Jahr knapp 210 GB im Repository. Das finde ich vertretbar.

Fragen? Ab in die Kommentare.""", mustNot=["Backups mit restic: Meine Lösung für den Heimserver", "Notizen zu Linux", "4 Kommentare", "von Tobias", "Veröffentlicht in", "Verschlagwortet mit", "WireGuard auf dem Router", "Nextcloud 31", "4 Gedanken zu", "Sehr schöne Anleitung", "rclone steht auch", "komplettes Restore", "Schreibe einen Kommentar", "Deine E-Mail-Adresse", "Neueste Beiträge", "Stolz präsentiert von WordPress"])
P["fr-news-velo"] = dict(url="https://courrierdurhone.test/lyon/mobilite/velo-depasse-voiture-heures-de-pointe", text="""Pour la première fois, les compteurs installés sur les ponts du Rhône enregistrent plus de cyclistes que d’automobilistes entre 8 heures et 9 heures.

Le chiffre a surpris jusqu’à la métropole. Sur le pont Lafayette, les capteurs ont compté en moyenne 2 310 vélos par heure de pointe au mois d’avril, contre 2 140 voitures. Il y a cinq ans, on comptait encore trois voitures pour un vélo.

Les élus y voient le résultat des pistes cyclables larges ouvertes depuis 2022. Les commerçants de la Presqu’île, eux, restent partagés.

« Mes clients viennent davantage à pied et à vélo, mais ceux qui venaient de loin en voiture ne viennent plus », résume une fleuriste de la rue de la République.

Les associations d’usagers demandent désormais davantage de stationnements sécurisés près des gares. Le plan prévoit 4 000 places supplémentaires d’ici 2028.

Affaire à suivre.""", mustNot=["À Lyon, le vélo dépasse la voiture aux heures de pointe", "Avec votre accord", "Continuer sans accepter", "Je m’abonne", "Par Julien Marchal", "Lire aussi", "Voies lyonnaises", "Partager l’article", "Mots-clés", "Les plus lus", "Canicule", "Recevez chaque matin", "Tous droits réservés"])
P["es-news-sequia"] = dict(url="https://diariodellevante.test/murcia/2026/08/04/embalses-segura-emergencia.html", text="""Los regantes tendrán un 40% menos de agua del trasvase hasta final de año

La Confederación Hidrográfica del Segura ha declarado este lunes la situación de emergencia por sequía en toda la cuenca. Los embalses almacenan 205 hectómetros cúbicos, el 18% de su capacidad, el nivel más bajo desde 1995.

La medida permite acelerar obras y reducir las dotaciones de riego. Según el plan aprobado por la junta de gobierno:

Los regantes recibirán un 40% menos de agua hasta diciembre.

Se pondrán en marcha 12 pozos de sequía en el Altiplano.

Las desaladoras de Torrevieja y Valdelentisco trabajarán a plena capacidad.

El abastecimiento de agua potable está garantizado, insistió el presidente del organismo, que pidió a los ayuntamientos que revisen sus redes para reducir las pérdidas.

Los agricultores del Campo de Cartagena han convocado una concentración para el jueves frente a la sede de la Confederación.""", mustNot=["Los embalses del Segura bajan al 18% y la cuenca declara la emergencia", "Utilizamos cookies propias", "Aceptar cookies", "Murcia | 04·08·26", "Te puede interesar", "ayudas para los agricultores", "pantano de La Pedrera", "Temas:", "Lo más leído", "Detenido en Lorca", "Todos los derechos reservados"])
P["ru-news-teatr"] = dict(url="https://volzhskaya.test/culture/2026/10/09/teatr-restavratsiya", text="""Казанский драматический театр примет первых зрителей после трёхлетней реставрации 27 марта, в Международный день театра. Об этом журналистам рассказал директор театра.

Реставраторы восстановили лепнину и росписи главного зала, заменили кресла и сцену. Под сценой появился новый механизм, который позволяет поднимать и опускать отдельные площадки.

Первым спектаклем на обновлённой сцене станет «Гроза» Островского. Билеты поступят в продажу в январе.

Работы обошлись в 1,9 млрд рублей.""", mustNot=["Драмтеатр в Казани откроется после реставрации в марте", "Казань +8°", "Просмотров", "Фасад театра после реставрации", "Читайте также", "Евгения Онегина", "Поделиться", "Подписывайтесь на наш канал", "Лента новостей", "улице Баумана", "Все права защищены"])
P["en-blog-garden"] = dict(url="https://allotmentdiaries.test/2026/04/three-years-no-dig/", text="""Right. Here goes.

Three springs ago I stopped digging the plot. Instead I spread five centimetres of compost over the beds every autumn and plant straight into it. A few of you asked how it has gone, so this is the honest version.

What worked

Weeds. There are far fewer, and the ones that come up pull out easily from the loose compost.

Potatoes and squash, which both did better than in any year I dug.

My back, which is grateful.

What didn't

Slugs love the mulch. The first year they ate two sowings of lettuce before I started going out with a torch at night. Carrots were also poor, though that may be my soil rather than the method.

Compost is the other problem: you need a lot of it. My heaps make about a third of what the beds take, and I buy the rest from the council green-waste scheme at £30 a tonne.

Would I go back? No. But I would start with smaller beds.

Happy growing!""", mustNot=["Three years of no-dig gardening: what worked and what didn't", "Muddy boots", "9 comments", "Share this", "Tagged:", "9 thoughts on", "Wool pellets", "How deep do you go", "Leave a Reply", "I'm Gwen", "Chitting seed potatoes", "Back to top"])
P["en-wire-football"] = dict(url="https://ppa.test/sport/football/harbour-city-northfield-report", text="""WELLINGTON, March 8 (PPA) - Harbour City went top of the Premier League on Sunday with a 2-1 win over Northfield, scoring twice in the last ten minutes after trailing for most of the second half.

Northfield led through a header from captain Sam Tuilagi shortly after the break and defended deep for half an hour before substitute Leo Marsh equalised in the 81st minute.

Marsh then set up the winner for Ravi Chand in stoppage time, sending the home crowd of 14,200 into raptures.

"We never stopped believing," said Harbour City coach Ellen Whitcombe. "The bench won us this game."

Harbour City lead defending champions Southern United on goal difference with four rounds to play.

(Reporting by Daniel Reyes; Editing by Mere Parata)

Premier League standings

Pos

Team

P

GD

Pts

1

Harbour City

18

+17

40

2

Southern United

18

+14

40

3

Northfield

18

+9

34

4

Bay Rovers

18

+2

27""", mustNot=["Harbour City edge Northfield to go top as title race tightens", "For clients", "Client login", "11:40 am", "This material may not be published", "More from Sport", "Islanders collapse", "Top stories", "Reserve Bank holds rates"])
P["de-firma-bilanz"] = dict(url="https://hallberg-antriebe.test/unternehmen/news/geschaeftsjahr-2025", text="""Die Hallberg Antriebstechnik GmbH hat das Geschäftsjahr 2025 mit einem Umsatzplus von sieben Prozent abgeschlossen. Wachstumstreiber waren Servoantriebe für die Verpackungsindustrie und das Servicegeschäft.

Die wichtigsten Kennzahlen im Überblick:

Kennzahl

2024

2025

Umsatz (Mio. Euro)

148,2

158,6

Auftragseingang (Mio. Euro)

151,0

163,4

Mitarbeitende

812

846

„Unsere Kunden investieren wieder, vor allem in energieeffiziente Anlagen“, sagt Geschäftsführerin Dr. Ulrike Hallberg. Für 2026 rechnet das Unternehmen mit einem Wachstum im mittleren einstelligen Prozentbereich.

Am Stammsitz in Heilbronn entsteht bis Ende 2026 eine neue Montagehalle. Dort sollen 40 zusätzliche Arbeitsplätze entstehen.""", mustNot=["Geschäftsjahr 2025: Umsatz wächst um sieben Prozent", "Datenschutzeinstellungen", "Alle akzeptieren", "info@hallberg-antriebe.test", "Getriebemotoren", "Karriere", "17.02.2026", "Zurück zur Übersicht", "Ansprechpartner Presse", "Martin Engel", "Weitere News", "Hannover Messe", "Industriestraße 21", "Impressum"])
out = {}
for k, v in P.items():
    out[k] = {"articleBody": v["text"], "url": v["url"], "pageType": "article", "mustNotContain": v["mustNot"]}
json.dump(out, open("ground-truth.json", "w"), ensure_ascii=False, indent=1, sort_keys=True)
P2 = {}
P2["de-ratgeber-balkon"] = dict(url="https://energie-ratgeber.test/ratgeber/balkonkraftwerk-anmelden", text="""Die Rechtslage

Seit dem Frühjahr 2024 dürfen Mieterinnen und Mieter ein Steckersolargerät nicht mehr ohne triftigen Grund verboten bekommen. Vermieter können aber mitreden, wie und wo das Gerät befestigt wird.

Die zulässige Wechselrichterleistung liegt bei 800 Watt. Module dürfen zusammen bis zu 2.000 Watt Spitzenleistung haben.

Schritt für Schritt

Vermieter informieren. Schicken Sie eine kurze schriftliche Mitteilung mit Angaben zu Gerät und Befestigung.

Im Marktstammdatenregister eintragen. Die Anmeldung ist kostenlos und dauert etwa zehn Minuten.

Zähler prüfen. Ein alter Ferraris-Zähler ohne Rücklaufsperre wird vom Messstellenbetreiber getauscht; bis dahin darf das Gerät schon laufen.

Häufige Fragen

Brauche ich einen Elektriker?

Nein. Geräte mit Schuko-Stecker darf man selbst anschließen, solange die Steckdose in Ordnung ist.

Lohnt sich das finanziell?

Bei einem Strompreis von 35 Cent amortisiert sich ein Set für 400 Euro meist nach vier bis sechs Jahren.""", mustNot=["Balkonkraftwerk anmelden: Was Mieter jetzt wissen müssen", "Diese Website nutzt Cookies", "Aktualisiert: 02.05.2026", "Lesezeit", "Anzeige", "War dieser Artikel hilfreich", "schreibt seit 2019", "Weitere Ratgeber", "Wechselrichter im Vergleich", "Stromrechner", "Zum Rechner", "gGmbH"])
P2["de-magazin-wandern"] = dict(url="https://unterwegs-magazin.test/reportage/rennsteig-drei-tage", text="""Der Rennsteig beginnt mit einem Ritual. Wer in Hörschel an der Werra aufbricht, nimmt einen Kiesel aus dem Fluss mit und trägt ihn 170 Kilometer weit bis nach Blankenstein an der Saale.

Ich habe nur drei Tage Zeit, also nehme ich mir das Mittelstück vor: von Oberhof bis Neuhaus am Rennweg, gut 60 Kilometer über die Kammlinie des Thüringer Waldes.

Am ersten Morgen liegt Nebel über den Fichten. Der Weg ist breit und weich, immer wieder kreuzen Langlaufloipen, die jetzt im Mai nur an den Schildern zu erkennen sind.

Zweiter Tag: Über den Großen Beerberg

Am Großen Beerberg, mit 982 Metern der höchste Punkt des Thüringer Waldes, führt der Weg an einem Hochmoor vorbei. Holzstege schützen den empfindlichen Boden.

Mittags kehre ich in einer Baude ein. Es gibt Thüringer Klöße, natürlich, und der Wirt erzählt, dass früher hier oben die Grenze zwischen drei Kleinstaaten verlief.

Dritter Tag: Ankunft in Neuhaus

Die letzte Etappe ist die längste. Als ich am Abend Neuhaus erreiche, tun mir die Füße weh, aber ich will schon jetzt wiederkommen – dann für die ganze Strecke.

Den Kiesel habe ich übrigens noch.

Praktische Infos

Anreise: Bahn bis Eisenach oder Oberhof

Übernachtung: Pensionen und Bauden, Vorbuchen im Sommer empfohlen

Karte: Rennsteig-Wanderkarte 1:50.000""", mustNot=["Drei Tage auf dem Rennsteig", "Text und Fotos", "Lust auf mehr Reportagen", "Jetzt abonnieren", "Pinnen", "Mehr Reportagen", "Kanu durch den Spreewald", "Mediadaten"])
P2["fr-blog-voyage"] = dict(url="https://carnetsderoute.test/2026/06/acores-sans-voiture.html", text="""Tout le monde nous avait prévenus : aux Açores, sans voiture, on ne voit rien. Nous avons essayé quand même, et nous ne le regrettons pas.

Sur l'île de São Miguel, les bus relient Ponta Delgada aux principaux villages plusieurs fois par jour. Les horaires sont affichés aux arrêts, mais pas toujours respectés, alors mieux vaut arriver en avance et prévoir un livre.

Le troisième jour, nous avons rejoint à pied la Lagoa do Fogo depuis la route du col. Il faut compter deux heures aller-retour, et la descente jusqu'à la plage du lac est raide.

Pour passer sur l'île de Pico, nous avons pris le ferry depuis Horta. La traversée dure une demi-heure et coûte moins de cinq euros.

Bilan : une semaine plus lente, mais bien plus riche en rencontres.

À bientôt pour la suite !""", mustNot=["Une semaine aux Açores sans voiture", "Voyages lents", "samedi 13 juin 2026", "Publié par", "3 commentaires", "Envoyer par e-mail", "Libellés", "Merci pour ces conseils", "Très joli récit", "Publier un commentaire", "Article plus récent", "Archives du blog", "Qui suis-je", "Fourni par Blogger"])
P2["en-news-council"] = dict(url="https://fenlandcourier.test/news/council-four-day-week-trial", text="""Office workers at the district council will work 32 hours for the same pay during a twelve-month pilot starting in October

District councillors voted 21 to 14 on Tuesday night to trial a four-day week for around 280 office staff, despite warnings from the opposition that residents would notice the difference.

Under the plan, services such as the contact centre and waste collections will keep their current hours, with staff working in rotas. Refuse crews are not part of the trial.

Council leader Tom Hadley said the authority had struggled to fill planning and environmental health posts for three years. "We cannot compete with private firms on salary. We can compete on how we treat people," he said.

Opposition leader Sarah Wells called the scheme "a gamble with public money" and asked for monthly reports on response times.

The trial will be reviewed by an independent panel after six months.""", mustNot=["Council backs four-day week trial for its own staff", "We value your privacy", "I accept", "What's On", "Local Democracy Reporter", "4:05pm", "Picture: Fenland Courier", "Most read", "Road closures planned", "Registered in England"])
P2["de-firma-leistungen"] = dict(url="https://tischlerei-brandt.test/leistungen/", text="""Seit fast vierzig Jahren bauen wir in unserer Werkstatt in Bremen-Walle Möbel und Einbauten, die genau in Ihre Räume passen. Jedes Stück planen wir gemeinsam mit Ihnen.

Möbel nach Maß

Ob Einbauschrank unter der Dachschräge, Küche oder Bücherregal: Wir fertigen aus Massivholz und Plattenwerkstoffen.

Einbauschränke und Garderoben

Küchen aus Massivholz

Regale und Sideboards

Innenausbau

Wir bauen Türen, Treppenverkleidungen und Wandvertäfelungen ein und arbeiten dabei eng mit anderen Handwerksbetrieben zusammen.

Innentüren und Zargen

Treppen und Geländer

Akustikdecken

Reparatur und Restaurierung

Alte Möbel haben oft mehr Zukunft, als man denkt. Wir reparieren Fenster, Türen und Erbstücke.""", mustNot=["Unsere Leistungen", "Meisterbetrieb seit 1987", "Referenzen", "Jetzt anfragen", "Heimatstraße 12", "Öffnungszeiten", "Mo–Fr 7–16 Uhr", "Impressum"])
P2["de-verein-tabellen"] = dict(url="http://kgv-sonnenhang.test/aktuelles.html", text="""Liebe Gartenfreundinnen und Gartenfreunde,

unser diesjähriges Sommerfest findet am Samstag, dem 11. Juli, ab 14 Uhr auf der Festwiese am Vereinsheim statt. Für Kaffee und Kuchen ist gesorgt, am Abend wird gegrillt. Wer einen Kuchen beisteuern möchte, trägt sich bitte in die Liste im Schaukasten ein.

Außerdem müssen bis Ende August in allen Parzellen die alten Wasseruhren gegen geeichte Zähler getauscht werden. Die Zähler können zum Preis von 28 Euro beim Vorstand bestellt werden. Der Einbau ist Sache der Pächter.

Bitte denkt auch an die Gemeinschaftsstunden: Bisher haben erst 41 von 96 Parzellen ihre fünf Stunden geleistet.

Mit grünen Grüßen

Euer Vorstand""", mustNot=["Sommerfest 2026 und neue Wasseruhren", "Eingestellt am", "Freie Gärten", "Besucher seit 2003", "Impressum", "Letzte Änderung"])
for k, v in P2.items():
    out[k] = {"articleBody": v["text"], "url": v["url"], "pageType": "article", "mustNotContain": v["mustNot"]}
json.dump(out, open("ground-truth.json", "w"), ensure_ascii=False, indent=1, sort_keys=True)
# The modern-layout pages come from ../modern.py (python3 modern.py first).
out.update(json.load(open("modern.json")))
json.dump(out, open("ground-truth.json", "w"), ensure_ascii=False, indent=1, sort_keys=True)
