# The stories of the modern-layout pages (see modern.py), written for the
# project. part says where a page lives: heldout pages were written before
# any tuning and are not looked at while tuning.

CHROME = {
    "en": dict(cookie="We and our 142 partners use cookies and similar technologies to personalise content and ads and to measure audiences.", cookietitle="Your privacy choices", accept="Accept all", settings="Manage preferences", share="Share this article", prev="Previous post", next="Next post", comtitle="3 responses", comauthor="Dana K.", comment="Thanks for writing this up, it matches what we saw in our town last winter.", mostread="Most read", footer="© 2026 All rights reserved. Registered office: 4 Mill Lane.", cat="Local", byprefix="By", login="Sign in", subscribe="Subscribe", ad="Advertisement", skip="Skip to main content", home="Home", tags="Tags", readtime="6 min read", ctatitle="Sign up for more like this.", ctainput="Enter your email", excerpt="A short look at what changed and what comes next for readers.", reply="Reply", write="Write", follow="Follow", listen="Listen", writtenby="Written by", bio="Writes about cities, bikes and the people who fix them.", keyevents="Key events", newposts="Show 3 new posts", loadmore="Load more posts", toc="On this page", contact="Press contact", contactline="press@example.test · +44 20 7946 0000", menuword="Menu", **{"continue": "Continue reading"}),
    "de": dict(cookie="Wir und unsere 187 Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und Zugriffe zu analysieren.", cookietitle="Datenschutz-Einstellungen", accept="Alle akzeptieren", settings="Einstellungen verwalten", share="Artikel teilen", prev="Vorheriger Beitrag", next="Nächster Beitrag", comtitle="4 Kommentare", comauthor="Jörg M.", comment="Danke für den Bericht, bei uns im Viertel sieht es ganz ähnlich aus.", mostread="Meistgelesen", footer="© 2026 Alle Rechte vorbehalten. Impressum · Datenschutz · AGB", cat="Region", byprefix="Von", login="Anmelden", subscribe="Abonnieren", ad="Anzeige", skip="Direkt zum Inhalt", home="Startseite", tags="Schlagworte", readtime="5 Min. Lesezeit", ctatitle="Keinen Beitrag mehr verpassen.", ctainput="E-Mail-Adresse eingeben", excerpt="Ein kurzer Überblick darüber, was sich ändert und was jetzt wichtig ist.", reply="Antworten", write="Schreiben", follow="Folgen", listen="Anhören", writtenby="Geschrieben von", bio="Schreibt über Städte, Räder und die Menschen, die sie reparieren.", keyevents="Die wichtigsten Ereignisse", newposts="3 neue Beiträge anzeigen", loadmore="Weitere Beiträge laden", toc="Inhalt", contact="Pressekontakt", contactline="presse@example.test · +49 30 123456-0", menuword="Menü", **{"continue": "Weiterlesen"}),
    "fr": dict(cookie="Nous et nos 203 partenaires utilisons des cookies et technologies similaires pour personnaliser les contenus et les publicités et mesurer l’audience.", cookietitle="Vos choix en matière de confidentialité", accept="Tout accepter", settings="Paramétrer les cookies", share="Partager l’article", prev="Article précédent", next="Article suivant", comtitle="5 commentaires", comauthor="Claire B.", comment="Merci pour cet article, c’est exactement ce que nous vivons dans notre quartier.", mostread="Les plus lus", footer="© 2026 Tous droits réservés. Mentions légales · Confidentialité · CGU", cat="Régions", byprefix="Par", login="Se connecter", subscribe="S’abonner", ad="Publicité", skip="Aller au contenu principal", home="Accueil", tags="Mots-clés", readtime="Lecture 5 min", ctatitle="Ne manquez plus aucun article.", ctainput="Votre adresse e-mail", excerpt="Un rapide tour d’horizon de ce qui change et de ce qui vient ensuite.", reply="Répondre", write="Écrire", follow="Suivre", listen="Écouter", writtenby="Écrit par", bio="Écrit sur les villes, le vélo et les gens qui les réparent.", keyevents="Les moments clés", newposts="Afficher 3 nouveaux messages", loadmore="Charger plus de messages", toc="Sommaire", contact="Contact presse", contactline="presse@example.test · +33 1 23 45 67 89", menuword="Menu", **{"continue": "Lire la suite"}),
    "es": dict(cookie="Nosotros y nuestros 168 socios usamos cookies y tecnologías similares para personalizar contenidos y anuncios y medir la audiencia.", cookietitle="Tus opciones de privacidad", accept="Aceptar todo", settings="Configurar", share="Compartir artículo", prev="Entrada anterior", next="Entrada siguiente", comtitle="6 comentarios", comauthor="Marta R.", comment="Gracias por el artículo, en mi barrio está pasando exactamente lo mismo.", mostread="Lo más leído", footer="© 2026 Todos los derechos reservados. Aviso legal · Privacidad · Cookies", cat="Local", byprefix="Por", login="Iniciar sesión", subscribe="Suscríbete", ad="Publicidad", skip="Ir al contenido principal", home="Inicio", tags="Etiquetas", readtime="5 min de lectura", ctatitle="No te pierdas nada.", ctainput="Tu correo electrónico", excerpt="Un repaso breve de lo que cambia y de lo que viene ahora.", reply="Responder", write="Escribir", follow="Seguir", listen="Escuchar", writtenby="Escrito por", bio="Escribe sobre ciudades, bicicletas y la gente que las arregla.", keyevents="Momentos clave", newposts="Ver 3 publicaciones nuevas", loadmore="Cargar más publicaciones", toc="En esta página", contact="Contacto de prensa", contactline="prensa@example.test · +34 910 000 000", menuword="Menú", **{"continue": "Seguir leyendo"}),
}

PAGES = {}


