# The ninth batch, written after extractor 1.12.0 and before it was run on
# these pages: paywalls, offers and walls beside or instead of stories, in
# nine languages. Hard paywall stubs with subscription offers (plan cards
# with prices, benefit lists with check marks, an FAQ about the
# subscription, an "already a subscriber?" sign-in box), metered and soft
# paywalls with a visible lede of one to three paragraphs and the offer
# after it, registration walls with a teaser, stories with a newsletter or
# membership box in the middle, a donation appeal under a full story, a
# premium story whose full text is in the DOM behind a blurred overlay, a
# subscription landing page, and controls (stories about subscription
# prices that keep their prices, a story with a subscription promo in the
# rail).
#
# Judgment calls, following the README's contract: a premium story served
# whole in the document behind a blur or an overlay is an article (as a
# consent overlay with the story behind it), flagged paywalled because the
# page puts it behind a subscription; a subscription landing page is a
# PAYWALL non-article (an offer without story text); an offer, a
# newsletter box or a donation appeal is never text.
#
# Parts were assigned by a fixed rule before the extractor was run: in the
# order written, every third page (3rd, 6th, 9th, 12th, 15th) is held out.
from kit import E, page, render


def part(n):
    return "heldout" if n % 3 == 0 else "tune"


# --- 1 de-abo-stub (non-article, PAYWALL): a regional paper's hard
# paywall: headline, a teaser of one sentence, three plan cards with
# prices per month, a check-mark list of benefits, an FAQ about the
# subscription in <details>, an "already a subscriber?" sign-in line.
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Neue Buslinie verbindet Ostviertel mit der Uniklinik | Westfalen-Bote</title>
<meta property="og:type" content="article"><meta property="og:description" content="Ab März fährt die Linie 34 im Zehn-Minuten-Takt.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Neue Buslinie verbindet Ostviertel mit der Uniklinik","isAccessibleForFree":"False"}</script></head>
<body>
<header class="kopf"><a class="logo" href="/">Westfalen-Bote</a><nav><a href="/lokales/">Lokales</a><a href="/sport/">Sport</a><a href="/kultur/">Kultur</a></nav><a href="/login/">Anmelden</a></header>
<main class="inhalt">
<article class="beitrag beitrag--plus">
<span class="dachzeile">Nahverkehr</span>
<h1>Neue Buslinie verbindet Ostviertel mit der Uniklinik</h1>
<p class="teaser">Ab März fährt die Linie 34 im Zehn-Minuten-Takt.</p>
<section class="plus-angebot">
<h2>Weiterlesen mit WB+</h2>
<p>Lesen Sie alle Artikel auf wb.test und in der App.</p>
<div class="tarife">
<div class="tarif"><h3>Digital Basis</h3><p class="preis">7,99 € / Monat</p><p>Monatlich kündbar</p><a class="button" href="/abo/basis/">Jetzt abonnieren</a></div>
<div class="tarif tarif--empfohlen"><h3>Digital Plus</h3><p class="preis">12,99 € / Monat</p><p>Die ersten 4 Wochen für 0,99 €</p><a class="button" href="/abo/plus/">Jetzt testen</a></div>
<div class="tarif"><h3>Digital Jahr</h3><p class="preis">119 € / Jahr</p><p>Sie sparen 37 %</p><a class="button" href="/abo/jahr/">Jahresabo wählen</a></div>
</div>
<ul class="vorteile">
<li>✓ Unbegrenzter Zugang zu allen WB+-Artikeln</li>
<li>✓ Das E-Paper schon am Vorabend ab 21 Uhr</li>
<li>✓ Weniger Werbung auf allen Geräten</li>
<li>✓ Jederzeit online kündbar</li>
</ul>
<div class="faq"><h3>Häufige Fragen zum Abo</h3>
<details><summary>Wie kann ich kündigen?</summary><p>Sie können Ihr Digitalabo jederzeit zum Ende des Abrechnungszeitraums in Ihrem Kundenkonto kündigen.</p></details>
<details><summary>Welche Zahlungsarten gibt es?</summary><p>Sie zahlen bequem per Lastschrift, Kreditkarte oder PayPal.</p></details>
</div>
<p class="bereits">Sie sind bereits Abonnent? <a href="/login/">Hier anmelden</a></p>
</section>
</article>
<aside class="meistgelesen"><h3>Meistgelesen</h3><ol><li><a href="/lokales/weihnachtsmarkt/">Weihnachtsmarkt verlängert bis Silvester</a></li><li><a href="/sport/derby/">Derby endet torlos</a></li></ol></aside>
</main>
<footer class="fuss"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> © Westfalen-Bote</footer>
</body></html>
"""
page(part(1), "de-abo-stub", "https://www.westfalen-bote.test/lokales/linie-34-uniklinik/", [], H,
     ["Weiterlesen mit WB+", "7,99 € / Monat", "Unbegrenzter Zugang", "Wie kann ich kündigen?", "bereits Abonnent", "Meistgelesen"],
     page_type="non_article", reason="PAYWALL")

# --- 2 fr-article-metere (article, paywalled): a national paper's metered
# paywall: a lede of two paragraphs, then an offer box with two plans and
# a benefit list; no schema.org markup, a class "paywall" on the box.
B = [
    ("p", "La cour d'appel de Rennes a confirmé mardi la condamnation de l'ancien directeur d'une coopérative laitière du Finistère à dix-huit mois de prison avec sursis pour abus de biens sociaux. Il avait fait payer par la coopérative des travaux dans sa résidence secondaire."),
    ("p", "Le préjudice est estimé à 412 000 euros par les enquêteurs. L'ancien dirigeant, qui a démissionné en 2024, devra aussi rembourser cette somme et ne pourra plus gérer d'entreprise pendant cinq ans, a précisé la cour."),
]
H = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Coopérative laitière : l'ancien directeur condamné en appel - Le Courrier de l'Ouest-Atlantique</title>
<meta property="og:type" content="article"></head>
<body>
<header class="site-header"><a class="logo" href="/">Le Courrier de l'Ouest-Atlantique</a><nav><a href="/bretagne/">Bretagne</a><a href="/faits-divers/">Faits divers</a><a href="/economie/">Économie</a></nav><a class="btn-abo" href="/offres/">S'abonner</a></header>
<main>
<article class="article">
<h1>Coopérative laitière : l'ancien directeur condamné en appel</h1>
<div class="meta">Par Yann Le Goff · Publié le 1er décembre 2026</div>
<div class="article-content">
{BODY}
</div>
<div class="paywall">
<p class="paywall__title">Il vous reste 78 % de cet article à lire.</p>
<div class="paywall__offres">
<div class="offre"><strong>Offre Découverte</strong><span class="prix">1 € le premier mois</span><span>puis 9,99 € par mois, sans engagement</span><a class="btn" href="/offres/decouverte/">Je m'abonne</a></div>
<div class="offre"><strong>Offre Intégrale</strong><span class="prix">14,99 € par mois</span><span>le journal numérique et les suppléments</span><a class="btn" href="/offres/integrale/">Je m'abonne</a></div>
</div>
<ul class="paywall__avantages"><li>Tous les articles en illimité</li><li>Le journal en version numérique dès 5 h</li><li>Les newsletters réservées aux abonnés</li></ul>
<p>Déjà abonné ? <a href="/connexion/">Connectez-vous</a></p>
</div>
</article>
</main>
<footer><a href="/mentions-legales/">Mentions légales</a> © Le Courrier de l'Ouest-Atlantique</footer>
</body></html>
"""
page(part(2), "fr-article-metere", "https://www.courrier-ouest-atlantique.test/faits-divers/cooperative-laitiere-appel/", B,
     H.replace("{BODY}", render(B)),
     ["Il vous reste 78 %", "Offre Découverte", "1 € le premier mois", "Tous les articles en illimité", "Déjà abonné"],
     paywalled=True, must=("Le préjudice est estimé à 412 000 euros",))

