import zlib

from kit import E, page, render

# --- es-wp-gutenberg: Spanish regional news on a WordPress block theme;
# wp-block-list, wp-block-table, a pull quote that is part of the text, a
# quote block, a newsletter box and a related-posts block.
B = [
    ("sf", "El plan prevé aparcamientos disuasorios y un autobús lanzadera hasta la plaza Mayor."),
    ("p", "El Ayuntamiento de Cáceres ha aprobado este martes el plan para peatonalizar las calles del entorno de la plaza Mayor antes del verano de 2027."),
    ("p", "La medida afectará a seis calles del casco histórico, donde hoy circulan a diario unos 3.200 vehículos según los aforos municipales. Los residentes podrán seguir entrando con su coche a los garajes, y la carga y descarga se limitará a la franja de 7 a 11 de la mañana."),
    ("h", "Las calles afectadas"),
    ("table", [
        ["Calle", "Vehículos al día", "Fecha de cierre"],
        ["Pintores", "1.150", "marzo de 2027"],
        ["San Pedro", "780", "marzo de 2027"],
        ["Gallegos", "520", "abril de 2027"],
        ["Moret", "750", "mayo de 2027"],
    ]),
    ("p", "El plan incluye además nuevas zonas de aparcamiento disuasorio en la ronda, con 450 plazas, y un autobús lanzadera cada diez minutos hasta la plaza."),
    ("pull", "Queremos que el centro vuelva a ser un sitio para pasear y no un atajo para los coches."),
    ("p", "Así lo resumió el concejal de Urbanismo, Andrés Muñoz, durante la presentación. Los comerciantes de la zona, sin embargo, temen perder clientes durante las obras."),
    ("quote", "No estamos en contra, pero necesitamos que las obras se hagan por fases y que nadie se quede meses con la calle levantada delante de la tienda.", "Rosa Gil, presidenta de la asociación de comerciantes del centro"),
    ("p", "El Ayuntamiento prevé una inversión de 2,4 millones de euros, de los que el 80 % procede de fondos europeos. Las obras se licitarán en enero."),
    ("p", "Los cambios de tráfico se anunciarán con un mes de antelación:"),
    ("ul", ["en la web municipal y en la aplicación Cáceres Activa,", "con carteles en los accesos al casco histórico,", "y mediante cartas a los vecinos empadronados en la zona."]),
    ("p", "La oposición ha pedido un estudio de impacto en el comercio."),
]
H = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="UTF-8">
<title>Cáceres cerrará al tráfico seis calles del centro histórico en 2027 – Extremadura al Día</title>
<meta name="generator" content="WordPress 6.7">
</head>
<body class="post-template-default single single-post wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-group is-content-justification-space-between is-layout-flex"><p class="wp-block-site-title"><a href="/" rel="home">Extremadura al Día</a></p><nav class="wp-block-navigation is-layout-flex" aria-label="Menú principal"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/badajoz/"><span>Badajoz</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/caceres/"><span>Cáceres</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/merida/"><span>Mérida</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/deportes/"><span>Deportes</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/opinion/"><span>Opinión</span></a></li></ul></nav></div></div></header>
<main class="wp-block-group is-layout-flow" id="wp--skip-link--target">
<div class="wp-block-group has-global-padding is-layout-constrained">
<div class="taxonomy-category wp-block-post-terms"><a href="/caceres/" rel="tag">Cáceres</a><span class="wp-block-post-terms__separator">, </span><a href="/urbanismo/" rel="tag">Urbanismo</a></div>
<h1 class="wp-block-post-title">Cáceres cerrará al tráfico seis calles del centro histórico en 2027</h1>
<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">El plan prevé aparcamientos disuasorios y un autobús lanzadera hasta la plaza Mayor.</p></div>
<div class="wp-block-group is-layout-flex"><div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name">Lucía Barrantes</p></div></div><div class="wp-block-post-date"><time datetime="2026-12-01T13:40:00+01:00">1 de diciembre de 2026</time></div></div>
<figure class="wp-block-post-featured-image"><img src="/wp-content/uploads/2026/12/plaza-mayor.jpg" alt=""></figure>
</div>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">
{BODY}
</div>
<div class="wp-block-group sharedaddy sd-sharing-enabled"><h3 class="sd-title">Comparte esto:</h3><ul><li class="share-facebook"><a href="#">Facebook</a></li><li class="share-x"><a href="#">X</a></li><li class="share-jetpack-whatsapp"><a href="#">WhatsApp</a></li></ul></div>
<div class="wp-block-group has-global-padding"><h2 class="wp-block-heading">Te puede interesar</h2><ul class="wp-block-post-template is-layout-grid"><li class="wp-block-post"><h3 class="wp-block-post-title"><a href="/caceres/bus-urbano-gratis/">El bus urbano será gratis para menores de 18 años</a></h3><div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">La medida entrará en vigor el 1 de febrero y costará 600.000 euros al año&hellip;</p></div></li><li class="wp-block-post"><h3 class="wp-block-post-title"><a href="/caceres/womad/">El Womad vuelve a la parte antigua en mayo</a></h3></li></ul></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding"><p>Extremadura al Día · Diario digital independiente desde 2015</p><p><a href="/aviso-legal/">Aviso legal</a> · <a href="/privacidad/">Política de privacidad</a> · <a href="/cookies/">Política de cookies</a></p></div></footer>
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right"><div class="cmplz-header"><div class="cmplz-title">Gestionar el consentimiento de las cookies</div></div><div class="cmplz-body"><div class="cmplz-message"><p>Para ofrecer las mejores experiencias, utilizamos tecnologías como las cookies para almacenar y/o acceder a la información del dispositivo.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Aceptar</button><button class="cmplz-btn cmplz-deny">Denegar</button><button class="cmplz-btn cmplz-view-preferences">Ver preferencias</button></div></div></div>
</body>
</html>
"""
gb = dict(
    h=lambda t: '<h2 class="wp-block-heading">%s</h2>' % E(t),
    ul=lambda items, li: '<ul class="wp-block-list">%s</ul>' % "".join(li(i) for i in items),
    table=lambda rows: '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>%s</tr></thead><tbody>%s</tbody></table><figcaption class="wp-element-caption">Fuente: aforos del Ayuntamiento de Cáceres, 2026.</figcaption></figure>' % (
        "".join("<th>%s</th>" % E(c) for c in rows[0]), "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r) for r in rows[1:])),
    pull=lambda t: '<figure class="wp-block-pullquote"><blockquote><p>“%s”</p></blockquote></figure>' % E(t),
    quote=lambda t, c: '<blockquote class="wp-block-quote is-layout-flow"><p>%s</p><cite>%s</cite></blockquote>' % (E(t), E(c)),
)
news = '<div class="wp-block-group newsletter-box has-background"><h3 class="wp-block-heading">Recibe cada mañana las noticias de Extremadura</h3><form><input type="email" placeholder="Tu correo electrónico"><button>Suscribirme</button></form></div>'
body = render(B[:6], **gb) + "\n" + news + "\n" + render(B[6:], **gb)
page("tune", "es-wp-gutenberg", "https://extremaduraaldia.test/caceres/peatonalizacion-centro-historico/", B, H.replace("{BODY}", body),
     ["Cáceres cerrará al tráfico seis calles", "Lucía Barrantes", "Fuente: aforos", "Recibe cada mañana", "Suscribirme", "Comparte esto", "Te puede interesar", "El bus urbano será gratis", "Diario digital independiente", "Gestionar el consentimiento", "Ver preferencias"])

# --- es-newsletter: a Spanish newsletter post on a Substack-like platform;
# subscribe widgets inside the story, a numbered list, h3 headings, a
# footnote-like closing line, a comment section.
B = [
    ("sf", "Tres cuentas, un sueldo fijo y un colchón"),
    ("p", "Hola de nuevo."),
    ("p", "Esta semana quiero hablar de algo que me preguntáis mucho por correo: cómo organizo mis finanzas siendo autónoma, con ingresos que cambian cada mes. No soy asesora financiera, así que tomad esto como lo que es: lo que a mí me funciona después de seis años por mi cuenta."),
    ("h3", "Tres cuentas, no una"),
    ("p", "Lo más importante que hice fue separar el dinero en tres cuentas distintas. Parece una tontería, pero cambió por completo cómo vivo los meses flojos."),
    ("ol", [
        "La cuenta de ingresos, donde entran todas las facturas cobradas.",
        "La cuenta de impuestos, a la que paso el 30 % de cada cobro el mismo día que llega.",
        "La cuenta de sueldo, desde la que me pago una cantidad fija el día 1 de cada mes.",
    ]),
    ("p", "El truco está en la tercera: aunque un mes facture el doble, mi sueldo no cambia. Lo que sobra se queda en la cuenta de ingresos y cubre los meses en los que facturo menos."),
    ("h3", "El colchón"),
    ("p", "Tardé casi dos años en reunir un colchón de seis meses de gastos. Ahora mismo no lo toco salvo emergencias reales, y lo tengo en una cuenta remunerada aparte para no verlo cada vez que entro en el banco."),
    ("p", "Si estáis empezando, no os agobiéis con los seis meses. Con uno ya se duerme mejor."),
    ("p", "Nos leemos el jueves que viene."),
]
H = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Mis finanzas de autónoma, paso a paso - por Irene Castaño</title>
<meta property="og:site_name" content="Cuentas Claras">
</head>
<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar-container"><div class="topbar"><a class="navbar-logo" href="/">Cuentas Claras</a><div class="navbar-buttons"><button class="button primary subscribe-btn">Suscribirse</button><a class="button" href="/sign-in">Iniciar sesión</a></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">Mis finanzas de autónoma, paso a paso</h1><h3 class="subtitle">Tres cuentas, un sueldo fijo y un colchón</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="/@irenecastano">Irene Castaño</a></div><div class="post-date">26 nov 2026</div></div>
<div class="post-ufi"><div class="like-button-container"><span class="label">142</span></div><a class="post-ufi-comment-button" href="#comments"><span class="label">23</span></a><a class="post-ufi-button" href="#">Compartir</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">{BODY}</div></div>
<div class="post-footer"><div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>Gracias por leer Cuentas Claras. Suscríbete gratis para recibir nuevos posts.</p></div><form class="form"><input type="email" placeholder="Escribe tu correo..."><input type="submit" value="Suscribirse"></form></div></div></div>
</article>
<div id="comments" class="comments-page"><h4>23 comentarios</h4><div class="comment"><div class="comment-meta"><a href="#">Marta G.</a> <span>26 nov</span></div><div class="comment-body"><p>Lo de la cuenta de impuestos me salvó el primer año. Yo aparto el 35 % por si acaso.</p></div><div class="comment-actions"><a>Responder</a></div></div><div class="comment"><div class="comment-meta"><a href="#">Javier R.</a> <span>27 nov</span></div><div class="comment-body"><p>¿Qué banco usas para la cuenta remunerada? Estoy buscando una.</p></div><div class="comment-actions"><a>Responder</a></div></div></div>
<div class="post-footer-recommendations"><h4>Más de Cuentas Claras</h4><a href="/p/iva-trimestral"><div class="post-preview-title">El IVA trimestral sin sustos</div><div class="post-preview-description">Mi calendario para no llegar a abril con el agua al cuello</div></a><a href="/p/tarifa-plana"><div class="post-preview-title">¿Vale la pena la tarifa plana?</div></a></div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><span>© 2026 Irene Castaño</span> · <a href="/privacy">Privacidad</a> · <a href="/tos">Términos</a> · <a href="/collection-notice">Aviso de recogida</a><div class="footer-cta">Publica en la plataforma</div></div></div>
</div></div>
</body>
</html>
"""
sw = '<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;/subscribe&quot;}"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Cuentas Claras es una publicación gratuita. Para recibir los nuevos posts, suscríbete.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" placeholder="Escribe tu correo..."><input type="submit" class="button primary" value="Suscribirse"></form></div></div>'
li = lambda t: "<li><p>%s</p></li>" % E(t)
body = render(B[:6], li=li) + sw + render(B[6:], li=li)
page("tune", "es-newsletter", "https://cuentasclaras.newsletter.test/p/finanzas-autonoma", B, H.replace("{BODY}", body),
     ["Mis finanzas de autónoma, paso a paso", "Iniciar sesión", "Compartir", "es una publicación gratuita", "Gracias por leer", "Escribe tu correo", "23 comentarios", "aparto el 35", "Qué banco usas", "Más de Cuentas Claras", "El IVA trimestral", "Aviso de recogida"])