def page(pid, **kw):
    lang = kw["lang"]
    ch = dict(CHROME[lang])
    ch.update(kw.pop("chrome", {}))
    kw["chrome"] = ch
    kw.setdefault("icons", 60)
    kw.setdefault("menu", (8, 14))
    kw.setdefault("weight", 120000)
    must = [kw["title"], ch["cookie"][:40], ch["comment"][:40], kw["mostread"][0], ch["footer"][:30]]
    for kind, v in kw["blocks"]:
        if kind == "fig":
            must.append(v[:40])
        elif kind in ("card", "signup"):
            must.append(v[1][:40])
        elif kind == "embed":
            must.append(v)
    if "nextstory" in kw:
        must += [kw["nextstory"]["title"], kw["nextstory"]["ps"][0][:40]]
    if "paywall" in kw:
        must.append(kw["paywall"][1][:40])
    kw["mustNot"] = must
    PAGES[pid] = kw


# ------------------------------------------------------------------ tune

page("en-wp-blocks-library", part="tune", layout="wp_blocks", lang="en", host="northgatechronicle.test", url="https://northgatechronicle.test/2026/11/library-opening-hours-extended/", site="The Northgate Chronicle", title="Library to stay open until 9pm four nights a week", standfirst="Councillors found the money by sharing the building with the adult education service, which will run evening classes upstairs.", author="Helen Oduya", date="2026-11-19T10:12:00+00:00", datetext="19 November 2026", weight=180000, blocks=[
    ("p", "Northgate Central Library will open until 9pm from Monday to Thursday starting in January, reversing cuts made six years ago when it began closing at 5pm on most days."),
    ("p", "The extra hours cost about £84,000 a year. Most of that will be covered by the adult education service, which is moving out of its rented offices on Station Road and into the library's empty first floor."),
    ("fig", "The first floor of the library has been used for storage since 2019. Photo: Helen Oduya"),
    ("p", "Council cabinet member Ruth Mallory said the library had become \"a building people walked past after work\" and that the change was aimed at students, shift workers and parents who cannot come during the day."),
    ("pull", "a building people walked past after work"),
    ("card", ("Read more", "Swimming pool refurbishment delayed until spring", "")),
    ("h2", "What changes in January"),
    ("ul", ["Opening hours Monday to Thursday become 9am to 9pm.", "Friday and Saturday stay at 9am to 5pm.", "Study rooms on the first floor can be booked online for up to three hours.", "The children's library closes at 6pm as it does now."]),
    ("p", "Staff numbers will rise by four full-time posts, paid for by the education service. The union representing library workers said it welcomed the decision but wanted a guarantee that evening shifts would be voluntary for existing staff."),
    ("embed", "View this post on X"),
    ("h2", "A test for other branches"),
    ("p", "The council will review visitor numbers after twelve months. If the evenings are busy, the same arrangement could be tried at the Eastfield and Brook Hill branches, which both have rooms that stand empty for most of the week."),
    ("signup", ("The Chronicle Daily", "Get the day's local news in your inbox every morning at seven.", "Sign me up")),
    ("p", "The library will hold an open evening on 8 January with tours of the new study rooms and a talk by the local history society."),
], mostread=["Bypass resurfacing: the closures week by week", "Market square bakery wins regional award", "Rugby club appoints new head coach", "Bin collection changes over Christmas"])

page("de-next-hashed-mieten", part="tune", layout="next_hashed", lang="de", host="rheinkurier.test", url="https://www.rheinkurier.test/region/koeln/mietspiegel-2027-mieten-steigen-langsamer-a-8f3e21", site="Rheinkurier", title="Neuer Mietspiegel: Mieten steigen langsamer als befürchtet", standfirst="Die ortsübliche Vergleichsmiete in Köln liegt künftig bei 11,42 Euro pro Quadratmeter. Mietervereine sehen dennoch keinen Grund zur Entwarnung.", author="Stefanie Brandt", date="2026-11-24T06:30:00+01:00", datetext="24.11.2026, 06:30 Uhr", weight=230000, paywall=("Weiterlesen mit R+", "Lesen Sie alle Artikel auf rheinkurier.test für 0,99 Euro im ersten Monat.", "Jetzt testen"), blocks=[
    ("p", "Die Mieten in Köln sind in den vergangenen zwei Jahren weniger stark gestiegen als in den Jahren davor. Das geht aus dem neuen Mietspiegel hervor, den die Stadt am Montag vorgestellt hat. Im Schnitt liegt die ortsübliche Vergleichsmiete nun bei 11,42 Euro pro Quadratmeter, ein Plus von 6,1 Prozent gegenüber dem letzten Mietspiegel."),
    ("p", "Zwischen 2020 und 2022 hatte der Anstieg noch bei mehr als neun Prozent gelegen. Fachleute führen die Abschwächung vor allem auf die gestiegenen Bauzinsen zurück, die viele Käufer vom Markt ferngehalten und die Nachfrage nach teuren Neubauwohnungen gedämpft haben."),
    ("card", ("Auch interessant", "Wohngeld: Wer jetzt Anspruch hat und wie man es beantragt", "")),
    ("h2", "Große Unterschiede zwischen den Vierteln"),
    ("p", "Am teuersten bleibt die Innenstadt mit durchschnittlich 14,10 Euro, am günstigsten wohnt man in Chorweiler mit 8,35 Euro. Besonders stark gestiegen sind die Mieten in Ehrenfeld und Mülheim, wo viele ältere Häuser saniert wurden."),
    ("fig", "Neubauten am Rheinufer: Hier liegen die Mieten deutlich über dem Schnitt. Foto: Markus Lenz"),
    ("p", "Der Mieterverein warnt davor, die Zahlen als Entspannung zu lesen. „Wer heute eine Wohnung sucht, zahlt nicht den Mietspiegel, sondern das, was im Inserat steht“, sagte Geschäftsführerin Nadja Özkan. Bei Neuvermietungen lägen die Preise oft drei bis vier Euro höher."),
    ("signup", ("Newsletter Köln am Morgen", "Die wichtigsten Nachrichten aus Köln jeden Morgen um sechs in Ihrem Postfach.", "Kostenlos abonnieren")),
    ("h2", "Was Mieter jetzt tun können"),
    ("p", "Der Mietspiegel ist die Grundlage für Mieterhöhungen im Bestand. Vermieter dürfen die Miete innerhalb von drei Jahren um höchstens 15 Prozent anheben und dabei die Vergleichsmiete nicht überschreiten. Wer eine Erhöhung erhält, sollte sie mit dem Online-Rechner der Stadt prüfen."),
    ("embed", "Video abspielen"),
    ("p", "Der neue Mietspiegel gilt ab dem 1. Januar 2027 und wird in zwei Jahren wieder aktualisiert."),
], mostread=["KVB: Diese Linien fahren ab Dezember seltener", "Weihnachtsmärkte 2026: Alle Termine und Öffnungszeiten", "Brücke in Deutz wird bis März gesperrt", "Neues Restaurant im Belgischen Viertel"])