# --- 3 es-registro-teaser (non-article, LOGIN_WALL; held out): a sports
# daily's registration wall: headline, one teaser sentence, a box asking
# for a free account (e-mail and password, social buttons).
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>El entrenador confirma la baja de su portero para el derbi | Marcador Diario</title>
<meta property="og:type" content="article"><meta property="og:description" content="El guardameta sufre una rotura fibrilar."></head>
<body>
<header class="cabecera"><a class="logo" href="/">Marcador Diario</a><nav><a href="/futbol/">Fútbol</a><a href="/baloncesto/">Baloncesto</a><a href="/motor/">Motor</a></nav></header>
<main>
<article class="noticia">
<h1>El entrenador confirma la baja de su portero para el derbi</h1>
<p class="entradilla">El guardameta sufre una rotura fibrilar y estará tres semanas fuera.</p>
<div class="registro-muro">
<h2>Regístrate gratis para seguir leyendo</h2>
<p>Con tu cuenta gratuita podrás leer todas las noticias y recibir alertas de tu equipo.</p>
<form action="/registro/" method="post"><input type="email" name="email" placeholder="Correo electrónico"><input type="password" name="clave" placeholder="Contraseña"><button type="submit">Crear cuenta</button></form>
<div class="sociales"><button>Continuar con Google</button><button>Continuar con Apple</button></div>
<p>¿Ya tienes cuenta? <a href="/acceso/">Inicia sesión</a></p>
</div>
</article>
<aside class="lo-mas"><h3>Lo más leído</h3><ul><li><a href="/futbol/fichaje-enero/">El club prepara un fichaje para enero</a></li><li><a href="/motor/rally/">El rally cambia de fecha</a></li></ul></aside>
</main>
<footer><a href="/aviso-legal/">Aviso legal</a> © Marcador Diario</footer>
</body></html>
"""
page(part(3), "es-registro-teaser", "https://www.marcador-diario.test/futbol/baja-portero-derbi/", [], H,
     ["Regístrate gratis para seguir leyendo", "Crear cuenta", "Lo más leído"],
     page_type="non_article", reason="LOGIN_WALL")

# --- 4 it-newsletter-box (article): a story with a newsletter sign-up box
# (heading, two lines, e-mail field, button) between its third and fourth
# paragraphs.
B = [
    ("p", "Il Comune di Bologna ha approvato il piano per piantare 12.000 nuovi alberi entro il 2028 nei quartieri più esposti al caldo estivo. La delibera è passata in consiglio con 27 voti favorevoli e 6 astenuti."),
    ("p", "Le prime piantumazioni partiranno a febbraio nel quartiere Navile, dove le temperature al suolo misurate l'estate scorsa hanno superato di quattro gradi quelle del centro storico."),
    ("p", "Il piano costa 9,4 milioni di euro, coperti per due terzi da fondi europei. Le specie scelte sono tigli, aceri campestri e carpini, che resistono meglio alla siccità."),
    ("raw", '<div class="newsletter-box"><h3>La newsletter di Cronaca Bolognese</h3><p>Ogni mattina alle 7 le notizie della città nella tua casella di posta.</p><form action="/newsletter/"><input type="email" name="email" placeholder="La tua email"><button type="submit">Iscriviti gratis</button></form><p class="small">Puoi cancellarti in qualsiasi momento.</p></div>'),
    ("p", "Per la manutenzione il Comune assumerà otto giardinieri e affiderà l'irrigazione dei primi tre anni a una cooperativa sociale. Ogni albero avrà una targhetta con un codice per segnalare problemi."),
    ("p", "I residenti potranno proporre nuove aree da alberare attraverso il sito del Comune fino al 31 gennaio."),
]
H = """<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Bologna, 12.000 nuovi alberi contro il caldo - Cronaca Bolognese</title>
<meta property="og:type" content="article"></head>
<body>
<header id="masthead"><a href="/" class="brand">Cronaca Bolognese</a><nav><a href="/cronaca/">Cronaca</a><a href="/politica/">Politica</a><a href="/sport/">Sport</a></nav></header>
<div class="container">
<article class="post">
<h1 class="entry-title">Bologna, 12.000 nuovi alberi contro il caldo</h1>
<div class="entry-meta">di Giulia Ferri · 2 dicembre 2026</div>
<div class="entry-content">
{BODY}
</div>
</article>
<aside class="sidebar"><h4>Più letti</h4><ul><li><a href="/cronaca/tangenziale/">Tangenziale, lavori notturni fino a Natale</a></li></ul></aside>
</div>
<footer>© Cronaca Bolognese · P.IVA 01234567890</footer>
</body></html>
"""
page(part(4), "it-newsletter-box", "https://www.cronacabolognese.test/cronaca/alberi-caldo/", B,
     H.replace("{BODY}", render(B)),
     ["La newsletter di Cronaca Bolognese", "Iscriviti gratis", "Puoi cancellarti", "Più letti"],
     must=("I residenti potranno proporre nuove aree da alberare attraverso il sito del Comune fino al 31 gennaio.",))

# --- 5 en-donation-appeal (article): a nonprofit newsroom's full story,
# then a donation appeal (a paragraph, amounts per month, a button) and a
# republish note.
B = [
    ("p", "The state's largest school district will stop using a private contractor to screen students for vision problems after an audit found that nearly a third of the screenings last year were never recorded."),
    ("p", "District officials said Tuesday that school nurses will take over the screenings in January, using equipment the district bought this fall for about $210,000."),
    ("p", "The audit, released in October, found that the contractor billed the district for 48,000 screenings but submitted results for only 33,100. Parents of children who failed a screening were supposed to get a letter within two weeks; many never did."),
    ("quote", "We had kids sitting in the back of classrooms who could not see the board, and nobody told their families.", "Board member Alicia Romero"),
    ("p", "The contractor did not respond to requests for comment. Its contract, worth $1.2 million a year, ends in December."),
    ("p", "Nurses will screen students in kindergarten, first, third and fifth grades, as state law requires, and any student a teacher refers."),
]
H = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>District drops vision screening contractor after audit - Valley Ledger</title>
<meta property="og:type" content="article"></head>
<body class="single">
<header class="site-header"><a class="site-title" href="/">Valley Ledger</a><nav><a href="/education/">Education</a><a href="/health/">Health</a><a href="/donate/" class="donate-link">Donate</a></nav></header>
<main id="main">
<article class="story">
<h1 class="story-title">District drops vision screening contractor after audit</h1>
<p class="byline">By Marcus Bell · December 3, 2026</p>
<div class="story-body">
{BODY}
</div>
<div class="donation-appeal">
<h2>Valley Ledger is a nonprofit newsroom</h2>
<p>We don't have a paywall. Our reporting is free for everyone because readers like you chip in. If you value stories like this one, please consider a monthly gift.</p>
<div class="amounts"><a class="amount" href="/donate/?amount=5">$5/month</a><a class="amount" href="/donate/?amount=10">$10/month</a><a class="amount" href="/donate/?amount=25">$25/month</a></div>
<a class="button donate-button" href="/donate/">Donate now</a>
</div>
<p class="republish">Republish this story for free under a Creative Commons license.</p>
</article>
</main>
<footer class="site-footer">Valley Ledger is a 501(c)(3) nonprofit. © 2026</footer>
</body></html>
"""
page(part(5), "en-donation-appeal", "https://valleyledger.test/2026/12/03/vision-screening-contractor/", B,
     H.replace("{BODY}", render(B)),
     ["Valley Ledger is a nonprofit newsroom", "We don't have a paywall", "$10/month", "Donate now", "Republish this story"],
     must=("Nurses will screen students in kindergarten, first, third and fifth grades, as state law requires, and any student a teacher refers.",))

