# Builds ground-truth.json of this directory (the layout of the extraction
# benchmark, plus pageType and mustNotContain for the extract package's test).
import json
P = {}
P["de-verein-jhv"] = dict(url="https://tsv-gruenwiesen.test/aktuelles/jahreshauptversammlung-2026", pageType="article", text="""Rund 140 Mitglieder kamen am Freitagabend ins Vereinsheim an der Lindenallee – so viele wie seit Jahren nicht. Auf der Tagesordnung standen die Berichte der Abteilungen, der Kassenbericht und die Neuwahl des Vorstands.

Der scheidende Vorsitzende Reinhard Vollmer blickte auf zwölf Jahre an der Spitze des Vereins zurück. In seine Amtszeit fielen der Bau des Kunstrasenplatzes, die Gründung der Lauftreff-Abteilung und die Sanierung der Turnhalle, die der Verein zu einem Drittel aus eigenen Mitteln bezahlt hat. „Ohne die vielen Ehrenamtlichen wäre nichts davon möglich gewesen“, sagte Vollmer unter langem Beifall.

Kassenbericht und Beiträge

Kassenwartin Sabine Krüger legte ein ausgeglichenes Ergebnis vor. Die Mitgliederzahl stieg auf 1.284, vor allem durch die Kinderturngruppen. Die Kassenprüfer bescheinigten eine einwandfreie Buchführung; der Vorstand wurde einstimmig entlastet.

Die Beiträge bleiben trotz gestiegener Energiekosten unverändert:

Mitgliedschaft

Monatsbeitrag

Erwachsene

12,50 Euro

Kinder und Jugendliche

7,00 Euro

Familien

25,00 Euro

Der neue Vorstand

Die Versammlung wählte den neuen geschäftsführenden Vorstand mit großer Mehrheit:

Vorsitzende: Dr. Katrin Oberländer

Stellvertretender Vorsitzender: Mehmet Aydın

Kassenwartin: Sabine Krüger (wiedergewählt)

Schriftführer: Jonas Petersen

Oberländer, die seit 2015 die Turnabteilung leitet, kündigte an, die Hallenzeiten neu zu verteilen und ein Angebot für Seniorinnen und Senioren aufzubauen. Reinhard Vollmer wurde zum Ehrenvorsitzenden ernannt.

Wir danken allen Helferinnen und Helfern!""", mustNot=["Jahreshauptversammlung 2026: Neuer Vorstand gewählt", "Wir verwenden Cookies", "Einverstanden", "Veröffentlicht am 14. März 2026", "Teilen mit", "Winterlauf am Stausee", "Drei neue Übungsleiterinnen", "Nächste Termine", "Frühjahrsputz", "Unsere Sponsoren", "Sparkasse Grünwiesen", "Lindenallee 4", "Impressum", "Alle Rechte vorbehalten", "Sport. Gemeinschaft. Seit 1911", "Mitglied werden"])
P["es-blog-pan"] = dict(url="https://lacocinadelucia.test/pan-masa-madre-paso-a-paso/", pageType="article", text="""¡Hola a todos!

Después de muchos meses de pruebas, por fin os traigo la receta de pan que hago cada semana. No hace falta amasadora ni un horno profesional: basta con paciencia, una olla de hierro y una masa madre activa.

Ingredientes

400 g de harina de fuerza

100 g de harina integral de trigo

350 g de agua a temperatura ambiente

100 g de masa madre refrescada

10 g de sal

Elaboración

Mezcla las harinas con 320 g de agua y deja reposar una hora. Este reposo, llamado autólisis, hace que la masa sea más elástica.

Añade la masa madre, la sal y el resto del agua. Integra todo con las manos hasta que no queden grumos.

Durante las dos horas siguientes, haz cuatro series de pliegues cada media hora y deja la masa tapada entre una y otra.

Forma una bola, colócala en un cesto enharinado y guárdala en la nevera toda la noche.

Hornea en la olla tapada a 250 grados durante 20 minutos y otros 25 minutos sin tapa a 230 grados.

El truco más importante: no cortes el pan hasta que se haya enfriado por completo, porque la miga sigue cociéndose por dentro.

Si tu masa madre es joven, alarga la fermentación en bloque una hora más. En invierno yo dejo el bol junto al radiador.

¡Contadme qué tal os sale!""", mustNot=["Pan de masa madre en casa: mi método paso a paso", "Nuevo libro disponible", "Recetas caseras sin complicaciones", "7 comentarios", "Compartir en Facebook", "La miga abierta es la recompensa", "Etiquetas", "Sobre Lucía Ferrer", "Cocinera aficionada", "Suscríbete y recibe", "También te puede gustar", "Focaccia con romero", "Me ha salido genial", "harina de espelta", "Deja una respuesta", "Recetas populares", "Aviso legal", "Este sitio web utiliza cookies"])
P["ru-agency-most"] = dict(url="https://sibinform.test/news/2026/11/28/most-ob", pageType="article", text="""Движение по четвёртому мосту через Обь запустили в пятницу, на полгода раньше срока.

НОВОСИБИРСК, 28 ноября. /Корр. «Сибирь-Информ»/. Движение по новому мосту через Обь в Новосибирске открыто в пятницу. Об этом сообщил губернатор области на церемонии открытия.

Длина моста составляет 1,5 километра, вместе с подходами – почти пять километров. По нему проходят шесть полос движения. Строительство обошлось бюджету и концессионеру в 66 млрд рублей.

«Мост разгрузит центр города и два старых моста, по которым сейчас проходит основной поток машин. По нашим расчётам, время в пути между левым и правым берегом сократится вдвое», – сказал губернатор.

Проезд по мосту будет платным. Стоимость для легковых автомобилей составит от 50 до 90 рублей в зависимости от времени суток, для грузовиков – до 300 рублей.

Строители начали работы в 2022 году. Изначально сдать объект планировали летом 2027 года.

Это первый платный мост в регионе.""", mustNot=["В Новосибирске открыли новый мост через Обь", "Читайте также", "Пробки в Новосибирске", "Поделиться", "Нашли ошибку", "Другие новости раздела", "Метро Новосибирска продлят", "Самое читаемое", "Курс доллара", "Все права защищены", "Роскомнадзором", "Пятница, 28 ноября"])
P["en-magazine-heat"] = dict(url="https://meridianquarterly.test/features/the-long-summer", pageType="article", text="""When temperatures passed 45 degrees for nine days straight, Almadra rewrote its daily routine.

At six in the morning the market in Almadra is already full. By ten it is empty again, the stalls folded and the awnings tied down, and the town goes quiet until the sun drops behind the hills.

It was not always like this. When Rosa Delgado opened her bakery on the square in 1998, she kept the same hours as her mother had: open at eight, closed for lunch, open again until eight in the evening. Last summer she moved everything forward by three hours, and she is not going back.

“People stopped coming in the afternoon,” she told me, wiping flour off the counter. “Not because they did not want bread. Because walking across the square at four o’clock had become dangerous.”

Nine days

The heat wave of July 2025 is now simply called “the nine days” in town. The regional weather service recorded the following maximum temperatures at the station on the edge of Almadra:

Maximum temperature, July 2025

Day

Maximum

July 11

44.1 °C

July 14

46.3 °C

July 17

45.8 °C

July 19

43.9 °C

Hospital admissions for heat stroke tripled over those days, most of them among people over seventy who lived alone. The town council responded by opening the library, the church and the old cinema as cooling rooms, and by sending volunteers to knock on doors twice a day.

A new calendar

This year the council went further. Schools start at seven and finish before one. Building sites must stop work at noon from June to September. The swimming pool stays open until midnight, and the town band now plays its summer concerts at eleven at night.

We used to plan our lives around the church bells. Now we plan them around the thermometer.

That line, from the mayor’s speech in May, is painted on the wall of the town hall. Not everyone likes it. Farmers point out that their work cannot be moved, and shop owners on the main road complain that tourists still arrive in the middle of the day and find everything shut.

Delgado shrugs at the complaints. Her first batch now comes out of the oven at half past four in the morning.

“The heat decides,” she says. “We adapt.”""", mustNot=["The Long Summer: How One Town Learned to Live With Heat", "Skip to content", "4 issues for $20", "Photographs by", "Shutters closed at noon", "The Meridian Letter", "Our best long reads", "is a contributing writer", "Share on Facebook", "This article appears in the Autumn 2026 issue", "More from Features", "The Salt Farmers", "Return of the Night Train", "Orchards in the Dry Years", "Terms of Use", "We use cookies to measure", "Accept all"])
P["fr-entreprise-communique"] = dict(url="https://atelier-breval.test/presse/2026/inauguration-roubaix", pageType="article", text="""Atelier Bréval, fabricant français de linge de maison, a inauguré ce mardi une unité de recyclage capable de traiter 2 000 tonnes de textiles usagés par an. Le site emploie 45 personnes, dont 12 en parcours d’insertion.

Installée dans une ancienne filature du quartier de l’Épeule, la nouvelle unité effiloche les draps et serviettes en fin de vie pour en tirer une fibre réutilisable. Cette fibre entre désormais pour 30 % dans la composition des nouvelles collections de l’entreprise.

Le projet a représenté un investissement de 8,5 millions d’euros, financé à parts égales par l’entreprise et par un prêt de la région.

« Nous avons longtemps considéré le recyclage comme une contrainte. C’est aujourd’hui une matière première, produite à vingt kilomètres de nos ateliers de tissage », a déclaré Claire Bréval, présidente de l’entreprise familiale, lors de l’inauguration.

Les chiffres clés

2 000 tonnes de textiles traitées par an à pleine capacité

45 emplois créés, dont 12 en insertion

30 % de fibres recyclées dans les collections 2027

Les particuliers pourront déposer leur linge usagé dans les 40 boutiques de la marque à partir de septembre.

À propos d’Atelier Bréval

Fondé en 1923 à Tourcoing, Atelier Bréval conçoit et fabrique du linge de maison en France. L’entreprise compte 310 salariés et réalise un chiffre d’affaires de 62 millions d’euros.""", mustNot=["Atelier Bréval inaugure son site de recyclage textile à Roubaix", "En poursuivant votre navigation", "Tout accepter", "Nos engagements", "Kit média", "Télécharger le communiqué", "Partager", "Autres communiqués", "Maison&Objet", "Origine France Garantie", "Mentions légales", "12 rue du Tilleul"])
out = {}
for k, v in P.items():
    out[k] = {"articleBody": v["text"], "url": v["url"], "pageType": v["pageType"], "mustNotContain": v["mustNot"]}
json.dump(out, open("ground-truth.json", "w"), ensure_ascii=False, indent=1, sort_keys=True)
# The modern-layout pages come from ../modern.py (python3 modern.py first).
out.update(json.load(open("modern.json")))
json.dump(out, open("ground-truth.json", "w"), ensure_ascii=False, indent=1, sort_keys=True)