page("fr-amp-marche", part="tune", layout="amp", lang="fr", host="ouest-matin.test", url="https://www.ouest-matin.test/amp/nantes/marche-talensac-renovation-travaux-2027", site="Ouest Matin", title="Nantes : le marché de Talensac fermera six mois pour travaux", standfirst="Les commerçants seront installés sous une halle provisoire sur le parking voisin pendant la rénovation, prévue à partir de mars.", author="Yann Le Goff", date="2026-11-12T17:45:00+01:00", datetext="Publié le 12/11/2026 à 17h45", weight=140000, blocks=[
    ("p", "Le plus ancien marché couvert de Nantes va faire peau neuve. La ville a confirmé mercredi que les halles de Talensac fermeront du 2 mars au début du mois de septembre 2027 pour une rénovation complète de la toiture, de l’électricité et des réseaux d’eau."),
    ("p", "Pendant les travaux, la quarantaine de commerçants sera installée sous une halle provisoire montée sur le parking de la rue Talensac, à une centaine de mètres. Les horaires restent les mêmes, du mardi au dimanche matin."),
    ("fig", "Les halles de Talensac, construites en 1937, accueillent près de 40 commerçants. Photo Ouest Matin / Anne Riou"),
    ("p", "« On a longtemps eu peur que le marché ferme pour de bon. Là, on sait où on va et pour combien de temps », résume Gilles Perraud, poissonnier depuis vingt-deux ans et président de l’association des commerçants."),
    ("h2", "Un chantier de 4,8 millions d’euros"),
    ("p", "Le coût du chantier est estimé à 4,8 millions d’euros, dont un tiers financé par la métropole. La charpente en béton, classée, sera conservée ; les verrières seront remplacées par un vitrage qui laisse moins entrer la chaleur en été."),
    ("card", ("À lire aussi", "Nantes : la ligne 6 du busway prolongée jusqu’à Rezé en 2028", "")),
    ("p", "Les commerçants obtiennent une exonération de droits de place pendant toute la durée des travaux. Certains craignent malgré tout de perdre une partie de leur clientèle, notamment les personnes âgées qui viennent à pied."),
    ("signup", ("Newsletter Nantes", "Recevez chaque soir l’essentiel de l’actualité nantaise.", "Je m’inscris")),
    ("p", "Une réunion publique est prévue le 3 décembre à la mairie annexe de Talensac pour présenter le calendrier aux riverains."),
], mostread=["Périphérique : des travaux de nuit jusqu’en janvier", "Un nouveau cinéma indépendant à Chantenay", "FC Nantes : le point sur les blessés", "Marché de Noël : ce qui change cette année"])

page("es-drupal-agua", part="tune", layout="drupal", lang="es", host="diariodelsur.test", url="https://www.diariodelsur.test/andalucia/sevilla/restricciones-agua-riego-jardines-noviembre", site="Diario del Sur", title="Sevilla prohíbe regar jardines privados con agua potable hasta marzo", standfirst="La empresa municipal de aguas activa la fase de alerta por la sequía: los embalses que abastecen a la ciudad están al 27 % de su capacidad.", author="Lucía Moreno", date="2026-11-18T09:00:00+01:00", datetext="18 nov. 2026 - 09:00", weight=160000, blocks=[
    ("p", "Los vecinos de Sevilla no podrán regar jardines privados ni llenar piscinas con agua de la red desde el próximo lunes. La empresa municipal de aguas ha activado la fase de alerta de su plan de sequía después de un otoño con menos de la mitad de las lluvias habituales."),
    ("p", "Las restricciones afectan también a la limpieza de calles con agua potable, que pasará a hacerse con agua regenerada, y a las fuentes ornamentales, que se apagarán salvo las que funcionan en circuito cerrado."),
    ("fig", "El embalse de Aracena, a finales de octubre. Foto: José Ruiz"),
    ("h2", "Multas de hasta 3.000 euros"),
    ("p", "El incumplimiento podrá sancionarse con multas de entre 750 y 3.000 euros. La empresa asegura que no se trata de una medida recaudatoria y que primero se avisará a los infractores. «Necesitamos que cada litro cuente este invierno», dijo su director, Antonio Gil."),
    ("card", ("Te puede interesar", "Cómo ahorrar agua en casa: diez gestos que sí funcionan", "")),
    ("p", "No habrá cortes de suministro en los hogares por ahora. Según la empresa, con las medidas actuales la ciudad tiene agua garantizada hasta el próximo otoño aunque no llueva."),
    ("ul", ["Prohibido el riego de jardines y zonas verdes privadas.", "Prohibido el llenado de piscinas.", "Lavado de coches solo en establecimientos con reciclaje de agua.", "Las duchas de las playas fluviales permanecerán cerradas."]),
    ("embed", "Reproducir vídeo"),
    ("p", "Los regantes de la vega del Guadalquivir ya sufren recortes del 70 % desde el verano. Las organizaciones agrarias piden ayudas directas para los cultivos que no podrán sembrarse esta campaña."),
], mostread=["Metro de Sevilla: la línea 3 abrirá por tramos", "Estas son las calles cortadas por la Navidad", "El Betis presenta su nuevo estadio", "Subida del IBI en 2027: cuánto pagarás"])