# --- 6 pt-assinatura-stub (non-article, PAYWALL; held out): a business
# site's hard paywall: headline, a subtitle of one sentence, two plan
# cards with prices per month and year, a list of benefits, an "already a
# subscriber" box with a sign-in form.
H = """<!DOCTYPE html>
<html lang="pt">
<head><meta charset="utf-8"><title>Bancos reduzem juros do crédito à habitação pelo terceiro mês - Jornal de Negócios Lusos</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","isAccessibleForFree":false}</script></head>
<body>
<header><a class="logo" href="/">Jornal de Negócios Lusos</a><nav><a href="/mercados/">Mercados</a><a href="/empresas/">Empresas</a><a href="/economia/">Economia</a></nav></header>
<main>
<article class="artigo artigo--exclusivo">
<h1>Bancos reduzem juros do crédito à habitação pelo terceiro mês</h1>
<p class="lead">A taxa média dos novos empréstimos desceu para 3,1% em novembro.</p>
<div class="exclusivo-assinantes">
<h2>Este artigo é exclusivo para assinantes</h2>
<div class="planos">
<div class="plano"><h3>Mensal</h3><p class="preco">6,90 €/mês</p><a class="btn" href="/assinar/mensal/">Assinar</a></div>
<div class="plano"><h3>Anual</h3><p class="preco">59 €/ano</p><p>Poupe 29%</p><a class="btn" href="/assinar/anual/">Assinar</a></div>
</div>
<ul class="beneficios"><li>✔ Acesso ilimitado ao site e às apps</li><li>✔ Edição digital diária</li><li>✔ Newsletters exclusivas</li></ul>
<div class="ja-assinante"><h3>Já é assinante?</h3><form action="/entrar/" method="post"><input type="email" name="email" placeholder="Email"><input type="password" name="senha" placeholder="Palavra-passe"><button type="submit">Entrar</button></form></div>
</div>
</article>
</main>
<footer><a href="/termos/">Termos e condições</a> © Jornal de Negócios Lusos</footer>
</body></html>
"""
page(part(6), "pt-assinatura-stub", "https://www.negocioslusos.test/economia/juros-credito-habitacao/", [], H,
     ["exclusivo para assinantes", "6,90 €/mês", "Acesso ilimitado", "Já é assinante?"],
     page_type="non_article", reason="PAYWALL")

