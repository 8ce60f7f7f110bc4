from kit import E, page, render

# --- ru-habr-blog: a Russian tech blog post in the markup of a large
# developer community (article-formatted-body, text straight in a <div>
# with <br> between paragraphs, headings, a code block, a list), with
# hubs, votes, comments and a sidebar.
B = [
    ("brp", [
        "Привет, Хабр! Меня зовут Алексей, я бэкенд-разработчик в небольшой логистической компании.",
        "Полгода назад мы перевели очередь заказов с RabbitMQ на PostgreSQL и ни разу об этом не пожалели. Расскажу, почему мы так сделали, как устроена очередь и где мы наступили на грабли.",
    ]),
    ("h", "Почему не брокер"),
    ("brp", [
        "Нагрузка у нас скромная: около 40 тысяч заказов в сутки, в пике — 15 сообщений в секунду. При этом RabbitMQ требовал отдельного сопровождения, а два раза за год терял сообщения при переезде виртуальных машин.",
        "Главный довод оказался другим: заказ и сообщение о нём должны появляться в одной транзакции. С брокером это требует паттерна outbox, то есть той же таблицы в базе. Так зачем нам ещё и брокер?",
    ]),
    ("h", "Как устроена очередь"),
    ("div", "Таблица простая, а воркеры забирают задачи запросом с блокировкой строк:"),
    ("code", "SELECT id, payload FROM jobs\nWHERE run_at <= now()\nORDER BY run_at\nLIMIT 10\nFOR UPDATE SKIP LOCKED;"),
    ("div", "SKIP LOCKED позволяет нескольким воркерам работать параллельно и не ждать друг друга."),
    ("h", "Грабли"),
    ("ul", [
        "Без индекса по run_at запрос деградировал уже на миллионе строк.",
        "Удалённые задачи раздували таблицу, пока мы не настроили autovacuum агрессивнее.",
        "Долгие транзакции в отчётах мешали очистке, их пришлось вынести на реплику.",
    ]),
    ("div", "Итог: минус один сервис, ноль потерянных заказов за полгода. Вопросы задавайте в комментариях."),
]
H = """<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Очередь на PostgreSQL вместо RabbitMQ: полгода в проде / Хабр</title>
</head>
<body>
<div id="app"><div class="tm-layout__wrapper"><div class="tm-layout">
<div class="tm-header"><div class="tm-page-width"><div class="tm-header__container"><a href="/ru/feed/" class="tm-header__logo-wrap">Хабр</a><nav class="tm-header-nav"><a href="/ru/feed/" class="tm-header-nav__item">Моя лента</a><a href="/ru/articles/" class="tm-header-nav__item">Все потоки</a><a href="/ru/flows/develop/" class="tm-header-nav__item">Разработка</a><a href="/ru/flows/admin/" class="tm-header-nav__item">Администрирование</a><a href="/ru/flows/design/" class="tm-header-nav__item">Дизайн</a></nav><div class="tm-header-user-menu"><a href="/kek/v1/auth/habrahabr/" class="tm-header-user-menu__login">Войти</a></div></div></div></div>
<div class="tm-page-width"><div class="tm-page__wrapper"><div class="tm-page__main tm-page__main_has-sidebar">
<div class="tm-article-presenter"><div class="tm-article-presenter__body"><div class="tm-misprint-area"><div class="tm-misprint-area__wrapper">
<article class="tm-article-presenter__content tm-article-presenter__content_narrow">
<div class="tm-article-presenter__header"><div class="tm-article-snippet tm-article-snippet">
<div class="tm-article-snippet__meta-container"><div class="tm-article-snippet__meta"><span class="tm-user-info tm-article-snippet__author"><a href="/ru/users/aleksey_k/" class="tm-user-info__username">aleksey_k</a></span><span class="tm-article-datetime-published"><time datetime="2026-11-20T09:15:01.000Z" title="2026-11-20, 12:15">20 ноя в 12:15</time></span></div></div>
<h1 lang="ru" class="tm-title tm-title_h1"><span>Очередь на PostgreSQL вместо RabbitMQ: полгода в проде</span></h1>
<div class="tm-article-snippet__stats"><div class="tm-article-complexity">Средний</div><div class="tm-article-reading-time"><span class="tm-article-reading-time__label">7 мин</span></div><span class="tm-icon-counter tm-data-icons__item"><span class="tm-icon-counter__value">12K</span></span></div>
<div class="tm-publication-hubs__container"><div class="tm-publication-hubs"><span class="tm-publication-hub__link-container"><a href="/ru/hubs/postgresql/" class="tm-publication-hub__link"><span>PostgreSQL</span><span title="Профильный хаб">*</span></a></span><span class="tm-publication-hub__link-container"><a href="/ru/hubs/backend/" class="tm-publication-hub__link"><span>Бэкенд</span></a></span></div></div>
<div class="tm-article-labels"><span class="tm-article-labels__item">Кейс</span></div>
</div></div>
<div class="tm-article-body"><div id="post-content-body"><div><div class="article-formatted-body article-formatted-body article-formatted-body_version-1"><div xmlns="http://www.w3.org/1999/xhtml">{BODY}</div></div></div></div></div>
<div class="tm-article-presenter__meta"><div class="tm-separated-list tm-article-presenter__meta-list"><span class="tm-separated-list__title">Теги:</span><ul class="tm-separated-list__list"><li class="tm-separated-list__item"><a href="/ru/search/?target_type=posts&amp;order=relevance&amp;q=[postgresql]" class="tm-tags-list__link"><span>postgresql</span></a></li><li class="tm-separated-list__item"><a href="#" class="tm-tags-list__link"><span>очереди</span></a></li><li class="tm-separated-list__item"><a href="#" class="tm-tags-list__link"><span>skip locked</span></a></li></ul></div><div class="tm-separated-list"><span class="tm-separated-list__title">Хабы:</span><ul class="tm-separated-list__list"><li><a href="/ru/hubs/postgresql/">PostgreSQL</a></li><li><a href="/ru/hubs/backend/">Бэкенд</a></li></ul></div></div>
</article>
</div></div></div>
<div class="tm-article-sticky-panel"><div class="tm-data-icons tm-data-icons_space-big"><div class="tm-votes-meter"><span class="tm-votes-meter__value tm-votes-meter__value_positive">+47</span></div><span class="tm-icon-counter"><span class="tm-icon-counter__value">12K</span></span><button class="bookmarks-button"><span class="bookmarks-button__counter">203</span></button><a href="#comments" class="tm-article-comments-counter-link"><span class="tm-article-comments-counter-link__value">58</span></a><button class="tm-sharing">Поделиться</button></div></div>
<div class="tm-article-presenter__footer"><div class="tm-article-author"><div class="tm-user-card"><a href="/ru/users/aleksey_k/" class="tm-user-card__title">Алексей Кравцов</a><div class="tm-user-card__short-info">Бэкенд-разработчик, Go и PostgreSQL</div><button class="tm-user-card__subscribe">Подписаться</button></div></div></div>
<div class="tm-comments-wrapper"><div id="comments" class="tm-comments"><h2 class="tm-comments-wrapper__title">Комментарии 58</h2>
<section class="tm-comment-thread"><article class="tm-comment-thread__comment"><div class="tm-comment"><div class="tm-comment__header"><a href="/ru/users/pgfan/" class="tm-user-info__username">pgfan</a><time>20 ноя в 12:40</time></div><div class="tm-comment__body-content"><div xmlns="http://www.w3.org/1999/xhtml">А как вы решаете повторную доставку, если воркер упал посередине обработки? Таймаут на блокировку?</div></div><div class="tm-comment-footer"><button class="tm-comment-footer__button">Ответить</button></div></div></article></section>
<section class="tm-comment-thread"><article class="tm-comment-thread__comment"><div class="tm-comment"><div class="tm-comment__header"><a href="/ru/users/rabbit_lover/" class="tm-user-info__username">rabbit_lover</a><time>20 ноя в 13:02</time></div><div class="tm-comment__body-content"><div xmlns="http://www.w3.org/1999/xhtml">При 15 сообщениях в секунду любая очередь справится. Интереснее было бы посмотреть на тысячу.</div></div><div class="tm-comment-footer"><button class="tm-comment-footer__button">Ответить</button></div></div></article></section>
</div></div>
</div>
<div class="tm-page__sidebar"><div class="tm-layout-sidebar"><div class="tm-sexy-sidebar"><section class="tm-block tm-block_spacing-around"><header class="tm-block__header"><h2 class="tm-block__title">Публикации</h2></header><div class="tm-block__body"><ul class="tm-article-list"><li><a href="/ru/articles/870001/">Как мы ускорили CI в три раза</a></li><li><a href="/ru/articles/870002/">Go 1.26: что нового для бэкенда</a></li><li><a href="/ru/articles/870003/">Зачем нам три реплики и один мастер</a></li></ul></div></section>
<section class="tm-block"><header class="tm-block__header"><h2 class="tm-block__title">Работа</h2></header><div class="tm-block__body"><div class="tm-vacancy-block"><a href="#">Backend-разработчик (Go)</a><span>от 250 000 ₽</span></div></div></section></div></div></div>
</div></div></div>
<footer class="tm-footer"><div class="tm-footer__container"><div class="tm-footer-menu"><h3>Ваш аккаунт</h3><ul><li><a href="#">Войти</a></li><li><a href="#">Регистрация</a></li></ul></div><div class="tm-footer-copyright">© 2006–2026, Habr</div></div></footer>
</div></div></div>
</body>
</html>
"""
hb = dict(
    brp=lambda paras: "%s<br>\n<br>\n" % "<br>\n<br>\n".join(E(p) for p in paras),
    div=lambda t: "%s<br>\n" % E(t),
    h=lambda t: "<h2>%s</h2>" % E(t),
    code=lambda t: '<pre><code class="sql">%s</code></pre>' % E(t),
)
page("tune", "ru-habr-blog", "https://habr.test/ru/articles/870000/", B, H.replace("{BODY}", render(B, **hb)),
     ["Очередь на PostgreSQL вместо RabbitMQ: полгода в проде", "Моя лента", "Войти", "20 ноя в 12:15", "7 мин", "Профильный хаб", "Кейс", "Теги:", "Поделиться", "Бэкенд-разработчик, Go и PostgreSQL", "Комментарии 58", "повторную доставку", "Интереснее было бы", "Публикации", "Как мы ускорили CI", "от 250 000", "Регистрация"])