page("en-ghost-sourdough", part="tune", layout="ghost", lang="en", host="slowcrumb.test", url="https://slowcrumb.test/why-my-starter-died/", site="Slow Crumb", title="Why my starter died (and what I do differently now)", standfirst="Three years, two kitchens and one very sad jar: notes on keeping a sourdough starter alive through a cold winter.", author="Maya Lindqvist", date="2026-11-02T08:00:00+00:00", datetext="Nov 2, 2026", weight=150000, blocks=[
    ("p", "Last January I opened the fridge and found my starter covered in a grey, furry layer. It had been sitting there for nearly three weeks while I was travelling, and I had not fed it before I left. I threw it away, which still feels a bit like a small funeral."),
    ("p", "Since then I have kept a new one going through a house move and a long cold spell, and I have learned that most of what goes wrong has to do with temperature and timing rather than flour."),
    ("h2", "Cold slows everything down"),
    ("p", "My kitchen drops to about 16 degrees at night in winter. At that temperature a starter fed in the evening is nowhere near its peak by morning, so I was baking with something that was still half asleep. Now I keep the jar in the oven with only the light switched on, which holds it at around 25 degrees."),
    ("fig", "Left: fed at 16 degrees, eight hours later. Right: the same starter in the oven with the light on."),
    ("card", ("", "Baking with rye: my basic loaf", "A dense, sour loaf that keeps for a week and needs no shaping at all.")),
    ("h2", "Feed before you leave"),
    ("p", "The mistake that killed my first starter was simple: I put it in the fridge hungry. A starter that is fed right before it goes into the cold has something to live on for two or three weeks. One that goes in after it has already peaked starts to starve within days."),
    ("quote", "A starter is not fragile. It is just hungry more often than you think."),
    ("signup", ("Slow Crumb", "One bread note a month, no spam.", "Subscribe")),
    ("h2", "What I do now"),
    ("ul", ["Feed one part starter, five parts flour, five parts water in winter.", "Keep it warm in the oven with the light on.", "Feed it the night before it goes into the fridge.", "Keep a spoonful dried on baking paper as a backup."]),
    ("p", "The dried backup has already saved me once, when a jar cracked in the dishwasher. Crumbled into warm water with some flour, it was bubbling again after two days."),
], mostread=["Baking with rye: my basic loaf", "A week of focaccia experiments", "Which flour for which bread?"])

page("en-newsletter-transit", part="tune", layout="newsletter", lang="en", host="cityrails.test", url="https://cityrails.test/p/the-night-bus-map-is-finally-fixed", site="City Rails", title="The night bus map is finally fixed", standfirst="After four years of complaints, the transport authority has redrawn its night network around where people actually live.", author="Owen Pritchard", date="2026-11-27T07:00:00+00:00", datetext="Nov 27, 2026", weight=150000, blocks=[
    ("p", "Hello again, and welcome to the forty new readers who found this newsletter after last week's post about tram priority signals."),
    ("p", "This week the transport authority published its new night bus network, and for once I have mostly good things to say. The old map was drawn in 2009 around the city centre's clubs. The new one starts from a simple question: where do the people who work at night live?"),
    ("signup", ("Type your email…", "City Rails is a reader-supported newsletter about getting around the city. To receive new posts, consider becoming a subscriber.", "Subscribe")),
    ("h2", "What the data showed"),
    ("p", "The authority matched anonymous ticket data with shift patterns from the three big hospitals and the airport. Most night journeys did not start in the centre at all. They started at hospitals, warehouses and the airport, and ended in outer estates that had no night service."),
    ("fig", "The new night network. Thicker lines run every fifteen minutes."),
    ("p", "So the new map has three orbital routes that never touch the centre, plus two radial routes every fifteen minutes instead of every hour."),
    ("card", ("Read full story", "Why tram priority signals keep failing", "The signals work. The problem is who is allowed to switch them on.")),
    ("h2", "What I still don't like"),
    ("p", "The southern estates still get only an hourly bus, and the orbital routes stop at 3am, which is exactly when early cleaning shifts begin. I asked the authority about this and they said a review is planned after six months."),
    ("p", "Still, this is the first network change in years that was clearly designed for the people who use it. It starts on 5 January."),
    ("p", "See you next week,"),
    ("p", "Owen"),
], mostread=["Why tram priority signals keep failing", "The bus lane nobody enforces", "Ten years of the cross-city line"])

page("de-liveblog-sturm", part="tune", layout="liveblog", lang="de", host="nordblick.test", url="https://www.nordblick.test/niedersachsen/sturmtief-zoe-liveblog-123456.html", site="Nordblick", title="Sturmtief „Zoe“: Bahnverkehr im Norden eingestellt – der Liveblog", standfirst="Orkanböen bis 140 km/h an der Küste, umgestürzte Bäume und gesperrte Strecken: Die Entwicklungen im Überblick.", author="Redaktion Nordblick", date="2026-11-30T18:00:00+01:00", datetext="30.11.2026", weight=170000, blocks=[
    ("entry", dict(time="21:47", title="Deutsche Bahn: Kein Fernverkehr vor Montagmittag", ps=["Die Bahn rechnet nicht damit, den Fernverkehr zwischen Hamburg und Bremen vor Montagmittag wieder aufnehmen zu können. Auf mehreren Abschnitten liegen Bäume im Gleis, an zwei Stellen ist die Oberleitung beschädigt.", "Reisende können ihre Tickets bis Mittwoch flexibel nutzen oder kostenlos stornieren."])),
    ("entry", dict(time="20:15", title="Feuerwehr in Oldenburg mehr als 200 Mal im Einsatz", ps=["Die Feuerwehr Oldenburg meldet seit dem Nachmittag mehr als 200 Einsätze, fast alle wegen umgestürzter Bäume und losgerissener Dachteile. Verletzt wurde nach bisherigen Erkenntnissen niemand."])),
    ("card", ("Lesen Sie auch", "Sturmschäden: Was die Hausratversicherung zahlt")),
    ("entry", dict(time="19:02", title="Fähren zu den Inseln fallen aus", ps=["Die Reedereien haben alle Fahrten zu den Ostfriesischen Inseln für den Abend abgesagt. Ob am Montagmorgen wieder gefahren wird, soll um sechs Uhr entschieden werden.", "Auf Borkum wurde eine Sturmflut von 1,8 Metern über dem mittleren Hochwasser gemessen."])),
    ("fig", "Ein umgestürzter Baum blockiert die Bahnstrecke bei Delmenhorst. Foto: dpa"),
    ("entry", dict(time="18:20", title="Schulen in drei Landkreisen bleiben am Montag geschlossen", ps=["Die Landkreise Friesland, Wittmund und Aurich haben den Unterricht für Montag abgesagt. Eine Notbetreuung wird in den Grundschulen angeboten."])),
    ("embed", "Um diesen Inhalt zu sehen, müssen Sie externen Inhalten zustimmen."),
    ("entry", dict(time="18:00", title="Der Deutsche Wetterdienst warnt vor extremen Orkanböen", ps=["Der Deutsche Wetterdienst hat für die Küste die höchste Warnstufe ausgerufen. Bis in die Nacht seien Orkanböen bis 140 Kilometer pro Stunde möglich, im Binnenland bis 100. Die Menschen sollen Aufenthalte im Freien vermeiden."])),
], mostread=["Weihnachtsmarkt in Hannover öffnet verspätet", "Neue Radwege in Braunschweig", "VfL verliert in letzter Minute", "Energiepreise: Was sich 2027 ändert"])