# --- 7 nl-premium-blur (article, paywalled): a premium story served whole
# in the document, the body blurred by CSS behind an overlay with an offer
# (the consent-overlay contract: the story in the DOM is text).
B = [
    ("p", "Het waterschap gaat de dijk langs de Lek tussen Schoonhoven en Ameide over een lengte van elf kilometer versterken. De werkzaamheden beginnen in het voorjaar van 2027 en duren naar verwachting vier jaar."),
    ("p", "Uit metingen bleek dat de dijk op meerdere plekken niet meer voldoet aan de nieuwe veiligheidsnormen. Vooral bij langdurig hoog water kan de grond onder de dijk gaan schuiven."),
    ("h", "Bewoners"),
    ("p", "Langs het traject staan ruim tachtig woningen direct aan de dijk. Het waterschap belooft dat niemand hoeft te verhuizen, maar sommige tuinen worden tijdelijk kleiner."),
    ("p", "De kosten worden geschat op 190 miljoen euro. Het Rijk betaalt negentig procent via het Hoogwaterbeschermingsprogramma."),
    ("p", "Op 14 januari houdt het waterschap een inloopavond in het dorpshuis van Ameide."),
]
H = """<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>Lekdijk wordt over elf kilometer versterkt | Rivierenland Dagblad</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".premium-body"}}</script>
<style>.premium-body{filter:blur(6px);user-select:none}</style></head>
<body>
<header class="header"><a href="/" class="logo">Rivierenland Dagblad</a><nav><a href="/regio/">Regio</a><a href="/sport/">Sport</a></nav></header>
<main>
<article class="artikel">
<span class="label-premium">Premium</span>
<h1>Lekdijk wordt over elf kilometer versterkt</h1>
<div class="auteur">Door Sanne de Wit · 4 december 2026</div>
<div class="premium-body" aria-hidden="true">
{BODY}
</div>
<div class="premium-overlay">
<h2>Lees dit premium artikel</h2>
<p>Word abonnee en lees onbeperkt.</p>
<div class="abo-opties"><div class="abo"><strong>Digitaal</strong> <span>€ 2,50 per week</span><a class="btn" href="/abonneren/digitaal/">Kies</a></div><div class="abo"><strong>Digitaal + krant</strong> <span>€ 7,95 per week</span><a class="btn" href="/abonneren/compleet/">Kies</a></div></div>
<p>Al abonnee? <a href="/inloggen/">Log in</a></p>
</div>
</article>
</main>
<footer>© Rivierenland Dagblad</footer>
</body></html>
"""
page(part(7), "nl-premium-blur", "https://www.rivierenlanddagblad.test/regio/lekdijk-versterkt/", B,
     H.replace("{BODY}", render(B)),
     ["Lees dit premium artikel", "Word abonnee", "€ 2,50 per week", "Al abonnee"],
     paywalled=True, must=("Op 14 januari houdt het waterschap een inloopavond in het dorpshuis van Ameide.",))

