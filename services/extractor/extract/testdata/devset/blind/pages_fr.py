from kit import E, page, render

# --- fr-drupal-regional: regional news on Drupal (field--name-body inside
# paragraphs); a one-line chapo, a quote, a numbered list, a short last
# paragraph, comments and a related block.
B = [
    ("lead", "La ligne Clermont-Ferrand – Le Mont-Dore rouvrira au printemps."),
    ("p", "Fermée depuis quatre ans faute d’entretien, la petite ligne qui relie la capitale auvergnate au massif du Sancy va reprendre du service. La Région a voté jeudi une enveloppe de 38 millions d’euros pour remettre en état la voie entre Laqueuille et Le Mont-Dore."),
    ("p", "Les travaux, commencés en septembre, portent sur 23 kilomètres de rails, deux viaducs et une dizaine de passages à niveau. Ils doivent s’achever fin mars."),
    ("quote", "C’est une ligne qui compte pour les saisonniers, pour les lycéens et pour les skieurs. Sans elle, tout le monde reprend la voiture.", "Martine Jouve, maire de La Bourboule"),
    ("p", "Le calendrier de la réouverture se fera en trois temps :"),
    ("ol", [
        "des trains d’essai sans voyageurs à partir du 15 mars ;",
        "quatre allers-retours quotidiens dès le 6 avril ;",
        "six allers-retours et un train direct le samedi pendant la saison d’hiver suivante.",
    ]),
    ("p", "Le trajet entre Clermont-Ferrand et Le Mont-Dore prendra 1 h 35, soit vingt minutes de moins qu’en car. Le billet coûtera 9,80 euros, et les abonnés TER pourront utiliser leur carte sans supplément."),
    ("p", "Les associations d’usagers saluent la décision mais réclament des horaires adaptés aux lycéens, dont les cours commencent à 8 heures à Clermont."),
    ("p", "Une réunion publique est prévue le 12 décembre à La Bourboule."),
]
H = """<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>Le train revient au Mont-Dore : 38 millions pour rouvrir la ligne | L'Écho du Sancy</title>
<meta property="og:description" content="Fermée depuis quatre ans, la ligne reprendra du service au printemps.">
</head>
<body class="path-node page-node-type-article">
<div id="didomi-host"><div class="didomi-popup-container"><div class="didomi-popup-notice"><p class="didomi-popup-notice-text">Avec votre accord, nous et nos 214 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.</p><div class="didomi-buttons"><button id="didomi-notice-agree-button">Accepter &amp; Fermer</button><button class="didomi-components-button">Continuer sans accepter</button></div></div></div></div>
<div class="dialog-off-canvas-main-canvas">
<header class="site-header"><div class="header-top"><a href="/" class="logo">L'Écho du Sancy</a><span class="edition">Édition du 4 décembre 2026</span><a href="/abonnement" class="btn-abo">S'abonner</a><a href="/user/login" class="btn-login">Se connecter</a></div>
<nav class="menu--main"><ul><li><a href="/actualites">Actualités</a></li><li><a href="/clermont-ferrand">Clermont-Ferrand</a></li><li><a href="/sancy">Sancy</a></li><li><a href="/sport">Sport</a></li><li><a href="/economie">Économie</a></li><li><a href="/loisirs">Loisirs</a></li><li><a href="/faits-divers">Faits divers</a></li></ul></nav></header>
<main role="main"><div class="layout-content">
<article role="article" class="node node--type-article node--view-mode-full">
<div class="node__header"><ul class="breadcrumb"><li><a href="/">Accueil</a></li><li><a href="/sancy">Sancy</a></li><li>Transports</li></ul>
<h1 class="node__title"><span class="field field--name-title">Le train revient au Mont-Dore : 38 millions pour rouvrir la ligne</span></h1>
<div class="node__meta"><span class="field--name-field-auteur">Par <a href="/auteur/pierre-chabrol">Pierre Chabrol</a></span> <span class="date">Publié le 04/12/2026 à 06h45, mis à jour à 09h12</span> <span class="reading-time">Lecture 3 min.</span></div>
<div class="share-bar"><a href="#" class="share-facebook">Partager sur Facebook</a><a href="#" class="share-x">Partager sur X</a><a href="#" class="share-mail">Envoyer par e-mail</a><a href="#comments" class="share-comments">5 commentaires</a></div></div>
<div class="field field--name-field-image"><figure><img src="/sites/default/files/styles/large/public/2026-12/viaduc-laqueuille.jpg" alt=""><figcaption>Le viaduc de la Cheire, près de Laqueuille, en cours de rénovation. © Photo Jean Morel</figcaption></figure></div>
<div class="node__content">
<div class="field field--name-field-paragraphs"><div class="paragraph paragraph--type--texte"><div class="clearfix text-formatted field field--name-field-texte">{BODY1}</div></div>
<div class="paragraph paragraph--type--encadre-pub"><div class="ad-slot" data-ad="inread"><span class="ad-label">Publicité</span></div></div>
<div class="paragraph paragraph--type--lire-aussi"><div class="lire-aussi"><span class="lire-aussi__label">À lire aussi</span> <a href="/sancy/la-bourboule-les-thermes-rouvrent">La Bourboule : les thermes rouvrent après deux ans de travaux</a></div></div>
<div class="paragraph paragraph--type--texte"><div class="clearfix text-formatted field field--name-field-texte">{BODY2}</div></div></div>
<div class="field field--name-field-tags"><span>Mots-clés :</span> <a href="/tags/ter">TER</a> <a href="/tags/region">Région Auvergne-Rhône-Alpes</a> <a href="/tags/mont-dore">Le Mont-Dore</a></div>
</div>
</article>
<section class="related"><h2>Sur le même sujet</h2><ul><li><a href="/sancy/neige-de-culture"><img src="/img/neige.jpg" alt=""><span>Neige de culture : le Sancy investit 4 millions</span></a></li><li><a href="/clermont/tram-ligne-b"><img src="/img/tram.jpg" alt=""><span>Tram : la ligne B prolongée jusqu’à Aubière</span></a></li><li><a href="/sancy/car-scolaire"><img src="/img/car.jpg" alt=""><span>Cars scolaires : les parents en colère</span></a></li></ul></section>
<section id="comments" class="comments"><h2>5 commentaires</h2><div class="comment"><div class="comment__author">Gégé63</div><div class="comment__time">il y a 2 heures</div><div class="comment__content"><p>Enfin ! On attendait ça depuis des années. Reste à voir si les horaires suivront.</p></div><a href="#" class="comment-reply">Répondre</a></div><div class="comment"><div class="comment__author">Sophie B.</div><div class="comment__time">il y a 1 heure</div><div class="comment__content"><p>38 millions pour quatre trains par jour, c’est cher payé.</p></div><a href="#" class="comment-reply">Répondre</a></div><p class="comments-login">Pour réagir, <a href="/user/login">connectez-vous</a> ou <a href="/abonnement">abonnez-vous</a>.</p></section>
</div></main>
<footer class="site-footer"><ul><li><a href="/contact">Nous contacter</a></li><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/cgu">CGU</a></li><li><a href="/cookies">Gestion des cookies</a></li></ul><p>© L'Écho du Sancy 2026 – Tous droits réservés</p></footer>
</div>
</body>
</html>
"""
dr = dict(
    lead=lambda t: '<p class="chapo"><strong>%s</strong></p>' % E(t),
    quote=lambda t, c: '<blockquote><p>« %s »</p><footer>%s</footer></blockquote>' % (E(t), E(c)),
)
H = H.replace("{BODY1}", render(B[:4], **dr)).replace("{BODY2}", render(B[4:], **dr))
page("tune", "fr-drupal-regional", "https://echodusancy.test/sancy/transports/le-train-revient-au-mont-dore", B, H,
     ["Le train revient au Mont-Dore : 38 millions", "nos 214 partenaires", "Continuer sans accepter", "S'abonner", "Pierre Chabrol", "Lecture 3 min", "Partager sur Facebook", "Le viaduc de la Cheire", "Publicité", "À lire aussi", "les thermes rouvrent", "Mots-clés", "Sur le même sujet", "Neige de culture", "Enfin ! On attendait", "connectez-vous", "Mentions légales"])