page("fr-arc-infinite-velo", part="tune", layout="arc", lang="fr", host="le-courrier-lyon.test", url="https://www.le-courrier-lyon.test/lyon/2026/11/21/pistes-cyclables-rive-droite-voies-lyonnaises", site="Le Courrier de Lyon", title="Voies lyonnaises : la rive droite du Rhône enfin reliée", standfirst="Le nouveau tronçon de 3,2 kilomètres ouvre lundi entre la Croix-Rousse et Perrache. Les commerçants du quai restent partagés.", author="Camille Fabre", date="2026-11-21T12:10:00+01:00", datetext="21 novembre 2026 à 12h10", weight=200000, nextstory=dict(label="Article suivant", cat="Société", title="Villeurbanne : la piscine du Tonkin rouvre après deux ans de travaux", sf="Le bassin olympique est de nouveau accessible au public à partir de samedi.", author="Pierre Giraud", ps=["Après deux ans de fermeture, la piscine du Tonkin rouvre ses portes samedi matin. Le bassin de 50 mètres a été entièrement refait, tout comme les vestiaires et le système de chauffage.", "La ville a investi 11 millions d’euros dans le chantier, qui a pris huit mois de retard à cause de la découverte d’amiante dans les faux plafonds."]), blocks=[
    ("p", "C’était le maillon manquant du réseau cyclable lyonnais. À partir de lundi, les cyclistes pourront rouler de la Croix-Rousse à Perrache sur une piste séparée des voitures, sans passer par les rues étroites de la Presqu’île."),
    ("p", "Le nouveau tronçon des Voies lyonnaises mesure 3,2 kilomètres et longe le quai de la rive droite du Rhône. Une file de circulation automobile a été supprimée sur presque toute la longueur pour lui faire de la place."),
    ("fig", "La piste est large de quatre mètres et à double sens. Photo Le Courrier / Julie Martin"),
    ("p", "Selon la métropole, près de 9 000 cyclistes empruntent déjà chaque jour le pont Morand, au nord du tronçon. Elle en attend 14 000 d’ici deux ans."),
    ("card", ("LIRE AUSSI", "Trottinettes en libre-service : la métropole lance un nouvel appel d’offres")),
    ("h2", "Des commerçants inquiets pour les livraisons"),
    ("p", "Tous ne s’en réjouissent pas. Une partie des commerçants du quai regrette la disparition d’une trentaine de places de livraison. « Nos fournisseurs s’arrêtent en double file, et c’est nous qui prenons les amendes », explique Sandrine Aubert, fleuriste depuis quinze ans."),
    ("pull", "Nos fournisseurs s’arrêtent en double file, et c’est nous qui prenons les amendes"),
    ("p", "La métropole promet quatre aires de livraison supplémentaires dans les rues perpendiculaires avant la fin de l’année et un bilan des flux après six mois."),
    ("signup", ("Lyon Matin", "Tous les matins, l’essentiel de l’actualité lyonnaise dans votre boîte mail.", "S’inscrire")),
    ("p", "Deux autres lignes des Voies lyonnaises doivent être achevées en 2027, vers Vénissieux et vers Caluire."),
], mostread=["TCL : le métro B prolongé jusqu’aux Hôpitaux Sud", "Fête des Lumières : le programme complet", "OL : le mercato d’hiver déjà lancé", "Les meilleurs bouchons selon nos lecteurs"])

# --------------------------------------------------------------- heldout
# de-elementor-verein and en-next-liveblog-election were written as
# held-out pages too; their first scores (F1 0.000 and 0.421) were seen
# and the rules then tuned on them, so they moved to tune. The last four
# pages below were written after that, in layouts no rule was tuned on;
# of them fr-bootstrap-festival (first score F1 0.945, a sign-up box with
# a button link leaked) was then tuned on and moved to tune.

page("en-next-liveblog-election", part="tune", layout="next_hashed", lang="en", host="capitalwire.test", url="https://www.capitalwire.test/live/2026/11/29/regional-election-results-live", site="Capital Wire", title="Regional election results live: turnout highest since 1998", standfirst="Polls have closed in all 14 districts. Follow the count as results come in overnight.", author="Capital Wire staff", date="2026-11-29T22:00:00+00:00", datetext="29 Nov 2026", weight=240000, blocks=[
    ("entry", dict(time="01:42", title="Greens win Riverside for the first time", ps=["The Green candidate Asha Mensah has won the Riverside district by 412 votes after two recounts. It is the first time the party has held a seat in the regional assembly.", "Turnout in Riverside was 71 per cent, ten points up on the last election."])),
    ("entry", dict(time="00:58", title="Count suspended in Hollins after power cut", ps=["Counting has been paused at the Hollins leisure centre after a power cut. Officials say ballot boxes remain sealed and counting will restart once the generator is running."])),
    ("card", ("Explainer", "How the regional assembly is elected", "Fourteen districts, one vote each, and a top-up list.")),
    ("entry", dict(time="00:10", title="Turnout highest since 1998", ps=["The returning officer says turnout across the region was 64.3 per cent, the highest since the assembly was created. Officials had extended opening hours at six polling stations where queues formed in the early evening."])),
    ("fig", "Counting staff at the Eastport exhibition centre. Photograph: Sam Reid/Capital Wire"),
    ("entry", dict(time="23:05", title="First result: Labour holds Eastport", ps=["Labour has held Eastport with a reduced majority of 2,140. The Conservative vote rose slightly, while the Liberal Democrats came third.", "The winning candidate, Paul Hendry, thanked volunteers and said the party had to listen to voters in the outer wards."])),
    ("signup", ("Morning Briefing", "The news you need to start the day, in your inbox at 6am.", "Sign up")),
    ("entry", dict(time="22:00", title="Polls close", ps=["Polls have now closed. Results are expected from around 11pm, with the last districts declaring early on Monday morning."])),
], mostread=["Storm warnings issued for the coast", "City council approves new cycle lanes", "Hospital waiting lists fall for third month", "Where to see the winter lights"])