# --- 8 pl-rejestracja (non-article, LOGIN_WALL): a portal's registration
# wall: headline, a lead of about 30 words, a box asking for a free
# account with e-mail and password fields and a check-mark list of what
# registration gives.
H = """<!DOCTYPE html>
<html lang="pl">
<head><meta charset="utf-8"><title>Nowy most na Wiśle otwarty dla ruchu – Portal Mazowiecki</title>
<meta property="og:type" content="article"></head>
<body>
<header><a href="/" class="logo">Portal Mazowiecki</a><nav><a href="/wiadomosci/">Wiadomości</a><a href="/sport/">Sport</a><a href="/pogoda/">Pogoda</a></nav></header>
<main>
<article class="art">
<h1>Nowy most na Wiśle otwarty dla ruchu</h1>
<p class="lead">Po trzech latach budowy kierowcy mogą już korzystać z nowej przeprawy pod Płockiem. Most ma 1,2 kilometra długości i skraca drogę do autostrady o dwadzieścia minut.</p>
<div class="rejestracja">
<h2>Zarejestruj się, aby czytać dalej</h2>
<ul><li>✓ Bezpłatny dostęp do wszystkich artykułów</li><li>✓ Powiadomienia z Twojej okolicy</li><li>✓ Mniej reklam</li></ul>
<form action="/konto/rejestracja/" method="post"><label>E-mail <input type="email" name="email"></label><label>Hasło <input type="password" name="haslo"></label><button type="submit">Załóż darmowe konto</button></form>
<p>Masz już konto? <a href="/logowanie/">Zaloguj się</a></p>
</div>
</article>
<aside><h3>Najczęściej czytane</h3><ul><li><a href="/wiadomosci/korki/">Korki na obwodnicy</a></li></ul></aside>
</main>
<footer>© Portal Mazowiecki</footer>
</body></html>
"""
page(part(8), "pl-rejestracja", "https://www.portalmazowiecki.test/wiadomosci/most-wisla-plock/", [], H,
     ["Zarejestruj się, aby czytać dalej", "Bezpłatny dostęp", "Załóż darmowe konto", "Najczęściej czytane"],
     page_type="non_article", reason="LOGIN_WALL")

# --- 9 ru-metered-lede (article, paywalled; held out): a business paper's
# soft paywall: a lede of two paragraphs, then an offer with a price per
# month and a trial, and a sign-in line.
B = [
    ("p", "Правительство Новосибирской области утвердило программу обновления трамвайного парка: до 2029 года город получит 60 новых вагонов. Общая стоимость контракта составит 7,8 млрд рублей."),
    ("p", "Первые 12 трамваев поступят уже следующим летом и выйдут на маршруты левобережья. Старые вагоны, которым больше сорока лет, будут списаны, часть из них передадут музею транспорта."),
]
H = """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Новосибирск закупит 60 трамваев — Деловая Сибирь</title>
<meta property="og:type" content="article"></head>
<body>
<header class="header"><a class="logo" href="/">Деловая Сибирь</a><nav><a href="/economy/">Экономика</a><a href="/business/">Бизнес</a><a href="/city/">Город</a></nav></header>
<main>
<article class="article">
<h1>Новосибирск закупит 60 трамваев</h1>
<div class="article__info">Ирина Соколова · 5 декабря 2026</div>
<div class="article__text">
{BODY}
</div>
<div class="subscription-offer">
<h3>Продолжение доступно по подписке</h3>
<p>Оформите подписку и читайте все материалы без ограничений.</p>
<div class="offer-price">299 ₽ в месяц · первый месяц за 1 ₽</div>
<a class="btn btn-primary" href="/subscribe/">Оформить подписку</a>
<p>Уже есть подписка? <a href="/login/">Войти</a></p>
</div>
</article>
</main>
<footer>© Деловая Сибирь</footer>
</body></html>
"""
page(part(9), "ru-metered-lede", "https://www.delsib.test/city/tramvai-60/", B,
     H.replace("{BODY}", render(B)),
     ["Продолжение доступно по подписке", "299 ₽ в месяц", "Оформить подписку", "Уже есть подписка"],
     paywalled=True, must=("Первые 12 трамваев поступят уже следующим летом",))