# --- fr-wix-recette: a recipe blog on a site builder (nested divs with
# data-testid, rich-text spans, no <p> around most text); ingredients list,
# numbered steps, a tip after the steps.
B = [
    ("div", "Le far breton, c’est le gâteau de mon enfance."),
    ("div", "Ma grand-mère le faisait tous les dimanches dans un grand plat en terre, et la maison sentait le beurre et la vanille toute l’après-midi. Voici sa recette, à peine modifiée : j’ai seulement réduit un peu le sucre."),
    ("div", "Le secret, c’est de préparer la pâte la veille. Elle repose toute la nuit au frais, et le far est beaucoup plus fondant."),
    ("h", "Ingrédients pour 8 parts"),
    ("ul", ["250 g de farine", "150 g de sucre", "4 œufs", "1 litre de lait entier", "50 g de beurre demi-sel", "250 g de pruneaux dénoyautés", "1 gousse de vanille", "1 pincée de sel"]),
    ("h", "Préparation"),
    ("ol", [
        "Mélangez la farine, le sucre et le sel dans un saladier. Ajoutez les œufs un par un en fouettant.",
        "Faites tiédir le lait avec la gousse de vanille fendue, puis versez-le petit à petit sur la pâte.",
        "Couvrez et laissez reposer une nuit au réfrigérateur.",
        "Le lendemain, beurrez généreusement le plat, répartissez les pruneaux et versez la pâte par-dessus.",
        "Parsemez de noisettes de beurre et faites cuire 1 heure à 200 °C.",
    ]),
    ("div", "Astuce : si le dessus dore trop vite, couvrez le plat d’une feuille de papier cuisson pour les vingt dernières minutes."),
    ("div", "Bon appétit !"),
]
H = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Le far breton de ma grand-mère | Les Carnets de Maëlle</title>
<meta name="generator" content="Wix.com Website Builder">
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root">
<div id="consent-banner-root"><div class="consent-banner" data-hook="consent-banner-root"><p data-hook="consent-banner-text">Ce site utilise des cookies. Vous pouvez modifier vos préférences à tout moment.</p><button data-hook="consent-banner-apply-button">Accepter</button><button data-hook="consent-banner-settings-button">Paramètres</button></div></div>
<header id="SITE_HEADER" class="xQ5Zk"><div class="lvxhkV"><div id="comp-kx1a" class="comp-kx1a wixui-rich-text" data-testid="richTextElement"><p class="font_0"><span class="wixui-rich-text__text">Les Carnets de Maëlle</span></p></div>
<nav id="comp-kx1b" aria-label="Site"><ul class="wixui-dropdown-menu"><li><a href="/" data-testid="linkElement"><div class="StylableButton2545352419__container"><span>Accueil</span></div></a></li><li><a href="/recettes"><span>Recettes</span></a></li><li><a href="/desserts"><span>Desserts</span></a></li><li><a href="/a-propos"><span>À propos</span></a></li><li><a href="/contact"><span>Contact</span></a></li></ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="JsJXaX"><div id="Containerd2v7g"><div data-testid="mesh-container-content">
<div class="post-page" data-hook="post-page"><article data-hook="post">
<div class="blog-post-header"><div data-hook="user-name" class="post-metadata"><span>Maëlle Le Goff</span> <span>·</span> <span data-hook="time-ago">3 nov. 2026</span> <span>·</span> <span data-hook="time-to-read">4 min de lecture</span></div>
<h1 class="blog-post-title-font" data-hook="post-title"><span class="post-title">Le far breton de ma grand-mère</span></h1></div>
<div data-id="content-viewer" data-hook="post-description" class="post-content__body"><div class="rich-content-viewer"><div data-hook="rcv-block-root" class="rce-container">
{BODY}
</div></div></div>
<div data-hook="post-footer"><div class="post-tags"><a href="/blog/hashtags/breizh">#breizh</a> <a href="/blog/hashtags/dessert">#dessert</a></div><div class="share-buttons" data-hook="share-buttons"><button aria-label="Partager sur Facebook">Facebook</button><button aria-label="Partager sur Pinterest">Pinterest</button><button aria-label="Copier le lien">Copier le lien</button></div><div class="post-stats"><span>312 vues</span> <span>4 commentaires</span> <span data-hook="like-button">27 j’aime</span></div></div>
</article>
<section data-hook="recent-posts"><h2>Posts récents</h2><a href="/post/kouign-amann"><div data-hook="post-title">Kouign-amann maison, sans stress</div></a><a href="/post/crepes-sarrasin"><div data-hook="post-title">Galettes de sarrasin : la pâte parfaite</div></a><a href="/post/gateau-breton"><div data-hook="post-title">Gâteau breton au beurre salé</div></a></section>
<section data-hook="comments-root"><div data-hook="comments-header">Commentaires (4)</div><div data-hook="comment"><div data-hook="author-name">Yannick</div><div data-hook="comment-content">Testé ce week-end, succès total auprès des enfants. J’ai mis des raisins secs à la place des pruneaux.</div></div><div data-hook="comment"><div data-hook="author-name">Claire</div><div data-hook="comment-content">Merci pour cette recette, la mienne ressemble exactement à celle de ma mamie.</div></div><div data-hook="comment-box">Écrire un commentaire...</div></section>
</div></div></div></div></div></main>
<footer id="SITE_FOOTER"><div class="wixui-rich-text"><p>© 2026 par Les Carnets de Maëlle. Créé avec Wix.com</p><p><a href="/mentions-legales">Mentions légales</a></p></div></footer>
</div></div></div>
</body>
</html>
"""
wx = dict(
    div=lambda t: '<div dir="auto" class="_2PHJq public-DraftStyleDefault-ltr" data-hook="rcv-block"><span class="_2PHJq">%s</span></div>' % E(t),
    h=lambda t: '<h2 dir="auto" class="_1j-51 _1FoOD" data-hook="rcv-block"><span>%s</span></h2>' % E(t),
    li=lambda t: '<li dir="auto" class="_3tKGi"><div class="_2PHJq"><span>%s</span></div></li>' % E(t),
    ul=lambda items, li: '<ul class="_1cwas">%s</ul>' % "".join(li(i) for i in items),
    ol=lambda items, li: '<ol class="_3yNP4">%s</ol>' % "".join(li(i) for i in items),
)
body = render(B[:3], **wx) + '\n<div data-hook="rcv-block" class="image-block"><figure><img src="/media/far.jpg" alt=""><figcaption>Le far, juste sorti du four.</figcaption></figure></div>\n' + render(B[3:], **wx)
page("tune", "fr-wix-recette", "https://carnetsdemaelle.test/post/far-breton-grand-mere", B, H.replace("{BODY}", body),
     ["Le far breton de ma grand-mère", "Ce site utilise des cookies", "Paramètres", "Maëlle Le Goff", "4 min de lecture", "juste sorti du four", "#breizh", "Copier le lien", "312 vues", "Posts récents", "Kouign-amann", "Testé ce week-end", "Écrire un commentaire", "Créé avec Wix"])

# --- fr-joomla-mairie (held out): a town hall's notice on an old Joomla
# template (tables for layout), text separated by <br>, a table of hours,
# a bulleted list.
B = [
    ("p", "À compter du lundi 5 janvier 2027, la médiathèque municipale change ses horaires d’ouverture."),
    ("brp", [
        "Après une consultation menée cet automne auprès de 640 usagers, la municipalité a décidé d’ouvrir davantage le samedi et le mercredi, jours où la fréquentation est la plus forte.",
        "En contrepartie, la médiathèque sera fermée le lundi matin, consacré désormais à l’accueil des classes des écoles de la commune.",
    ]),
    ("table", [
        ["Jour", "Horaires actuels", "À partir du 5 janvier"],
        ["Lundi", "10h – 12h / 14h – 18h", "14h – 18h"],
        ["Mercredi", "10h – 12h / 14h – 18h", "10h – 18h sans interruption"],
        ["Vendredi", "14h – 19h", "14h – 19h"],
        ["Samedi", "10h – 12h", "10h – 17h"],
    ]),
    ("p", "Plusieurs nouveaux services accompagnent ce changement :"),
    ("ul", [
        "une boîte de retour accessible jour et nuit devant l’entrée,",
        "le prêt de liseuses et de jeux de société,",
        "un atelier numérique gratuit chaque premier samedi du mois.",
    ]),
    ("p", "L’inscription reste gratuite pour les habitants de la commune."),
]
H = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr-fr" lang="fr-fr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>Mairie de Saint-Aubin-sur-Loire - Médiathèque : nouveaux horaires</title>
</head>
<body>
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center" id="main">
<tr><td colspan="3" id="header"><img src="/templates/mairie/images/bandeau.jpg" alt="Mairie de Saint-Aubin-sur-Loire" /><div id="topmenu"><a href="/" class="mainlevel">Accueil</a> | <a href="/mairie" class="mainlevel">La mairie</a> | <a href="/vie-pratique" class="mainlevel">Vie pratique</a> | <a href="/enfance" class="mainlevel">Enfance-jeunesse</a> | <a href="/culture" class="mainlevel" id="active_menu">Culture et loisirs</a> | <a href="/associations" class="mainlevel">Associations</a></div></td></tr>
<tr>
<td width="190" valign="top" id="left"><div class="moduletable"><h3>Culture et loisirs</h3><ul class="menu"><li><a href="/culture/mediatheque">Médiathèque</a></li><li><a href="/culture/salle-des-fetes">Salle des fêtes</a></li><li><a href="/culture/cinema">Cinéma</a></li><li><a href="/culture/sentiers">Sentiers de randonnée</a></li></ul></div><div class="moduletable"><h3>Horaires de la mairie</h3>Du lundi au vendredi<br />9h – 12h et 14h – 17h<br />Samedi 9h – 12h</div></td>
<td valign="top" id="content">
<span class="breadcrumbs pathway"><a href="/" class="pathway">Accueil</a> <img src="/templates/mairie/images/arrow.png" alt="" /> <a href="/culture" class="pathway">Culture et loisirs</a> <img src="/templates/mairie/images/arrow.png" alt="" /> Médiathèque : nouveaux horaires</span>
<table class="contentpaneopen"><tr><td class="contentheading" width="100%">Médiathèque : nouveaux horaires à partir du 5 janvier</td><td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;id=212&amp;format=pdf" title="PDF"><img src="/images/M_images/pdf_button.png" alt="PDF" /></a></td><td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;id=212&amp;print=1" title="Imprimer"><img src="/images/M_images/printButton.png" alt="Imprimer" /></a></td></tr></table>
<table class="contentpaneopen"><tr><td valign="top"><span class="small">Écrit par Service communication</span></td></tr><tr><td valign="top" class="createdate">Mardi, 01 Décembre 2026 10:12</td></tr>
<tr><td valign="top">{BODY}</td></tr>
<tr><td class="modifydate">Mise à jour le Mercredi, 02 Décembre 2026 08:40</td></tr></table>
<span class="article_separator">&nbsp;</span>
</td>
<td width="190" valign="top" id="right"><div class="moduletable"><h3>Agenda</h3><ul class="latestnews"><li class="latestnews"><a href="/agenda/marche-de-noel" class="latestnews">12/12 Marché de Noël</a></li><li class="latestnews"><a href="/agenda/concert" class="latestnews">19/12 Concert de la chorale</a></li><li class="latestnews"><a href="/agenda/voeux" class="latestnews">09/01 Vœux du maire</a></li></ul></div><div class="moduletable"><h3>Météo</h3>Saint-Aubin : 7 °C, nuageux</div></td>
</tr>
<tr><td colspan="3" id="footer">Mairie de Saint-Aubin-sur-Loire – 2 place de l’Église – 49320 Saint-Aubin-sur-Loire – Tél. 02 41 00 00 00<br /><a href="/mentions-legales">Mentions légales</a> – <a href="/plan-du-site">Plan du site</a></td></tr>
</table>
</body>
</html>
"""
jm = dict(
    brp=lambda paras: "%s<br /><br />" % "<br /><br />".join(E(p) for p in paras),
    p=lambda t: "%s<br /><br />" % E(t),
    table=lambda rows: '<table border="1" cellpadding="4" cellspacing="0" style="width: 90%%;"><tbody>%s</tbody></table>' % "".join(
        "<tr>%s</tr>" % "".join("<td>%s</td>" % (("<strong>%s</strong>" if i == 0 else "%s") % E(c)) for c in r) for i, r in enumerate(rows)),
)
body = render([B[0]], p=lambda t: "<p><strong>%s</strong></p>" % E(t)) + render(B[1:], **jm)
page("heldout", "fr-joomla-mairie", "http://saint-aubin-sur-loire.test/culture/mediatheque/212-nouveaux-horaires", B, H.replace("{BODY}", body),
     ["Médiathèque : nouveaux horaires à partir du 5 janvier", "Vie pratique", "Salle des fêtes", "Horaires de la mairie", "Écrit par Service communication", "Mise à jour le", "Marché de Noël", "Météo", "2 place de l’Église", "Plan du site"])