page("de-elementor-verein", part="tune", layout="elementor", lang="de", host="sv-lindenau.test", url="https://www.sv-lindenau.test/2026/11/neuer-kunstrasenplatz-eingeweiht/", site="SV Lindenau 1921 e.V.", title="Neuer Kunstrasenplatz eingeweiht", standfirst="Nach acht Monaten Bauzeit trainieren unsere Jugendmannschaften ab sofort auf dem neuen Platz an der Feldstraße.", author="Martina Kühn", date="2026-11-16T15:00:00+01:00", datetext="16. November 2026", weight=130000, blocks=[
    ("p", "Am Samstag war es endlich so weit: Bei bestem Herbstwetter haben wir mit rund 300 Gästen unseren neuen Kunstrasenplatz eingeweiht. Bürgermeisterin Sabine Vogt durchschnitt gemeinsam mit den jüngsten Spielerinnen und Spielern der G-Jugend das Band."),
    ("p", "Der alte Hartplatz war seit Jahren kaum noch bespielbar. Bei Regen stand das Wasser, im Sommer staubte es so sehr, dass Trainings abgesagt werden mussten. Mit dem neuen Platz können wir nun das ganze Jahr über trainieren."),
    ("fig", "Die G-Jugend beim ersten offiziellen Spiel auf dem neuen Platz."),
    ("h2", "Finanzierung"),
    ("p", "Der Platz hat rund 780.000 Euro gekostet. Die Stadt hat 450.000 Euro übernommen, das Land 200.000 Euro aus dem Sportstättenprogramm. Den Rest haben wir aus Rücklagen, Spenden und vielen Stunden Eigenleistung aufgebracht."),
    ("p", "Ein besonderer Dank geht an die mehr als 60 Mitglieder, die beim Abbau der alten Flutlichtmasten, beim Pflastern der Wege und beim Streichen des Vereinsheims geholfen haben."),
    ("card", ("Aktuelles", "Weihnachtsfeier der Jugendabteilung am 19. Dezember", "Alle Kinder und Eltern sind herzlich eingeladen.")),
    ("h2", "Trainingszeiten ab Dezember"),
    ("ul", ["Montag und Mittwoch: E- bis C-Jugend, 17 bis 19 Uhr", "Dienstag und Donnerstag: Damen und Herren, 19 bis 21 Uhr", "Freitag: G- und F-Jugend, 16 bis 17:30 Uhr"]),
    ("signup", ("Vereins-Newsletter", "Neuigkeiten aus dem Verein einmal im Monat per E-Mail.", "Eintragen")),
    ("p", "Wer Lust hat, bei uns mitzuspielen, kommt einfach zu einem Probetraining vorbei. Wir freuen uns über jede neue Spielerin und jeden neuen Spieler!"),
], mostread=["Herren gewinnen Derby mit 3:1", "Mitgliederversammlung am 23. Januar", "Neue Trikots für die D-Jugend"])

page("es-medium-teletrabajo", part="heldout", layout="medium", lang="es", host="medio.test", url="https://medio.test/@anavidal/tres-anos-teletrabajando-desde-un-pueblo-4c2e9a1b7f30", site="Medio", title="Tres años teletrabajando desde un pueblo de 400 habitantes", standfirst="Lo que funcionó, lo que no y por qué no volvería a la ciudad.", author="Ana Vidal", date="2026-11-08T11:00:00+01:00", datetext="8 nov 2026", weight=125000, blocks=[
    ("p", "En septiembre de 2023 dejé mi piso de Madrid y me mudé a un pueblo de la sierra de Teruel con 400 habitantes, una panadería y un bar. Trabajo como diseñadora para una empresa de Barcelona y desde entonces no he vuelto a una oficina más que para alguna reunión."),
    ("p", "Mucha gente me pregunta si me arrepiento. La respuesta corta es que no. La larga tiene más matices."),
    ("h2", "La conexión, el primer problema"),
    ("p", "Cuando llegué, la fibra aún no había llegado al pueblo. Durante seis meses trabajé con un router 4G pegado a la ventana de la cocina, que era el único sitio con buena cobertura. Las videollamadas se cortaban cada vez que pasaba el tractor del vecino, no me preguntéis por qué."),
    ("fig", "Mi primera oficina: la mesa de la cocina y el router en la ventana."),
    ("p", "Ahora tengo fibra de 600 megas, más rápida que la que tenía en Madrid. El ayuntamiento la consiguió con una subvención europea y otros seis vecinos teletrabajan ya desde aquí."),
    ("pull", "Las videollamadas se cortaban cada vez que pasaba el tractor del vecino"),
    ("h2", "Lo que echo de menos"),
    ("p", "Echo de menos el cine, los conciertos y poder quedar con amigos sin planificarlo con dos semanas de antelación. También la sensación de equipo: por muy bien que funcione el chat, no es lo mismo que comer con los compañeros."),
    ("card", ("", "Cómo organizo mi semana sin jefe a la vista", "Rutinas, bloques de tiempo y por qué dejé de contestar correos por la noche.")),
    ("h2", "Lo que he ganado"),
    ("p", "Pago 350 euros de alquiler por una casa con patio. Camino una hora cada mañana antes de abrir el portátil. Conozco a todos mis vecinos por su nombre y ellos saben cuándo tengo una reunión importante porque cierro la persiana."),
    ("p", "No es para todo el mundo. Pero si tu trabajo te lo permite, creo que vale la pena probarlo al menos un año."),
], mostread=["Cómo organizo mi semana sin jefe a la vista", "El coste real de vivir en un pueblo", "Diez herramientas que uso cada día"])