# --- 10 en-subscribe-landing (non-article, PAYWALL): a paper's
# subscription landing page: a hero line, three plan cards with prices per
# week and month and check-mark features, an FAQ, a gift link. No story.
H = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Subscribe - The Harbor City Tribune</title>
<meta property="og:type" content="website"><meta property="og:description" content="Get unlimited access to The Harbor City Tribune."></head>
<body class="subscribe-page">
<header><a href="/" class="logo">The Harbor City Tribune</a><a href="/login/">Log in</a></header>
<main class="offers">
<h1>Unlimited access to local news you can trust</h1>
<p class="hero-sub">Choose the plan that works for you. Cancel anytime.</p>
<div class="plans">
<div class="plan-card"><h2>Digital</h2><p class="price">$1 for 6 months</p><p class="then">then $15.99/month</p><ul><li>✓ Unlimited articles</li><li>✓ News app</li></ul><a class="btn" href="/checkout/digital/">Subscribe now</a></div>
<div class="plan-card plan-card--best"><span class="badge">Best value</span><h2>All Access</h2><p class="price">$2 per week</p><p class="then">billed every 4 weeks</p><ul><li>✓ Unlimited articles</li><li>✓ E-edition</li><li>✓ Puzzles and games</li></ul><a class="btn" href="/checkout/all/">Subscribe now</a></div>
<div class="plan-card"><h2>Print + Digital</h2><p class="price">$9.99 per week</p><p class="then">Sunday delivery included</p><ul><li>✓ Everything in All Access</li><li>✓ Sunday paper at your door</li></ul><a class="btn" href="/checkout/print/">Subscribe now</a></div>
</div>
<section class="faq"><h2>Frequently asked questions</h2>
<h3>Can I cancel anytime?</h3><p>Yes. You can cancel online in your account settings at any time, and you will keep access until the end of your billing period.</p>
<h3>Do you offer student discounts?</h3><p>Students and teachers get 50% off any digital plan with a valid school e-mail address.</p>
</section>
<p class="gift"><a href="/gift/">Give a subscription as a gift</a></p>
</main>
<footer>© The Harbor City Tribune · <a href="/terms/">Terms of sale</a></footer>
</body></html>
"""
page(part(10), "en-subscribe-landing", "https://www.harborcitytribune.test/subscribe/", [], H,
     ["Unlimited access to local news", "$2 per week", "Frequently asked questions", "Can I cancel anytime?"],
     page_type="non_article", reason="PAYWALL")

# --- 11 de-streaming-preise (article, control): a story about streaming
# services raising their prices, with a table of prices per month and a
# list of plans: an article about subscriptions keeps its prices.
B = [
    ("p", "Wer Filme und Serien streamt, muss im neuen Jahr erneut mehr bezahlen. Drei der großen Anbieter haben für Januar Preiserhöhungen in Deutschland angekündigt, ein vierter zieht im März nach."),
    ("p", "Am stärksten steigt der Preis für das Standard-Abo mit Werbung: Es kostet künftig 5,99 Euro im Monat statt 4,99 Euro. Bestandskunden werden per E-Mail informiert und können bis zum Stichtag kündigen."),
    ("table", [["Abo", "bisher", "ab Januar"], ["Standard mit Werbung", "4,99 € / Monat", "5,99 € / Monat"], ["Standard", "13,99 € / Monat", "14,99 € / Monat"], ["Premium", "19,99 € / Monat", "21,99 € / Monat"]]),
    ("p", "Verbraucherschützer raten, die eigenen Abos zu überprüfen. Viele Haushalte zahlen für mehrere Dienste, nutzen aber nur einen regelmäßig."),
    ("ul", ["Jahresabos sind meist 15 bis 20 Prozent günstiger als monatliche Zahlung.", "Familienabos lohnen sich ab drei Nutzern.", "Wer kündigt, behält den Zugang bis zum Ende des bezahlten Zeitraums."]),
    ("p", "Die Anbieter begründen die Erhöhungen mit gestiegenen Kosten für Lizenzen und eigene Produktionen."),
]
H = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Streaming wird teurer: Diese Preise gelten ab Januar | Verbraucher-Echo</title>
<meta property="og:type" content="article"></head>
<body>
<header class="site-head"><a class="logo" href="/">Verbraucher-Echo</a><nav><a href="/geld/">Geld</a><a href="/digital/">Digital</a><a href="/reise/">Reise</a></nav></header>
<main>
<article class="artikel">
<h1>Streaming wird teurer: Diese Preise gelten ab Januar</h1>
<div class="meta">Von Tobias Kern · 06.12.2026</div>
<div class="artikel-text">
{BODY}
</div>
</article>
<aside class="rail"><h3>Auch interessant</h3><ul><li><a href="/geld/strompreise/">Strompreise sinken im Januar</a></li></ul></aside>
</main>
<footer>© Verbraucher-Echo</footer>
</body></html>
"""
page(part(11), "de-streaming-preise", "https://www.verbraucher-echo.test/digital/streaming-preise-januar/", B,
     H.replace("{BODY}", render(B)),
     ["Auch interessant", "Strompreise sinken", "Von Tobias Kern"],
     must=("5,99 € / Monat", "Jahresabos sind meist 15 bis 20 Prozent günstiger als monatliche Zahlung."))