# --- es-ayuda-faq (held out): a product help page (questions as headings,
# answers in <div>s, a list of steps, a table of plans) on a shop's help
# centre with a contact box, a "was this helpful" bar and a footer.
B = [
    ("p", "El termostato Calora T3 se conecta a la wifi de casa y se controla desde la aplicación. Aquí respondemos a las preguntas que más nos llegan al servicio de atención al cliente."),
    ("h3", "¿Cómo lo conecto a la wifi?"),
    ("ol", [
        "Mantén pulsado el botón central cinco segundos hasta que la pantalla muestre «AP».",
        "Abre la aplicación Calora y pulsa «Añadir dispositivo».",
        "Elige tu red wifi de 2,4 GHz e introduce la contraseña.",
    ]),
    ("div", "El termostato no funciona con redes de 5 GHz. Si tu router emite las dos bandas con el mismo nombre, puede que tengas que separarlas en los ajustes del router."),
    ("h3", "¿Funciona con mi caldera?"),
    ("div", "Funciona con casi todas las calderas de gas y gasóleo que tienen un termostato de contacto libre de tensión, y con la mayoría de las bombas de calor. No es compatible con calefacción eléctrica de 230 V conectada directamente al termostato."),
    ("h3", "¿Qué incluye cada plan?"),
    ("table", [
        ["Plan", "Precio", "Historial", "Varias zonas"],
        ["Básico", "Gratis", "7 días", "No"],
        ["Hogar", "1,99 € al mes", "2 años", "Hasta 4"],
        ["Hogar Plus", "3,49 € al mes", "Ilimitado", "Hasta 12"],
    ]),
    ("h3", "¿Qué pasa si se corta internet?"),
    ("div", "El termostato sigue funcionando con la última programación guardada. Los cambios que hagas en la aplicación mientras no haya conexión se aplican en cuanto vuelve."),
]
H = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Preguntas frecuentes sobre el termostato Calora T3 | Centro de ayuda Calora</title>
</head>
<body class="help-center article-page">
<div class="announcement-bar">Envío gratis en pedidos de más de 49 € · Devoluciones en 30 días</div>
<header class="header"><div class="logo"><a href="/"><img src="/assets/calora.svg" alt="Calora"></a></div><nav class="user-nav"><a href="/tienda">Tienda</a><a href="/ayuda">Centro de ayuda</a><a href="/pedidos">Mis pedidos</a><a href="/login" class="login">Iniciar sesión</a></nav></header>
<div class="search-box"><form role="search"><input type="search" name="query" placeholder="¿En qué podemos ayudarte?"><button>Buscar</button></form></div>
<div class="container"><div class="article-container" id="article-container">
<aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Artículos en esta sección</h3><ul><li><a href="/ayuda/t3-instalacion" class="sidenav-item">Instalación del Calora T3</a></li><li><a href="/ayuda/t3-faq" class="sidenav-item current-article">Preguntas frecuentes sobre el termostato Calora T3</a></li><li><a href="/ayuda/t3-reset" class="sidenav-item">Restablecer los valores de fábrica</a></li><li><a href="/ayuda/t3-garantia" class="sidenav-item">Garantía y reparaciones</a></li></ul></div></aside>
<article id="main-content" class="article">
<nav class="sub-nav"><ol class="breadcrumbs"><li><a href="/ayuda">Centro de ayuda Calora</a></li><li><a href="/ayuda/termostatos">Termostatos</a></li></ol></nav>
<header class="article-header"><h1 title="Preguntas frecuentes sobre el termostato Calora T3" class="article-title">Preguntas frecuentes sobre el termostato Calora T3</h1><div class="article-author"><div class="article-meta">Actualizado hace 2 meses</div></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">{BODY}</div>
<div class="article-attachments"></div></div>
<footer><div class="article-footer"><div class="article-share"><a href="#" class="share-facebook">Compartir en Facebook</a></div></div>
<div class="article-votes"><span class="article-votes-question" id="article-votes-label">¿Te ha sido útil este artículo?</span><div class="article-votes-controls"><button class="button article-vote article-vote-up">Sí</button><button class="button article-vote article-vote-down">No</button></div><small class="article-votes-count">A 214 de 251 les ha parecido útil</small></div>
<div class="article-more-questions">¿Tienes más preguntas? <a href="/ayuda/solicitud">Enviar una solicitud</a></div></footer>
<section class="related-articles"><h3 class="related-articles-title">Artículos relacionados</h3><ul><li><a href="/ayuda/app-notificaciones">La aplicación no me envía notificaciones</a></li><li><a href="/ayuda/zonas">Cómo crear zonas de calefacción</a></li></ul></section>
</section>
</article></div></div>
<footer class="footer"><div class="footer-inner"><div class="contact-box"><strong>Atención al cliente</strong> Lunes a viernes de 9 a 19 h · 900 100 200 · ayuda@calora.test</div><a href="/aviso-legal">Aviso legal</a> <a href="/privacidad">Privacidad</a> <a href="/cookies">Cookies</a> <span>© 2026 Calora Hogar S.L.</span></div></footer>
</body>
</html>
"""
zd = dict(div=lambda t: "<div>%s</div>" % E(t), h3=lambda t: '<h3 id="h_01H%X">%s</h3>' % (zlib.crc32(t.encode()) % 99999, E(t)),
          li=lambda t: "<li><div>%s</div></li>" % E(t))
page("heldout", "es-ayuda-faq", "https://calora.test/ayuda/t3-faq", B, H.replace("{BODY}", render(B, **zd)),
     ["Envío gratis en pedidos", "Mis pedidos", "¿En qué podemos ayudarte?", "Artículos en esta sección", "Restablecer los valores de fábrica", "Actualizado hace 2 meses", "¿Te ha sido útil este artículo?", "A 214 de 251", "Enviar una solicitud", "Artículos relacionados", "Cómo crear zonas", "Lunes a viernes de 9 a 19 h"])