page("fr-drupal-association", part="heldout", layout="drupal", lang="fr", host="amap-croixrousse.test", url="https://www.amap-croixrousse.test/actualites/bilan-saison-2026-et-inscriptions", site="AMAP des Pentes", title="Bilan de la saison 2026 et inscriptions pour 2027", standfirst="Une année difficile pour nos maraîchers, mais des paniers livrés chaque semaine : retour sur la saison et ouverture des contrats.", author="Le bureau de l’association", date="2026-11-20T20:00:00+01:00", datetext="20 novembre 2026", weight=115000, chrome=dict(byprefix="Publié par"), blocks=[
    ("p", "Chers adhérents, la saison 2026 se termine et nous tenions à vous remercier pour votre fidélité. Malgré un printemps très pluvieux et la grêle de juin, nos deux maraîchers ont livré 46 paniers sur les 48 prévus."),
    ("p", "Les deux semaines manquantes ont été compensées par des paniers plus garnis à l’automne, avec notamment des courges, des poireaux et des pommes de terre en quantité."),
    ("h2", "Les chiffres de l’année"),
    ("ul", ["112 familles adhérentes, dont 23 nouvelles", "5 380 paniers de légumes livrés", "14 distributions assurées par des bénévoles chaque mois", "2 visites à la ferme, en mai et en septembre"]),
    ("fig", "La visite de septembre à la ferme des Grands Prés."),
    ("p", "Nous avons aussi accueilli un nouveau producteur de fromages de chèvre, installé à 30 kilomètres de Lyon. Son contrat a rencontré un grand succès et sera reconduit."),
    ("card", ("Voir aussi", "Compte rendu de l’assemblée générale 2026")),
    ("h2", "Inscriptions pour 2027"),
    ("p", "Les contrats pour la saison 2027 sont ouverts jusqu’au 31 janvier. Le prix du panier passe de 17 à 18 euros pour tenir compte de la hausse des coûts de production, une décision votée à l’unanimité lors de l’assemblée générale."),
    ("p", "Comme chaque année, il est possible de payer en plusieurs fois, et deux paniers solidaires à prix réduit sont proposés aux familles qui en ont besoin. N’hésitez pas à en parler autour de vous."),
    ("signup", ("Lettre d’information", "Recevez les nouvelles de l’AMAP et les dates de distribution.", "S’abonner")),
    ("p", "Nous vous souhaitons de belles fêtes de fin d’année et vous donnons rendez-vous à la première distribution, le mardi 6 janvier."),
], mostread=["Recette : velouté de potimarron", "Compte rendu de l’assemblée générale 2026", "Les dates de distribution du premier trimestre"])


page("es-nuxt-huelga", part="heldout", layout="nuxt", lang="es", host="cronicadelnorte.test", url="https://www.cronicadelnorte.test/bilbao/huelga-metro-bilbao-servicios-minimos_12345.html", site="Crónica del Norte", title="Huelga en el metro de Bilbao: servicios mínimos del 40 % durante tres días", standfirst="Los sindicatos protestan por la falta de maquinistas y el cierre de dos cocheras; la empresa habla de una plantilla completa en primavera.", author="Iker Etxeberria", date="2026-11-25T07:15:00+01:00", datetext="25/11/2026 07:15", weight=170000, blocks=[
    ("p", "El metro de Bilbao funcionará con servicios mínimos del 40 % el jueves, el viernes y el lunes por la huelga convocada por los tres sindicatos mayoritarios de la plantilla. El Gobierno vasco fijó los mínimos el martes por la tarde tras una reunión sin acuerdo."),
    ("p", "Los trabajadores denuncian que faltan al menos 35 maquinistas y que las horas extraordinarias se han duplicado desde el verano. También rechazan el cierre de las cocheras de Ariz y Sopela, que la empresa quiere concentrar en una sola instalación en Leioa."),
    ("card", ("Lee también", "El tranvía de Vitoria llegará a Salburua en 2028", "")),
    ("h2", "Qué trenes circularán"),
    ("ul", ["Un tren cada 10 minutos en el tramo común entre Etxebarri y San Inazio.", "Un tren cada 20 minutos en los ramales de Plentzia y Kabiezes.", "La línea 3 mantendrá un tren cada 15 minutos."]),
    ("p", "La empresa recomienda adelantar los desplazamientos y recuerda que los abonos mensuales se podrán usar también en los autobuses de Bizkaibus durante los tres días de paro."),
    ("fig", "Andén de la estación de Moyua en hora punta. Foto: Ane Zubizarreta"),
    ("p", "«No queremos perjudicar a los usuarios, pero llevamos un año pidiendo contrataciones», explicó el portavoz del comité, Jon Ugarte. La dirección asegura que en marzo se incorporarán 28 maquinistas que terminan ahora su formación."),
    ("signup", ("Boletín Bizkaia", "Las noticias de Bizkaia cada mañana en tu correo.", "Suscribirme")),
    ("p", "Es la segunda huelga en el metro este año. La anterior, en abril, se desconvocó la víspera tras un preacuerdo que la asamblea de trabajadores rechazó después."),
], mostread=["Obras en la A-8: cortes nocturnos hasta enero", "El Athletic renueva a su capitán", "Nueva biblioteca en Barakaldo", "Precio del alquiler en Bilbao: máximo histórico"])