# --- ru-vc-news: a Russian business-media post built from editor blocks
# (each block a div, text in divs without <p>, a quote block, a numbered
# list, a table), with a reactions bar, a subscription prompt and a feed.
B = [
    ("div", "Сеть кофеен «Зерно» из Казани закрыла сделку по продаже 30 % компании фонду «Волга Капитал». Сумма не раскрывается, но, по данным издания, компанию оценили примерно в 1,2 млрд рублей."),
    ("div", "Сеть открылась в 2019 году и сейчас насчитывает 48 кофеен в Казани, Набережных Челнах и Ульяновске. Выручка за 2025 год составила 910 млн рублей, на 40 % больше, чем годом ранее."),
    ("h", "На что пойдут деньги"),
    ("ol", [
        "открытие 35 кофеен в Самаре и Нижнем Новгороде до конца 2027 года;",
        "собственный обжарочный цех мощностью 20 тонн в месяц;",
        "приложение с предзаказом и программой лояльности.",
    ]),
    ("quote", "Мы долго искали партнёра, который понимает региональный рынок. Москва нам пока не интересна: в городах-миллионниках Поволжья конкуренция ниже, а аренда в три раза дешевле.", "Ильдар Сафин, основатель сети"),
    ("h", "Показатели сети"),
    ("table", [
        ["Показатель", "2024", "2025"],
        ["Кофеен", "31", "48"],
        ["Выручка, млн руб.", "650", "910"],
        ["Средний чек, руб.", "390", "435"],
    ]),
    ("div", "Фонд «Волга Капитал» с 2021 года вложил деньги в девять компаний из Татарстана и Самарской области, в основном из сферы общепита и розницы."),
    ("div", "Сделку сопровождала юридическая фирма «Рахимов и партнёры»."),
]
H = """<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Казанская сеть кофеен «Зерно» продала 30 % фонду — Бизнес на vc</title>
</head>
<body>
<div class="app"><div class="layout">
<div class="header"><div class="header__layout"><a href="/" class="header__logo">vc</a><div class="header__search"><input type="text" placeholder="Поиск"></div><a class="button button--default header__new-entry" href="/editor">Написать</a><a class="header__login" href="/login">Войти</a></div></div>
<div class="sidebar"><nav class="sidebar__main"><a class="sidebar-item" href="/popular">Популярное</a><a class="sidebar-item" href="/new">Свежее</a><a class="sidebar-item" href="/my">Моя лента</a></nav><div class="sidebar__section"><div class="sidebar__title">Темы</div><a class="sidebar-item" href="/money">Финансы</a><a class="sidebar-item" href="/marketing">Маркетинг</a><a class="sidebar-item" href="/hr">Карьера</a><a class="sidebar-item" href="/business">Бизнес</a></div></div>
<div class="view"><div class="content content--full"><div class="entry">
<div class="content-header"><div class="content-header__info"><a class="content-header-author" href="/u/2045-dmitriy-orlov"><span class="content-header-author__name">Дмитрий Орлов</span></a><a class="content-header__item content-header-number" href="/business">Бизнес</a><time class="time" datetime="2026-11-30T10:00:00+03:00">30 ноя</time></div></div>
<h1 class="content-title">Казанская сеть кофеен «Зерно» продала 30 % фонду «Волга Капитал»</h1>
<div class="content content--full">{BODY}</div>
<div class="content-footer"><div class="reactions"><button class="reaction">🔥 84</button><button class="reaction">👍 31</button></div><div class="content-footer__item"><a href="#comments" class="comments-counter">56 комментариев</a></div><div class="content-footer__item"><button class="bookmark">В закладки</button></div><div class="content-footer__item"><button class="share">Поделиться</button></div></div>
<div class="subsite-card"><div class="subsite-card__name">Бизнес</div><div class="subsite-card__description">Истории компаний, сделки и деньги</div><button class="subscribe-button">Подписаться</button></div>
</div>
<div class="comments" id="comments"><div class="comments__title">56 комментариев</div><div class="comment"><div class="comment__author">Марат Г.</div><div class="comment__text">Хорошая сеть, кофе у них правда лучше, чем у федералов. Удачи в Самаре!</div><div class="comment__actions"><span>Ответить</span></div></div><div class="comment"><div class="comment__author">Анонимный инвестор</div><div class="comment__text">Миллиард при выручке в девятьсот миллионов — смело.</div><div class="comment__actions"><span>Ответить</span></div></div></div>
<div class="feed"><div class="feed__title">Читать ещё</div><div class="feed__item"><a href="/business/1500123">Производитель мебели из Пензы вышел на маркетплейсы и вырос втрое</a></div><div class="feed__item"><a href="/business/1500124">Как открыть пекарню и не разориться: опыт трёх предпринимателей</a></div></div>
</div></div>
<div class="footer">© 2026 vc · <a href="/rules">Правила</a> · <a href="/ads">Реклама</a></div>
</div></div>
</body>
</html>
"""
vc = dict(
    div=lambda t: '<div class="block-wrapper block-wrapper--default"><div class="block-text">%s</div></div>' % E(t),
    h=lambda t: '<div class="block-wrapper block-wrapper--default"><h2 class="block-header">%s</h2></div>' % E(t),
    ol=lambda items, li: '<div class="block-wrapper block-wrapper--default"><div class="block-list"><ol>%s</ol></div></div>' % "".join(li(i) for i in items),
    quote=lambda t, c: '<div class="block-wrapper block-wrapper--default"><div class="block-quote"><div class="block-quote__text">%s</div><div class="block-quote__subline">%s</div></div></div>' % (E(t), E(c)),
    table=lambda rows: '<div class="block-wrapper block-wrapper--default"><div class="block-table"><table>%s</table></div></div>' % "".join(
        "<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r) for r in rows),
)
ad = '<div class="block-wrapper block-wrapper--default"><div class="block-media"><figure><img src="/img/zerno.jpg" alt=""><figcaption class="block-media__caption">Кофейня «Зерно» на улице Баумана</figcaption></figure></div></div>'
page("tune", "ru-vc-news", "https://vc.test/business/1500100-kazanskaya-set-kofeen-zerno", B, H.replace("{BODY}", render(B[:2], **vc) + ad + render(B[2:], **vc)),
     ["Казанская сеть кофеен «Зерно» продала 30 % фонду «Волга Капитал»", "Написать", "Популярное", "Маркетинг", "Дмитрий Орлов", "на улице Баумана", "В закладки", "Поделиться", "Истории компаний", "56 комментариев", "Удачи в Самаре", "смело", "Читать ещё", "Производитель мебели", "Правила"])

# --- ru-gorod-news (held out): a city news site on an old Bitrix-style
# template; text in a <div> with <br>, a quote, a list, a short last line,
# a "see also" block and a footer with counters.
B = [
    ("div", "В Ярославле с 1 декабря подорожал проезд в общественном транспорте."),
    ("brp", [
        "Стоимость поездки при оплате банковской картой выросла с 38 до 42 рублей, при оплате наличными — с 45 до 50 рублей. Цена проездного на месяц осталась прежней — 2 100 рублей.",
        "В мэрии объясняют повышение ростом цен на топливо и запчасти. По словам заместителя мэра Сергея Карпова, перевозчики несут убытки с весны.",
    ]),
    ("quote", "Мы сохранили цену проездного, чтобы повышение не ударило по тем, кто ездит каждый день. Для школьников и пенсионеров льготы тоже остаются.", ""),
    ("div", "Льготный проезд по-прежнему положен:"),
    ("ul", ["пенсионерам по старости — бесплатно по социальной карте;", "школьникам — 21 рубль за поездку;", "студентам очной формы — проездной за 1 050 рублей."]),
    ("div", "Новые тарифы действуют на всех городских маршрутах автобусов, троллейбусов и трамваев."),
]
H = """<!DOCTYPE html>
<html lang="ru">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Проезд в Ярославле подорожал до 42 рублей - Новости Ярославля - ЯрГород</title>
</head>
<body>
<div id="panel"></div>
<div class="wrapper">
<div class="top-line"><span class="top-line__date">Понедельник, 1 декабря</span> <span class="top-line__weather">Ярославль −4°</span> <span class="top-line__currency">USD 92,10 · EUR 99,45</span></div>
<div class="header"><a href="/" class="logo"><img src="/bitrix/templates/yargorod/images/logo.png" alt="ЯрГород"></a><ul class="main-menu"><li><a href="/news/">Новости</a></li><li><a href="/news/society/">Общество</a></li><li><a href="/news/transport/" class="selected">Транспорт</a></li><li><a href="/news/incidents/">Происшествия</a></li><li><a href="/afisha/">Афиша</a></li><li><a href="/board/">Объявления</a></li></ul></div>
<div class="content-wrap"><div class="left-col">
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/news/">Новости</a> / <a href="/news/transport/">Транспорт</a></div>
<div class="news-detail">
<h1>Проезд в Ярославле подорожал до 42 рублей</h1>
<span class="news-date-time">01.12.2026 09:30</span> <span class="news-views">Просмотров: 3 412</span>
<img class="detail_picture" border="0" src="/upload/iblock/5a1/bus.jpg" alt="Автобус на Красной площади"><div class="photo-sign">Фото: пресс-служба мэрии</div>
{BODY}
<div style="clear:both"></div><br>
<div class="news-detail-share"><span>Поделиться:</span> <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<div class="news-detail-source">Источник: ЯрГород</div>
</div>
<div class="news-also"><div class="news-also__title">Читайте также</div><ul><li><a href="/news/transport/12301/">На Московском проспекте заменят трамвайные пути</a></li><li><a href="/news/transport/12288/">В Ярославле появятся электробусы</a></li><li><a href="/news/society/12290/">Мэрия объявила конкурс на перевозки</a></li></ul></div>
<div class="comments-block"><div class="comments-title">Комментарии (14)</div><div class="comment-item"><b>Ольга</b> <span>01.12.2026 10:12</span><div class="comment-text">Опять подорожание, а автобусы ходят всё реже.</div></div><div class="comment-item"><b>Виктор</b> <span>01.12.2026 10:40</span><div class="comment-text">Хорошо хоть проездной не тронули.</div></div><form class="comment-form">Чтобы оставить комментарий, <a href="/auth/">авторизуйтесь</a>.</form></div>
</div>
<div class="right-col"><div class="popular-news"><div class="block-title">Популярное</div><a href="/news/incidents/12299/">На Ленинградском проспекте столкнулись три машины</a><a href="/news/society/12295/">Каток на Советской площади откроется 20 декабря</a></div><div class="banner-240">Реклама</div></div>
</div>
<div class="footer">© 2008–2026 ЯрГород. Сетевое издание. При перепечатке ссылка обязательна. 16+<br><a href="/about/">О проекте</a> | <a href="/ads/">Реклама на сайте</a> | <a href="/contacts/">Контакты</a></div>
</div>
</body>
</html>
"""
bx = dict(
    div=lambda t: "%s<br>\n" % E(t),
    brp=lambda paras: "<br>\n%s<br>\n<br>\n" % "<br>\n<br>\n".join(E(p) for p in paras),
    quote=lambda t, c: "<blockquote>«%s»</blockquote>" % E(t),
)
body = "<b>%s</b><br>\n" % E(B[0][1]) + render(B[1:], **bx)
page("heldout", "ru-gorod-news", "https://yargorod.test/news/transport/12305/", B, H.replace("{BODY}", body),
     ["Проезд в Ярославле подорожал до 42 рублей", "Понедельник, 1 декабря", "USD 92,10", "Происшествия", "Главная", "Просмотров", "Фото: пресс-служба мэрии", "Поделиться", "Источник: ЯрГород", "Читайте также", "заменят трамвайные пути", "Комментарии (14)", "автобусы ходят всё реже", "авторизуйтесь", "Каток на Советской", "При перепечатке"])