# --- 12 fr-adhesion-milieu (article; held out): an independent site's
# story with a membership box in the middle (a heading, a paragraph, three
# amounts per month, a button) between two of its paragraphs.
B = [
    ("p", "Dans la vallée de la Drôme, une vingtaine d'agriculteurs ont créé une coopérative pour mutualiser l'irrigation de leurs parcelles. Ils partagent désormais un réseau de goutte-à-goutte alimenté par une seule retenue collinaire."),
    ("p", "Le projet a coûté 640 000 euros, financés pour moitié par l'Agence de l'eau. Les exploitants estiment économiser 30 % d'eau par rapport à l'aspersion."),
    ("raw", '<aside class="encart-adhesion"><h3>Soutenez un média indépendant</h3><p>Notre rédaction ne vit que du soutien de ses lecteurs. Devenez membre et recevez chaque mois notre lettre d\'enquête.</p><div class="montants"><a href="/adherer/?m=5">5 € par mois</a><a href="/adherer/?m=10">10 € par mois</a><a href="/adherer/?m=20">20 € par mois</a></div><a class="bouton" href="/adherer/">Je deviens membre</a></aside>'),
    ("p", "Chaque adhérent paie selon la surface irriguée. Un compteur par parcelle permet de vérifier la consommation, et un salarié à mi-temps gère les tours d'eau pendant l'été."),
    ("p", "D'autres vallées du département ont déjà demandé à visiter l'installation."),
]
H = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Dans la Drôme, des agriculteurs partagent leur eau | Terres Vivantes</title>
<meta property="og:type" content="article"></head>
<body>
<header><a href="/" class="logo">Terres Vivantes</a><nav><a href="/agriculture/">Agriculture</a><a href="/climat/">Climat</a></nav></header>
<main>
<article class="article">
<h1>Dans la Drôme, des agriculteurs partagent leur eau</h1>
<p class="auteur">Par Léa Martin, le 2 décembre 2026</p>
<div class="corps">
{BODY}
</div>
</article>
</main>
<footer>© Terres Vivantes</footer>
</body></html>
"""
page(part(12), "fr-adhesion-milieu", "https://www.terresvivantes.test/agriculture/drome-irrigation-cooperative/", B,
     H.replace("{BODY}", render(B)),
     ["Soutenez un média indépendant", "5 € par mois", "Je deviens membre"],
     must=("D'autres vallées du département ont déjà demandé à visiter l'installation.",))

# --- 13 it-soft-paywall (article, paywalled): a daily's soft paywall with
# a lede of one paragraph of about 60 words, then an offer box with two
# plan cards (prices per month), check-mark benefits and a sign-in line.
B = [
    ("p", "La Regione Piemonte ha stanziato 38 milioni di euro per rinnovare gli impianti di risalita di undici piccole stazioni sciistiche delle valli cuneesi e torinesi. I fondi serviranno a sostituire seggiovie costruite negli anni Ottanta e a installare sistemi di innevamento che consumano meno acqua ed energia, ha spiegato l'assessore alla Montagna durante la presentazione a Torino."),
]
H = """<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Piemonte, 38 milioni per gli impianti delle piccole stazioni | Il Corriere Subalpino</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","isAccessibleForFree":false}</script></head>
<body>
<header><a class="logo" href="/">Il Corriere Subalpino</a><nav><a href="/cronaca/">Cronaca</a><a href="/economia/">Economia</a><a href="/sport/">Sport</a></nav><a href="/abbonati/">Abbonati</a></header>
<main>
<article class="articolo">
<h1>Piemonte, 38 milioni per gli impianti delle piccole stazioni</h1>
<div class="firma">di Marco Bellini · 5 dicembre 2026</div>
<div class="testo">
{BODY}
</div>
<div class="box-abbonamento">
<h2>Continua a leggere con Subalpino+</h2>
<div class="piani">
<div class="piano"><h3>Mensile</h3><p>1 € al mese per 3 mesi</p><p>poi 9,99 € al mese</p><a class="btn" href="/abbonati/mensile/">Abbonati ora</a></div>
<div class="piano"><h3>Annuale</h3><p>79,99 € all'anno</p><p>2 mesi gratis</p><a class="btn" href="/abbonati/annuale/">Abbonati ora</a></div>
</div>
<ul class="vantaggi"><li>✓ Tutti gli articoli senza limiti</li><li>✓ Il giornale digitale sfogliabile</li><li>✓ Disdici quando vuoi</li></ul>
<p>Sei già abbonato? <a href="/accedi/">Accedi</a></p>
</div>
</article>
</main>
<footer>© Il Corriere Subalpino</footer>
</body></html>
"""
page(part(13), "it-soft-paywall", "https://www.corrieresubalpino.test/economia/impianti-risalita-fondi/", B,
     H.replace("{BODY}", render(B)),
     ["Continua a leggere con Subalpino+", "1 € al mese per 3 mesi", "Tutti gli articoli senza limiti", "Sei già abbonato?"],
     paywalled=True, must=("I fondi serviranno a sostituire seggiovie costruite negli anni Ottanta",))

# --- 14 es-promo-lateral (article, control): a free story with a
# subscription promo box (price per month, button) in the rail and a
# "subscribe" link in the header.
B = [
    ("p", "El Ayuntamiento de Zaragoza abrirá en enero un nuevo centro de día para personas mayores en el barrio de Delicias, con capacidad para 60 usuarios y servicio de comedor."),
    ("p", "El edificio, una antigua escuela rehabilitada, ha costado 2,3 millones de euros. Contará con una sala de fisioterapia, un taller de memoria y un patio ajardinado."),
    ("p", "Las solicitudes podrán presentarse desde el 15 de diciembre en las juntas de distrito. Tendrán prioridad las personas que vivan solas y las que cuiden de un familiar dependiente."),
    ("p", "La concejala de Servicios Sociales ha anunciado que el horario se ampliará a los fines de semana si la demanda lo justifica."),
]
H = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Delicias tendrá un nuevo centro de día para mayores | Heraldo del Ebro</title>
<meta property="og:type" content="article"></head>
<body>
<header><a class="logo" href="/">Heraldo del Ebro</a><nav><a href="/zaragoza/">Zaragoza</a><a href="/aragon/">Aragón</a></nav><a class="suscribete" href="/suscripcion/">Suscríbete</a></header>
<div class="layout">
<main>
<article class="noticia">
<h1>Delicias tendrá un nuevo centro de día para mayores</h1>
<p class="firma">Laura Gil · Zaragoza · 04/12/2026</p>
<div class="cuerpo">
{BODY}
</div>
</article>
</main>
<aside class="lateral">
<div class="promo-suscripcion"><h3>Suscríbete al Heraldo del Ebro</h3><p>Todo el periódico digital por 4,99 € al mes.</p><a class="btn" href="/suscripcion/">Quiero suscribirme</a></div>
<div class="lo-mas-visto"><h3>Lo más visto</h3><ul><li><a href="/zaragoza/tranvia/">El tranvía amplía horario en Navidad</a></li></ul></div>
</aside>
</div>
<footer>© Heraldo del Ebro</footer>
</body></html>
"""
page(part(14), "es-promo-lateral", "https://www.heraldodelebro.test/zaragoza/centro-dia-delicias/", B,
     H.replace("{BODY}", render(B)),
     ["Suscríbete al Heraldo del Ebro", "4,99 € al mes", "Quiero suscribirme", "Lo más visto"],
     paywalled=False, must=("La concejala de Servicios Sociales ha anunciado",))