page("en-tailwind-devlog", part="heldout", layout="tailwind", lang="en", host="jonahwrites.test", url="https://jonahwrites.test/blog/moving-off-the-cloud/", site="Jonah Writes", title="We moved our app off the cloud. Here is the bill.", standfirst="Eighteen months after leaving a hyperscaler for two rented servers, the numbers, the outages and the things I would do differently.", author="Jonah Park", date="2026-10-30T09:00:00+00:00", datetext="October 30, 2026", weight=135000, blocks=[
    ("p", "In the spring of 2025 our small team moved a booking app for sports clubs from a big cloud provider to two rented servers in a data centre in Amsterdam. People keep asking how it went, so here are the numbers."),
    ("h2", "The bill"),
    ("p", "Our last full month in the cloud cost 4,870 dollars, most of it for a managed database and for traffic leaving the network. The two servers, a backup box and the monitoring service now cost 690 dollars a month together."),
    ("p", "That is not the whole story. I spent roughly six weeks on the move, and I now spend about two days a month on updates, backups and the occasional disk warning. Even if you price my time generously, we save a lot."),
    ("fig", "Monthly infrastructure cost before and after the move."),
    ("h2", "The outages"),
    ("p", "We had two outages in eighteen months. One was a failed disk that the RAID handled fine, except that I had set up the alert emails wrong and found out four days later. The other was my own mistake: a firewall change that locked everyone out for 40 minutes on a Saturday morning."),
    ("card", ("Related", "How we test backups every week")),
    ("h2", "What I would do differently"),
    ("ul", ["Test the alerting before you need it.", "Write the runbook while you build, not after.", "Keep one managed service for the thing you least want to wake up for. For us that is email."]),
    ("signup", ("Get new posts by email", "About one post a month on building small software businesses.", "Subscribe")),
    ("p", "Would I do it again? Yes, for an app like ours with steady traffic and a team that likes running servers. If your traffic swings wildly or nobody wants to be on call, the cloud is still worth what it costs."),
], mostread=["How we test backups every week", "Pricing a B2B app in year one", "Why we still use server-rendered HTML"])

page("de-typo3-pressemitteilung", part="heldout", layout="typo3", lang="de", host="stadtwerke-auental.test", url="https://www.stadtwerke-auental.test/presse/pressemitteilungen/detail/waermenetz-nord-baustart", site="Stadtwerke Auental", title="Wärmenetz Nord: Bau beginnt im Januar", standfirst="Die Stadtwerke Auental schließen bis 2029 rund 1.400 Gebäude im Norden der Stadt an ein neues Fernwärmenetz an. Die Wärme kommt überwiegend aus einer Großwärmepumpe am Klärwerk.", author="Sandra Lehmann", date="2026-11-26T10:00:00+01:00", datetext="26.11.2026", weight=120000, blocks=[
    ("p", "Am 12. Januar beginnen in der Lindenstraße die Arbeiten für das Wärmenetz Nord. In einem ersten Abschnitt verlegen die Stadtwerke bis zum Sommer 2,3 Kilometer Leitungen zwischen dem Klärwerk und dem Schulzentrum."),
    ("p", "Herzstück der Anlage ist eine Großwärmepumpe, die dem gereinigten Abwasser Wärme entzieht. Sie soll rund 70 Prozent des Bedarfs decken; den Rest liefern ein Biomassekessel und für Spitzenlasten ein Gaskessel."),
    ("quote", "Mit dem Netz ersetzen wir im Norden der Stadt fast 900 einzelne Öl- und Gasheizungen."),
    ("h2", "Kosten und Förderung"),
    ("p", "Die Stadtwerke investieren rund 38 Millionen Euro. Der Bund fördert das Vorhaben mit 15 Millionen Euro aus dem Programm für effiziente Wärmenetze."),
    ("p", "Hauseigentümer im Ausbaugebiet können sich ab sofort für einen Anschluss vormerken lassen. Wer sich bis Ende März entscheidet, zahlt keinen Baukostenzuschuss."),
    ("fig", "Visualisierung der Wärmepumpe am Klärwerk. Grafik: Stadtwerke Auental"),
    ("card", ("Downloads", "Pressemitteilung als PDF")),
    ("h2", "Verkehr"),
    ("p", "Während der Bauarbeiten ist die Lindenstraße abschnittsweise nur in eine Richtung befahrbar. Die Buslinie 4 wird über die Parkallee umgeleitet."),
], mostread=["Neue Tarife ab Januar", "Störung in der Wasserversorgung behoben"])

page("fr-bootstrap-festival", part="tune", layout="bootstrap", lang="fr", host="lepetitjournal-alsace.test", url="https://www.lepetitjournal-alsace.test/colmar/culture/festival-jazz-colmar-bilan-2026", site="Le Petit Journal d’Alsace", title="Colmar : le festival de jazz bat son record de fréquentation", standfirst="Plus de 21 000 spectateurs ont assisté aux concerts de la 31e édition, qui s’achevait dimanche soir au parc du Champ-de-Mars.", author="Élodie Schmitt", date="2026-09-14T21:30:00+02:00", datetext="14 septembre 2026", weight=150000, blocks=[
    ("p", "La pluie annoncée n’est jamais venue, et le public a suivi. Avec 21 300 entrées payantes en dix jours, le festival de jazz de Colmar a battu son record de 2019, qui était de 18 900 spectateurs."),
    ("p", "Les organisateurs attribuent ce succès à une programmation plus jeune et à la nouvelle scène gratuite installée au parc du Champ-de-Mars, où se sont produits chaque soir des groupes de la région."),
    ("card", ("", "Strasbourg : la salle de concert de la Laiterie rouvre après travaux", "La salle a été entièrement insonorisée pendant l’été.")),
    ("h2", "Un budget à l’équilibre"),
    ("p", "Le budget de 1,2 million d’euros est à l’équilibre pour la première fois depuis quatre ans, grâce à la billetterie mais aussi à deux nouveaux mécènes. La ville maintient sa subvention de 300 000 euros."),
    ("embed", "Lire la vidéo"),
    ("p", "« Nous avons vu des familles entières venir pour la scène gratuite et revenir ensuite avec un billet pour les grands concerts », se réjouit la directrice artistique, Nadia Keller."),
    ("signup", ("Newsletter Culture", "Chaque jeudi, nos idées de sorties en Alsace.", "Je m’abonne")),
    ("p", "La 32e édition aura lieu du 3 au 12 septembre 2027. Les premiers noms seront annoncés au printemps."),
], mostread=["Marché de Noël de Colmar : les nouveautés", "A35 : travaux de nuit à Sélestat", "Le Racing s’impose à Lens", "Vendanges 2026 : un millésime précoce"])