# --- 15 en-gym-prices (article, control; held out): a consumer story
# about gym membership prices with a list of plans and monthly prices and
# a check-mark list of tips: prices and lists about subscriptions are text.
B = [
    ("p", "Gym memberships in the city have risen by an average of 11 percent this year, according to a survey of 40 clubs by the local consumer council."),
    ("p", "The biggest increases were at budget chains, which had kept prices flat during the pandemic. Boutique studios changed least, but remain the most expensive option."),
    ("ul", ["Budget chains: $24.99 a month, up from $19.99", "Mid-range clubs: $49 a month, up from $45", "Boutique studios: $139 a month, unchanged"]),
    ("p", "The council advises members to read the cancellation terms before signing. Several clubs require 30 days' notice in writing, and some charge a fee to freeze a membership."),
    ("ul", ["✓ Ask for a trial week before you sign.", "✓ Check whether the annual fee is included.", "✓ Keep a copy of your cancellation letter."]),
    ("p", "Most clubs offer student and senior rates, but few advertise them."),
]
H = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Gym prices jump 11% as budget chains catch up | Metro Consumer</title>
<meta property="og:type" content="article"></head>
<body>
<header><a class="logo" href="/">Metro Consumer</a><nav><a href="/money/">Money</a><a href="/health/">Health</a></nav><a href="/newsletter/">Newsletter</a></header>
<main>
<article class="story">
<h1>Gym prices jump 11% as budget chains catch up</h1>
<p class="byline">By Dana Price · Dec. 2, 2026</p>
<div class="story__body">
{BODY}
</div>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/money/streaming-prices/">Streaming prices rise again</a></li></ul></aside>
</main>
<footer>© Metro Consumer</footer>
</body></html>
"""
page(part(15), "en-gym-prices", "https://www.metroconsumer.test/money/gym-prices-2026/", B,
     H.replace("{BODY}", render(B)),
     ["Streaming prices rise again", "By Dana Price"],
     must=("Budget chains: $24.99 a month, up from $19.99", "✓ Keep a copy of your cancellation letter."))
