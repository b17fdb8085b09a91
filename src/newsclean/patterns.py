r"""Phrases that name a line's role, in the major European languages.

These are the words a web developer writes on buttons and section headings:
"Share", "Advertisement", "Leave a reply", "Most read". They only decide a
label on short lines (a paragraph that mentions "cookies" is still a
paragraph), and each pattern is a flat alternation with bounded repeats, so
it runs in linear time on any line.

Most patterns are written in lower case and matched against the lower-cased
line with the standard library's ``re`` and no IGNORECASE flag: literal
alternations run about ten times faster that way, and these run on every line
of every page. The few that need letter classes (``\p{Lu}``) use ``regex`` on
the original line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, chain

import attrs
import regex


def _lower(pattern: str) -> re.Pattern[str]:
    """Compile a lower-case pattern, to be matched against ``line.lower()``."""
    return re.compile(pattern)


# The site's own controls: log-in, account, search, close, skip links, and
# its software's credit. The TAXONOMY counts log-in and search as boilerplate
# even when they stand in a menu list, unlike the pages a menu links to (an
# "Advertising" item in a menu leads to a page for advertisers: navigation).
_CONTROLS = (
    r"log ?(?:in|out)|sign ?(?:in|out|up)|register|anmelden|abmelden|registrieren|connexion|"
    r"déconnexion|s'inscrire|iniciar sesión|cerrar sesión|registrarse|accedi|zaloguj(?: się)?|"
    r"wyloguj(?: się)?|giriş yap|(?:my )?account|mein konto|mon compte|mi cuenta|"
    r"search(?: (?:form|box|bar|in \w+))?|type to search.{0,10}|suche|rechercher|buscar|cerca|"
    # A search box's label that names what it searches: "Search quotes",
    # "SEARCH AutoIndustriya.com", "web search".
    r"search (?:the )?(?:site|website|quotes|news|articles|archives?)|"
    r"search [\w-]{2,40}\.(?:com|net|org|de|co\.uk)|web search|"
    r"szukaj|ara|close(?: (?:search|menu|window|ad))?|x close|schließen|fermer|cerrar|chiudi|"
    r"(?:menü|menu) (?:schließen|öffnen)|open menu|fermer le menu|cerrar (?:el )?menú|"
    # A read-aloud player's button: "Vorlesen", "Listen to this article".
    r"(?:artikel )?vorlesen|artikel anhören|listen to (?:this )?(?:article|story)|"
    r"écouter (?:l'|cet )article|escuchar (?:la )?noticia|"
    r"zamknij|kapat|×|✕|skip to .{0,30}|skip navigation|skip ad|"
    # An ad's page between two of the site's: "Continue to IndieWire SKIP AD".
    r"continue to .{1,40} skip ad|"
    # An author box's links: "View author archive", "Get author RSS feed".
    r"(?:view|see) (?:the )?author(?:'s)? (?:archive|profile|posts)|e-?mail the author|"
    r"(?:get )?(?:the )?author(?:'s)? rss(?: feed)?|"
    r"back to top|nach oben|retour en haut|volver arriba|"
    r"back to (?:overview|the list|home(?:page)?)|zurück zur (?:übersicht|startseite|liste)|"
    r"retour à la liste|you are (?:signed|logged) in as.{0,40}|"
    r"loading|cargando|chargement|wird geladen|powered by .{0,40}|"
    # A question-and-answer site's button over the question.
    r"ask (?:a )?question|frage stellen|poser une question|hacer una pregunta|"
    # Form buttons and fields: a log-in, newsletter or comment form.
    r"submit|send|cancel|save|done|ok|apply|reset|absenden|senden|abbrechen|speichern|"
    r"envoyer|annuler|valider|enviar|cancelar|guardar|invia|annulla|wyślij|anuluj|"
    r"gönder|iptal|"
    r"(?:your |full |first |last )?(?:e-?mail(?: address)?|name|password|username|zip(?: code)?|"
    r"postal code|phone(?: number)?|website|comment|message)"
    r"(?: \((?:required|optional)\)|\s?\*)|"
    r"your (?:e-?mail(?: address)?|name|password|username|zip code|message|comment)|"
    r"e-?mail address|password|username|zip code|postal code"
)

# Share buttons and networks: each alone on a line is a button ...
_SHARE_BUTTONS = (
    r"share|teilen|partager|compartir|tweet|print|drucken|imprimer|imprimir|e-?mail|copy link|"
    r"facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|instagram|youtube|xing"
)
# ... and with these, shortened or rarer, a row of them on one line is a share bar.
_SHARE_WORDS = (
    rf"{_SHARE_BUTTONS}|pint|mail|flipboard|tumblr|google\+?|sms|messenger|baixar|download"
)


def _row_of(words: str, least: int, most: int, joiner: str = "") -> str:
    """A row of ``words`` on one line: one, then ``least`` to ``most`` more,
    each after one to three non-word characters (and ``joiner``)."""
    return rf"(?:{words})(?:[^\w\n]{{1,3}}{joiner}(?:{words})){{{least},{most}}}"


# A long row of share buttons on one line, the networks of the world named one
# after the other: "Share Facebook Twitter Google+ ReddIt WhatsApp Pinterest
# Email Linkedin Tumblr Telegram StumbleUpon VKontakte Digg". (Short rows are
# in BOILERPLATE below; this one may run to 25 names.)
_MORE_NETWORKS = (
    r"stumbleupon|vkontakte|vk|digg|pocket|viber|skype|weibo|wechat|line|odnoklassniki|more"
)
# The share buttons of WordPress's Jetpack, on many sites, each a sentence
# for screen readers: "Click to share on Facebook (Opens in new window)",
# "Click to email this to a friend (Opens in new window)", and its German,
# French and Spanish forms.
_SHARE_BUTTON_SENTENCES = (
    r"click to (?:share|email|print)\b.{0,60}|"
    r"(?:submit|share|post) (?:to|on) \w+ \(opens in (?:a )?new (?:window|tab)\)|"
    r"klicken?,? um (?:auf \w+ zu teilen|.{0,40}(?:per e-?mail|zu drucken)).{0,40}|"
    r"klicke?n? zum (?:ausdrucken|teilen).{0,40}|"
    r"cliquez pour (?:partager|imprimer|envoyer).{0,60}|"
    r"haz clic para (?:compartir|imprimir|enviar).{0,60}"
)
SHARE_ROW = _lower(
    # ... "Share to LinkedIn LinkedIn Share to Facebook Facebook ...".
    "^(?:"
    + _row_of(f"{_SHARE_WORDS}|{_MORE_NETWORKS}", 7, 24, "(?:(?:to|on|via) )?")
    + f"|{_SHARE_BUTTON_SENTENCES})"
    + r"\W{0,3}$"
)

# A control of the site (above), alone on its line.
CONTROL = _lower(rf"^(?:{_CONTROLS})\W{{0,3}}$")

# Buttons and chrome that are a whole line: the controls, ad labels, share
# buttons, social networks, pagination, "read more", credits and comment counters.
BOILERPLATE = _lower(
    rf"^(?:{_CONTROLS}|"
    r"advertisement|advertising|adverts?|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|"
    r"(?:view|see|show) all(?: \(\d{1,5}\))?|"
    r"reklama|reklam|sponsored|gesponsert|ad ?choices|"
    # (Not Russian "Реклама": alone, it is as often a footer's link, "advertise with us".)
    r"iklan|annons|annonse|advertentie|mainos|hirdetés|广告|広告|광고|إعلان|פרסומת|"
    # An ad network's box of paid links, by the name it gives itself.
    r"(?:sponsored|promoted|paid|partner|promo) (?:content|links?|stories|posts?)|"
    r"(?:more )?(?:from|around) the web|"
    rf"{_SHARE_BUTTONS}|share (?:this|it|on|via|with|to)\b.{{0,40}}|"
    r"condividi|udostępnij|paylaş|stampa|"
    r"(?:print|e-?mail|save) (?:this|the) (?:article|page|story|post)\b.{0,40}|"
    # A row of share buttons on one line: "Email • Twitter", "Whatsapp Facebook Pint Baixar".
    rf"{_row_of(_SHARE_WORDS, 1, 7)}|"
    r"subscribe|abonnieren|s'abonner|suscríbete|abbonati|newsletter|menu|menü|"
    r"next|previous|zurück|weiter|suivant|précédent|siguiente|anterior|"
    r"read more|weiterlesen|mehr lesen|lire la suite|leer más|leia mais|czytaj (?:więcej|dalej)|"
    r"devamını oku|show more|more|mehr|plus|más|"
    r"поделиться|подписаться|читать (?:далее|дальше|полностью|ещё)|"
    r"lees (?:meer|verder)|läs mer|les mer|læs mere|"
    r"follow us.{0,30}|folgen sie uns.{0,30}|suivez-nous.{0,30}|síguenos.{0,30}|"
    r"all rights reserved.{0,60}|alle rechte vorbehalten.{0,40}|tous droits réservés.{0,40}|"
    r"todos los derechos reservados.{0,40}|wszelkie prawa zastrzeżone.{0,40}|"
    r"image|photo|foto|video|bild|getty images|reuters|afp|dpa|ap|"
    # A gallery's or a page's counter: "Image 1 of 5", "1 / 8", "Seite 2 von 3".
    r"(?:(?:image|photo|foto|bild|slide|picture|page|seite|página|pagina|strona)\s)?"
    r"\d{1,3}\s?(?:of|/|von|de|sur|di|z)\s?\d{1,3}|"
    r"read later|save for later|back to (?:gallery|article|story)|view (?:gallery|slideshow)|"
    # A video player's label over the clip just played (CNN's).
    r"just watched|"
    r"leserbrief schreiben|"
    r"(?:enlarge|expand|zoom) (?:this )?(?:image|photo|picture)|bild vergrößern|"
    r"comments?|kommentare?|commentaires?|comentarios?|commenti|komentarze?|yorumlar?|"
    r"no comments?(?: yet)?|nessun commento|keine kommentare|aucun commentaire|sin comentarios|"
    r"brak komentarzy|(?:continue|keep) reading(?: the main story| below)?|"
    # An ad slot's note inside the text: "CONTINUA DEPOIS DA PUBLICIDADE",
    # "Story continues below advertisement", "Weiter nach der Anzeige".
    r"continua (?:depois|após) (?:da|a) publicidade|"
    r"(?:story |article )?continues (?:below|after)(?: the)? (?:advertisement|ad)|"
    r"weiter nach der (?:anzeige|werbung)|(?:la )?suite après (?:la|cette) publicité|"
    r"sigue después de (?:la|esta) publicidad|"
    # The title an SVG icon carries when exported from Sketch, and its
    # metadata's format, which converters write out as text.
    r"created with sketch|image/svg\+xml|"
    # WordPress's like button: "3 bloggers like this:", "%d Bloggern gefällt das:".
    r"(?:%d|\d{1,6}) (?:bloggers? likes? this|bloggern gefällt das)|"
    r"\d{1,6} (?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarz\w{0,3}|yorum)"
    r")\W{0,3}$"
)

# A gallery's counter alone on its line: "Image 2 of 5", "Foto 3/12", "Bild 1 von 8".
GALLERY_COUNTER = re.compile(
    r"^\W{0,3}(?:image|photo|foto|bild|slide|picture)\s\d{1,3}\s?(?:of|/|von|de|sur|di|z)\s?"
    r"\d{1,3}\W{0,3}$",
    re.IGNORECASE,
)

# Copyright and legal footers, anywhere in a short line.
LEGAL = _lower(
    r"(?:©|\(c\)\s{0,2}\d{4}|copyright\b|all rights reserved|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos|privacy policy|datenschutz|impressum|"
    r"terms of (?:use|service)|nutzungsbedingungen|mentions légales|aviso legal|"
    r"politique de confidentialité|política de privacidad|cookie|"
    # An affiliate disclosure: "... we may earn an affiliate commission".
    r"(?:may|might) (?:receive|earn|get) (?:a |an )?(?:small )?(?:affiliate )?commission|"
    r"affiliate links)"
)

# A site's standing disclaimer, a footer paragraph of a few sentences: whose
# trademarks the names are, who did not check its health claims, that it gives
# no advice. These wordings state the site's legal position, not a story's
# subject ("sold the trademark to the company"); "consult your doctor" is
# left out, as an article gives that advice too.
DISCLAIMER = _lower(
    # (Each alternative opens with words of its own, which the page scan
    # looks for at C speed before the pattern runs: see _needles.)
    r"registered trademark|is a trademark of|are trademarks of|"
    r"not been evaluated by the food and drug administration|"
    r"not intended to diagnose|informational purposes only|"
    r"(?:construed|intended) as (?:medical|financial|investment|legal) advice|"
    r"constitute (?:financial|investment|legal|medical) advice|"
    # Reuse terms: "This document is subject to copyright. ... no part may be
    # reproduced ...", "Use of this site constitutes acceptance of our User
    # Agreement".
    r"subject to copyright|no part may be reproduced|constitutes acceptance of|"
    # An affiliate disclosure that names no commission: "IGN may get a share of the sale".
    r"(?:get a|receive a|earn a) (?:share|portion|percentage|cut) of|"
    # What contributors write: "NOW Grenada is not responsible for the opinions ...".
    # ("Disclaimer: ..." is not enough: one page's annotators kept its
    # "Disclaimer: The views ... are their own".)
    r"not responsible for the (?:opinions|content|views)"
)

# Cookie and consent notices can be long sentences; these words give them away.
CONSENT = _lower(
    r"cookie|datenschutzerklärung|"
    # A consent manager's categories (WordPress's Complianz): "The technical
    # storage or access that is used exclusively for statistical purposes."
    r"technical storage or access|technische speicherung oder (?:der )?zugriff|"
    r"javascript|adblocker|ad blocker|enable js|enable scripts|désactiver votre bloqueur"
)
# Weaker hints: only decisive on short lines ("Update your browser", "Consent
# preferences"). A paragraph may well speak of consent: "vaccination consent
# forms", "Free, Prior and Informed Consent" (two trafilatura snippets).
CONSENT_WEAK = _lower(
    r"consent|einwilligung|zustimmung|"
    r"privacy|your browser|ihr browser|votre navigateur|navegador|"
    r"newsletter|sign up for|subscribe to|abonnieren sie|"
    # A player's note where a video would be: "Media playback is unsupported
    # on your device" (the BBC's), "Your browser does not support the video tag".
    r"unsupported on your device|not supported on your device|does not support the video"
)

# A consent manager's notice asks the visitor to agree: with cookies named, a
# paragraph that says so is the notice, however long (a privacy policy that
# explains cookies and how to opt out asks nothing).
CONSENT_ASKS = _lower(
    r"consent|einwillig|zustimm|einverstanden|akzeptier|accept|agree|consentement|"
    r"acepta|acconsent|zgod"
)

# Where readers' comments begin: everything after is their text, not the article's.
# Only phrases that name the section unmistakably ("34 comments", "Leave a
# reply"); a bare "Comments" is as often a button in a share bar.
COMMENTS_START = _lower(
    r"^\W{0,3}(?:\d{1,6}\s{1,2}(?:comments?|responses?|replies|kommentare?|commentaires?|"
    r"comentarios?|commenti|komentarz\w{0,3}|yorum\w{0,3}|antworten|réponses?|respuestas?|"
    r"risposte|odpowied\w{1,3}|gedanken zu)\b.{0,80}|"
    r"(?:leave|post|add|write) (?:a|your) (?:reply|comment|response).{0,40}|"
    r"(?:join|start) the (?:conversation|discussion|debate).{0,20}|"
    r"(?:comments?|kommentare?) \(\d{1,6}\)|"
    r"kommentar (?:schreiben|verfassen)|diskutieren sie mit.{0,30}|"
    # Drupal's link under an article: "Add new comment", "Log in to post comments".
    r"add new comment|neuen kommentar (?:hinzufügen|schreiben)|ajouter un commentaire|"
    r"añadir (?:un )?comentario|aggiungi (?:un )?commento|log in to post comments|"
    r"(?:anmelden|einloggen),? um kommentare (?:zu )?(?:verfassen|schreiben)(?: zu können)?|"
    r"laisser un commentaire|deja un comentario|dejar un comentario|lascia un commento|"
    r"napisz komentarz|yorum yaz.{0,10}|\d{1,6} thoughts on .{1,200}|"
    r"(?:top rated|most recent|newest|oldest|reader|readers'|user|featured) comments|"
    r"(?:view|show|see|read) (?:all )?(?:\d{1,6} )?comments|"
    r"leserkommentare|kommentare lesen|"
    r"(?:оставить|добавить|написать) (?:комментарий|отзыв)|\d{1,6} комментари\w{0,3}|"
    r"plaats een reactie|laat een reactie achter|\d{1,6} reacties?)\W{0,3}$",
)

# A reader's comment header: "Jane says:", "John Doe schreibt:", "Alex on May 3,
# 2019 at 6:34 am said:". The colon is required: without it "He said, she said"
# is a subheading and "..., engineer says" a headline.
COMMENT_AUTHOR = _lower(
    r"^.{1,60}? (?:says|said|schreibt|sagt|dit|escribe|dice|napisał|yazdı) {0,2}: {0,2}$"
)
# ... or a blog theme's line over a comment, its author and its time:
# "Comment by Mirko Lange — 17.07, 2011 @ 13:04" (with a clock time: "Ein
# Kommentar von Max Muster" alone opens an opinion piece).
COMMENT_BY = _lower(
    r"^\W{0,3}(?:comment|kommentar|commentaire|comentario|commento) (?:by|von|de|par|di|da) "
    r".{1,60}?\d{1,2}[:h]\d{2}\b.{0,20}$"
)
COMMENT_BY_OPENINGS = ("comment", "kommentar", "commentaire", "comentario", "commento")
# Words a commenter line ends with: a cheap test before the pattern above.
COMMENT_AUTHOR_ENDINGS = (
    "says",
    "said",
    "schreibt",
    "sagt",
    "dit",
    "escribe",
    "dice",
    "napisał",
    "yazdı",
)

# ... or a comment's own footer, the link that asks a visitor to log in to
# answer it: WordPress's "Log in to Reply", a forum's "17.10.2019, 14:14 Zum
# Antworten anmelden Zitieren #". Only comments carry it: an article is not
# answered, and an embedded post's "Reply" needs no log-in.
COMMENT_REPLY = _lower(
    r"(?:log in|sign in|login) to reply|zum antworten (?:anmelden|einloggen)|"
    r"(?:anmelden|einloggen),? um zu antworten|connectez-vous pour répondre|"
    r"inicia sesión para responder|accedi per rispondere"
)

# A wire story's byline: the names, a comma, then the writer's role, with no
# "By": "Steve Peoples, AP National Political Writer", "Caroline Hawley, BBC
# diplomatic correspondent". (The outlet alone after the comma, "Al Goldis,
# Associated Press", is as often a photo's credit: the role says a writer.)
_NAME = r"\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}"
ROLE_BYLINE = regex.compile(
    rf"^{_NAME}(?: (?:and|und|et|y|e) {_NAME})?, (?:[\p{{L}}.&-]+ ){{0,4}}"
    r"(?i:writer|reporter|correspondent|editor|columnist|contributor|journalist|"
    r"korrespondent(?:in)?|redakteur(?:in)?|correspondante?|journaliste|corresponsal|"
    r"periodista|redactora?|giornalista|corrispondente)\W{0,3}$"
)
# A role byline is a short line: the names and a few words of role.
ROLE_BYLINE_MAX_WORDS = 12
# ... also without the comma, as Forbes and the Los Angeles Times set it: "Bruce
# Y. Lee Senior Contributor", "Meg James Staff Writer" (the name is group 1).
# A name that opens with "The" is a paper's ("The Hollywood Reporter").
BARE_ROLES = ("Contributor", "Writer", "Reporter", "Correspondent", "Columnist", "Editor", "Staff")
BARE_ROLE_BYLINE = regex.compile(
    r"^(?!The )(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}?) "
    r"(?:(?:Senior|Staff|Contributing|Chief|Deputy|Associate|Special|Political|Business|"
    r"Science|Sports|Tech|Health|Foreign|Editorial) )?"
    rf"(?:{'|'.join(BARE_ROLES)})$"
)
# ... or an author's name with the handle of their account, which the
# converter may glue on: "Nishant Kumar @Nishantopines", "Natasha
# Turak@NatashaTurak" (a name alone is as often a menu's or a card's), and
# the time since the story went up after a separator: "Catherine Shu
# @catherineshu / 2 days".
HANDLE_BYLINE = regex.compile(
    rf"^{_NAME} ?@\w{{2,30}}(?:\s{{1,2}}[/|·•]\s{{1,2}}\d{{1,2}}\s\w{{1,10}}(?:\sago)?)?$"
)

# The words a byline opens with (the byline in page.py reads the names past
# them): "by" and "written by" in the major European languages ...
BYLINE_BY_WORDS = r"by|von|par|por|di|door|av|af|przez|" + (
    WRITTEN_BY := r"written by|verfasst von|geschrieben von|écrit par|escrito por|scritto da"
)
# ... a label of the writer ("Autor: Ana", "Текст: ...") ...
BYLINE_LABEL_WORDS = (
    r"autor(?:in)?|author|auteur|text|texte|redakcja|redaktion|reporter|автор|текст"
)
# ... and a role that takes a colon, in German perhaps gender-inclusive
# ("Kolumnist*in: Evan Tepest", "Autor:in: ...", "Columnist: ...").
BYLINE_ROLE_WORDS = r"(?:autor|kolumnist|columnist|redakteur|journalist)(?:in|\*in|:in|_in)?"

# A byline: "By Jane Doe", "Von Max Mustermann", "Par ...", "Por ...", "Autor: ...",
# or the writer's role and a colon.
# After "written by" said in full, a blog's user name in lower case is the
# writer's too ("Verfasst von: mitundvoneinander | 31. Dezember 2008"); after
# a bare "by" a lower-case word is a sentence's ("by the way").
BYLINE = regex.compile(
    rf"^(?:(?:(?i:{BYLINE_BY_WORDS}|{BYLINE_LABEL_WORDS}|from|da|yazan|reported by)\b\s{{0,3}}:?|"
    rf"(?i:{BYLINE_ROLE_WORDS})\s{{0,2}}:)\s{{0,3}}"
    r"\p{Lu}|"
    rf"(?i:{WRITTEN_BY})\s{{0,3}}:?\s{{0,3}}\p{{Ll}})"
)
# Words that open a byline but mean "from" (or "through") as well: after
# them a subheading reads like one ("Von Babyboomer bis Gen Z: ...", "Von
# Barzahler-Rabatten profitieren"). A byline names people, whose words are
# capitalised but for the particles and joiners of names.
BYLINE_FROM_WORDS = frozenset(
    {"von", "from", "da", "di", "de", "door", "av", "af", "por", "par", "przez"}
)
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "del", "della", "la", "le", "du", "des"}
    | {"dos", "das", "do", "y", "e", "i", "et", "and", "und", "og", "och", "en", "&"}
    | {"bin", "ibn", "al", "el", "ten", "ter", "zu", "zum", "for", "für", "pour", "para"}
)
# Where the names stop: a role after a comma, a handle, a bracket, a colon.
_NAMES_END = regex.compile(r"[,|(@:/–—]| - ")


def names_after_from(text: str) -> bool:
    """After its first word ("Von", "From", "Par" ...), does the line name
    people: every word capitalised, or a particle or joiner of names?

    >>> names_after_from("Von Anna Maria von der Heide und Max Muster, dpa")
    True
    >>> names_after_from("Von Babyboomer bis Gen Z: Teams erfolgreich führen")
    False
    """
    parts = text.split(maxsplit=1)
    names = _NAMES_END.split(parts[1], maxsplit=1)[0] if len(parts) > 1 else ""
    return all(
        word[:1].isupper() or not word[:1].isalpha() or word.casefold() in NAME_PARTICLES
        for word in names.split()
    )


# The first word (case-folded) of every line BYLINE can match: a set lookup
# on the line's first word picks the few lines worth the pattern.
BYLINE_FIRST_WORDS = frozenset(
    {
        "by",
        "from",
        "von",
        "par",
        "por",
        "di",
        "da",
        "door",
        "av",
        "af",
        "przez",
        "yazan",
        "autor",
        "autorin",
        "verfasst",
        "geschrieben",
        "écrit",
        "escrito",
        "scritto",
        "kolumnist",
        "kolumnistin",
        "columnist",
        "redakteur",
        "redakteurin",
        "journalist",
        "journalistin",
        "author",
        "auteur",
        "written",
        "reported",
        "text",
        "texte",
        "redakcja",
        "redaktion",
        "reporter",
        "автор",
        "текст",
    }
)

# Headings of link lists: what a reader sees above "latest" or "related" boxes.
LIST_HEADING = _lower(
    r"^(?:the |die |les |los |las )?"
    r"(?:latest(?: news| stories| headlines| posts| articles| videos)?|"
    r"most (?:read|popular|viewed|shared|commented|discussed|emailed|watched)"
    r"(?: today| now| right now| this week)?|"
    r"recent (?:posts|news|articles|stories|comments)|"
    r"popular(?: now| stories| news)?|trending(?: now| stories| news)?|"
    r"recommended(?: for you| stories)?|"
    r"related(?: stories| articles| news| content| topics| coverage| links| posts)?|"
    r"read next|up next|must watch|"
    r"more (?:stories|news|articles|videos)(?: like this(?: one)?| for you)?|"
    r"more (?:[\w'.&-]{1,20} ){1,3}(?:stories|news|articles|videos|headlines)|"
    r"more (?:from|in|on|about) .{1,40}|top stories|editor'?s picks|news in brief|"
    r"you (?:may|might) (?:also )?like|see also|also read|don't miss|"
    r"neueste(?: artikel| nachrichten)?|meistgelesen|meist gelesen|beliebt|empfohlen|"
    r"das könnte sie (?:auch )?interessieren|mehr zum thema|weitere artikel|themen|"
    r"à lire aussi|les plus lus|dernières (?:infos|actualités|nouvelles)|sur le même sujet|"
    r"lo más leído|más leídas|últimas noticias|te puede interesar|relacionad[oa]s|"
    r"najnowsze|najczęściej czytane|polecane|zobacz (?:też|także)|czytaj także|"
    r"en çok okunanlar|son dakika|ilgili haberler|"
    r"i più letti|ultime notizie|leggi anche|mais lidas|últimas|veja também|tags?|topics?|"
    r"você (?:também )?pode gostar|(?:también )?te puede interesar|vous aimerez aussi|"
    r"schlagwörter|mots-clés|etiquetas|tagi|etiketler|"
    r"(?:das|dieses) (?:thema )?könnte (?:dich|sie) (?:auch )?interessieren|verwandte artikel|"
    r"diese (?:artikel|beiträge|themen) könnten (?:dich|sie) (?:auch )?interessieren|"
    r"ähnliche artikel|"
    r"mehr lesen über|meist gesucht|auch interessant|lesen sie auch|weitere informationen|"
    r"vea también|lea también|le puede interesar|noticias relacionadas|más noticias|"
    r"lire aussi|voir aussi|articles similaires|related articles|read more|read also|"
    r"more on this story|recommended for you|potrebbe interessarti|czytaj (?:też|także)|"
    r"przeczytaj (?:też|także)|bunlar da ilginizi çekebilir|"
    r"other (?:news|stories|articles|posts)(?: in this section)?|"
    r"meistgelesene[n]? (?:artikel|nachrichten|beiträge|meldungen)|"
    r"weitere (?:nachrichten|meldungen|beiträge|themen)|neueste[n]? (?:beiträge|meldungen)|"
    r"autres (?:articles|actualités)|otras noticias|altre notizie|inne artykuły|"
    # Blog software's widget titles: "Recent Posts" and "Popular Posts" as it
    # writes them in other languages.
    r"popular (?:posts|articles)|(?:letzte|aktuelle|aktuellste) beiträge|mehr nachrichten|"
    r"articles récents|entradas recientes|articoli recenti|(?:posts|artigos) recentes|"
    r"artigos relacionados|свежие записи|najnowsze wpisy|son yazılar|recente berichten|"
    # Russian, Dutch and Scandinavian.
    r"самые популярные(?: \w{1,20})?|популярное|читайте также|смотрите также|"
    r"похожие (?:статьи|новости|материалы|записи)|последние новости|другие новости|"
    r"новости по теме|рекомендуем|meest gelezen|lees ook|gerelateerde artikelen|meer nieuws|"
    r"laatste nieuws|mest lästa|läs också|relaterade artiklar|mest læste|læs også|mest lest|"
    r"les også)"
    # "... on BBC News", "... bei SWR.de/Sport": the site may follow.
    r"(?: (?:on|at|from|bei|auf|von|sur|de|en|su|na|w) [^!?]{1,40})?\W{0,3}$"
)

# Tag lines: "Tags: A, B", "Schlagwörter: ...", "Filed under A, B", or a bare
# "Diplomacy," from a tag list. Matched against the line as it is (few lines
# ask), hence the flag.
_TAG_NAMES = r"schlagwörter|stichwörter|mots-clés|etiquetas|tagi|etiketler|keywords"
_TAG_WORDS = rf"(?:related )?(?:tags?|topics?)|themen|{_TAG_NAMES}"
TAGS_PREFIX = re.compile(
    rf"^(?:(?:{_TAG_WORDS})\s{{0,2}}:|"
    # "Tags Kristi Noem South Dakota": the links right after the word, no colon.
    r"(?:tags|related (?:tags|topics)|schlagwörter|stichwörter|keywords)\s(?=\S)(?!.*[.!?]$)|"
    r"(?:filed under|tagged(?: with| as)?|getaggt mit|abgelegt unter|classé dans|archivado en)"
    r"\s{0,2}:?|"
    # A blog's categories: "Categories: News, Politics", "Kategorien: ...".
    r"(?:categor(?:y|ies)|kategorien?|catégories?|categorías?|categorie)\s{0,2}:(?=\s{0,2}\w)|"
    # Blog software's entry footer: "This entry was posted in News and tagged
    # a, b.", "This Article is related to: Awards and tagged ...".
    r"this (?:entry|post|article) (?:was|is) (?:posted|filed|related) (?:in|under|to)\s{0,2}:?|"
    # ... and its translations: "Dieser Eintrag wurde veröffentlicht in Inland,
    # Politik und getaggt mit ... am 11. Dezember 2012 von Mathias.", ...
    r"dieser (?:eintrag|beitrag) wurde veröffentlicht in\s|"
    r"posted in\s(?=.{1,200}\btagged\b))",  # "Posted in News | Tagged a, b"
    re.IGNORECASE,
)
# Heading a list of tags alone: "Related Tags", "Tags:". Not a bare "Topics"
# or "Themen": under a story those head the site's own sections as often.
TAGS_HEADING = re.compile(
    rf"^(?:tags?|related (?:tags|topics)|{_TAG_NAMES})\s{{0,2}}:?$", re.IGNORECASE
)

# An author's bio under the text: a name, then what the person does at the
# paper, within a few words. "Jane Doe (jane@example.com) is a staff writer
# at ..."; "Max Mustermann ist freier Autor ...". Only asked of the article's
# last lines.
AUTHOR_BIO = regex.compile(
    r"^\p{Lu}[\w'.-]{0,30}(?: \p{Lu}[\w'.-]{0,30}){1,3}(?: \([^)]{0,60}\))?,? "
    r"(?:is|was|has been|ist|war|est|es|è)(?: (?:a|an|the|our|ein|eine|un|une|una))?"
    r"(?: [\w-]{1,30},?){0,4} (?i:writer|editor|reporter|correspondent|journalist|contributor|"
    r"columnist|author|"
    r"redakteur(?:in)?|autor(?:in)?|korrespondent(?:in)?|journalist(?:in)?|"
    r"rédact(?:eur|rice)|journaliste|periodista|redactor(?:a)?|giornalista)s?\b"
)
# The credit that closes a wire story: "(Reporting by Will Dunham; Editing by
# Tom Brown)", "Additional reporting by Joseph Hudak". What stands between the
# text and it is still the story.
CLOSING_CREDIT = _lower(
    r"^\W{0,2}(?:(?:additional |with )?reporting by|editing by|writing by|compiled by|"
    r"mit material (?:von|der)|zusätzliche berichterstattung|avec la contribution de|"
    r"con información de)\b"
)
# ... or with the names first: "Keith Bradsher contributed reporting from Hong
# Kong." (searched for only in lines that hold the word).
CONTRIBUTED = _lower(r"\bcontributed (?:reporting|to this (?:report|story|article))\b")

# The heading of an author box under the text: "About the author", "Über die
# Autorin:", "Autoreninfo". What follows it is the author's name and bio.
AUTHOR_BOX = _lower(
    r"^\W{0,3}(?:about the (?:authors?|writer)|author bio|über (?:den|die) autor(?:in|en)?|"
    r"autoreninfo|zum autor|zur autorin|à propos de l'auteur|sobre (?:el|la|o|a) autora?|"
    r"o autorze|informazioni sull'autore|"
    # A label over the author's name and bio: "Autor", "incurvy Autorin", "Gastautor".
    r"(?:[\w-]{1,30} )?(?:author|autor(?:in)?|gastautor(?:in)?))\W{0,3}$"
)
# ... or "About" and the author's name: "Über Moritz Bachmann", "Sobre Carlos
# Nadalim". The name must be the byline's for the line to head a bio.
ABOUT_NAME = regex.compile(
    r"^(?i:about|über|sobre|à propos de|a proposito di)\s{1,2}"
    r"(\p{Lu}[\w'.-]{0,30}(?: \p{Lu}[\w'.-]{0,30}){1,3})\W{0,3}$"
)
# What follows the role in a bio: where the author works or what they cover
# ("... writer at WIRED", "... editor and publisher of ...", "... writer.").
BIO_WORKPLACE = regex.compile(
    r"\s{0,2}(?:(?:at|for|with|of|in|on|and|based|covering|bei|für|chez|pour|de|en|per)\b|[,.(;]|$)",
    regex.IGNORECASE,
)

# A reading time: the minutes after their number ("5 min read", "3 Minuten
# Lesezeit") or the label before it ("Lesezeit: 3 Minuten").
_MINUTES_READ = r" ?(?:min(?:ute)?s?|minuten)\.? {1,2}(?:read|lesezeit|lectura|lecture)"
_READING_LABELS = r"lesezeit|reading time|temps de lecture|tiempo de lectura"

# Reading time ("5 min read") and a credit in brackets closing the line
# ("(Photo: AP)"). Written as one character class, a digit or "(", with the
# shape after it told apart by a look-behind: re jumps from one such character
# to the next instead of trying the pattern at every position of the page.
META_PHRASE = _lower(
    rf"[\d(](?:(?<=\d){_MINUTES_READ}\b|"
    r"(?<=\()(?:photo|foto|image|credit|bild)[^)]{0,60}\) {0,2}$)"
)
# ... and the same at the start of a line: "Updated 7 Feb", "Photo: Reuters".
META_START = _lower(
    rf"(?:{_READING_LABELS}|word ?count)\b|"
    r"(?:photo|foto|image|bild|picture|credit|quellen?|sources?|fuentes?|źródło) {0,2}:|"
    r"(?:published|updated|posted|veröffentlicht|aktualisiert|erschienen|erscheinungsdatum|"
    r"publié|mis à jour|publicado|"
    r"actualizado|pubblicato|aggiornato|opublikowano|aktualizacja|yayınlanma|güncelleme|"
    r"опубликовано|обновлено|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publisert|"
    r"oppdatert)\b"
)
# The reading time alone ("5 Min Read", "Lesezeit: 3 Minuten"): a fact of the
# article's header, like its date.
READING_TIME = _lower(rf"^\W{{0,3}}(?:\d{{1,3}}{_MINUTES_READ}|(?:{_READING_LABELS})\b)")

# The words that name a photo at the start of its credit ("Foto © Peter Steiger").
PHOTO_WORDS = ("photo", "foto", "image", "bild", "picture")
# ... and the words a credit gives pictures of any kind.
_PICTURE_WORDS = "|".join((*PHOTO_WORDS, "illustration", "grafik", "zeichnung", "drawing"))

# An image caption or credit, by how it ends: with an agency or photographer
# credit ("... in Madrid. (Manu Fernandez/AP)", "... | Bloomberg | Getty
# Images", "... Getränken. Foto: Galli/Malteser", "(Foto: DBT/Jane Doe
# (bearbeitet))", "... Bild: Jane Doe/Theater St. Gallen"). A closing credit
# does not end like a sentence: "the photo: a man by the river." is text.
# Searched in a line's end.
CAPTION_END = regex.compile(
    r"(?:(?:[(|/—–:]|\s-)\s{0,2}[^|()]{0,60}\b(?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|dpa|"
    r"Bloomberg|Shutterstock|Imago|iStock(?:photo)?|picture alliance|Keystone|ANSA|PA Images?|"
    r"Xinhua|Anadolu|NurPhoto|SIPA|WireImage|Alamy|AP Photo|File Photo|Photo Credit|"
    r"ASSOCIATED PRESS|Associated Press)\b"
    r"[^|()]{0,40}\)?\.?\s{0,2}$|"
    # German papers mark a symbolic or archive photo so: "(Symbolbild)", "(Archivfoto: dpa)".
    r"\((?i:symbol|archiv)?(?i:photo|foto|image|credit|bild|picture|source|quelle)s?\s{0,2}:?"
    r"[^()]{0,80}(?:\([^()]{0,60}\)[^()]{0,40})?\)\.?\s{0,2}$|"
    r"\s(?i:fotos?|photos?|bild|credits?|crédit)\s{0,2}:\s{0,2}[^:!?()]{1,60}[^.:!?()\s]$|"
    r"\s(?:AP|AFP|Reuters|Getty Images|EPA|dpa)$|"
    # The New York Times' "... Credit... Doug Mills/The New York Times".
    r"\s(?i:credit)\s{0,2}(?:\.\.\.|…)\s{0,2}[^!?()]{1,80}$)",
)
# ... and by how it starts: "Photo: ...", "Above: ...", "© Jane Doe", a figure's
# number ("Abbildung 4: ...", "Figure 1: ..."). Matched at a line's start.
CAPTION_START = regex.compile(
    r"(?i:photo|foto|image|bild|picture|credit|crédit|fotografía|zdjęcie|фото|video)"
    r"(?i: credits?| courtesy)?\s{0,2}(?::|(?i:by)\b)|"
    # A drawing's credit, or a photo's and a drawing's at once: "Illustration:
    # Jane Doe", "Fotos/Illustration: Jane Doe". (A plural alone is as often a
    # gallery's link: "Photos: Crossgates Mall through the years".)
    r"(?i:illustration|zeichnung|drawing)(?i:s|en)?\s{0,2}(?::|(?i:by)\b)|"
    rf"(?i:{_PICTURE_WORDS})(?i:s|en|er)?\s{{0,2}}[/&]\s{{0,2}}(?i:{_PICTURE_WORDS})(?i:s|en|er)?"
    r"\s{0,2}(?::|(?i:by)\b)|"
    r"(?i:above|top|pictured|left|right|below|main image)\s{0,2}:\s|"
    # The BBC's "Image caption ...", "Media caption ..." (a hidden label, then the caption).
    r"(?i:image|media|photo|video) (?i:caption)\s|"
    # "Courtesy of Andrew Vaughan" under a photo.
    r"\(?(?i:courtesy of)\s|"
    # A photo's copyright is its credit: "Foto © Peter Steiger", the BBC's
    # "Image copyright Getty Images".
    rf"(?i:{'|'.join(PHOTO_WORDS)})s?\s{{0,2}}(?:©|\((?i:c)\)|(?i:copyright)\b)|"
    r"©\s{0,2}\p{Lu}\p{Ll}|"
    r"(?i:abbildung|abb\.|figure|fig\.|grafik|beitragsbild|bildquelle|titelbild)"
    r"\s{0,2}(?:\d{1,3}[a-z]?\s{0,2})?[:.]\s"
)

# A caption by what it says of the photo, with no credit: where the people
# stand in it ("Jane Doe, left, and John Roe ...", "Dr. Gernot Jäger (links)
# leitet ..."), as agencies and newspapers write captions; text does not say
# who stands left. On the AEB and trafilatura dumps none of 40 such lines is
# in the annotated text.
_POSITIONS = (
    "left",
    "right",
    "center",
    "centre",
    "second from left",
    "second from right",
    "l-r",
    "from left",
    "links",
    "rechts",
    "mitte",
)
CAPTION_SCENE = _lower(rf"(?:, |\()(?:{'|'.join(_POSITIONS)})[,)]")
# ... or by how it names the picture at its start: "In this Nov. 10, 2019,
# photo, ...", "This illustration shows ...", "An artist's concept of ...".
CAPTION_SCENE_START = _lower(
    r"^(?:in )?this (?:\S+ ){0,4}(?:photo|photograph|image|illustration|picture|screenshot|"
    r"satellite image|handout)\b|"
    r"^(?:an? |the )?artist['’]s (?:concept|illustration|impression|rendering|depiction)\b"
)

# Who wrote a post embedded in the text, as Twitter's embed prints it under the
# post: "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019". The post is a
# quote of the article's (all 17 such lines on the AEB dumps are in the gold).
EMBED_CREDIT = re.compile(r"^[—–-]\s?[^()\n]{1,80}\(@\w{1,30}\)[^()\n]{0,30}\d{4}$")
# A blog post's sign-off under its last paragraph: a closing word and the
# writer's first name or two ("x Franzi", "Euer HansEhrlich", "Deine Mady",
# "Love, Anna", "Liebe Grüße, Milli", "Bisous, Claire"). "Your" and "Ihr"
# are left out: they open a form's fields ("Your Email", "Ihr Name").
# (English's words, "Best", "Love", take their comma: "Best Of" is a menu's.)
SIGN_OFF = regex.compile(
    r"^(?:(?i:love|cheers|yours|best|warmly),|"
    r"(?i:x{1,3}o?x?o?|euer|eure|euere|dein|deine|liebe grü(?:ß|ss)e|viele grü(?:ß|ss)e|"
    r"herzliche grü(?:ß|ss)e|lg|bisous|bises|besos|baci|abrazos|un abrazo|saludos|pozdrawiam)"
    r"[,!]?)\s{1,3}\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})?"
    r"\s{0,2}[!.]?(?:\s{0,2}(?:<3|[\p{So}]\ufe0f?))?$"
)
# ... but not a form's field under that closing word ("Deine Nachricht").
SIGN_OFF_FIELDS = frozenset(
    {
        "name",
        "nachricht",
        "kommentar",
        "e-mail",
        "email",
        "website",
        "webseite",
        "message",
        "account",
        "privacy",
        "answer",
        "antwort",
        "adresse",
    }
)

# An agency's name alone under a photo: its credit ("Getty Images", "REUTERS").
AGENCY_ALONE = regex.compile(
    r"^\W{0,3}(?i:getty(?: images)?|reuters|afp|dpa|ap|epa|ansa|xinhua|associated press|"
    r"shutterstock|imago|keystone|anadolu|istock(?:photo)?|alamy)"
    r"(?:\s{0,2}/\s{0,2}[\w ]{1,30})?\W{0,3}$"
)

# A news agency that wrote the story, named beside its date as a writer
# would be ("Reuters November 18, 2019 11:03 PM", "REUTERS" over "19 NOV
# 2019"): the byline the page gives. Only the wires: a photo agency alone
# (AGENCY_ALONE above) names a picture's source.
WIRE_AGENCY = regex.compile(
    r"(?i:reuters|afp|ap|dpa|apa|sda|ansa|efe|xinhua|pti|ians|associated press|"
    r"agence france-presse)"
)

# A link to another story set inside the text: "Read more: ...", "VEA TAMBIÉN: ...",
# ">> ... <<".
SEE_ALSO = _lower(
    r"^(?:>>|»)|^(?:read more|read also|also read|see also|related|more|lesen sie auch|"
    r"lesen sie mehr|mehr zum thema|auch interessant|siehe auch|vea también|lea también|"
    r"le puede interesar|te puede interesar|lire aussi|à lire aussi|voir aussi|article suivant|"
    r"leggi anche|czytaj (?:też|także|więcej)|zobacz (?:też|także)|ilgili haber)\s{0,2}[:>»|]|"
    # "On HoustonChronicle.com: ...", "Also on rt.com ...": the site's other stories.
    r"^(?:also )?on [\w-]{1,40}\.(?:com|net|org|co\.uk|de|fr|es|it)\b|"
    # A post's neighbours, with or without a colon: "Next article China Announces ...".
    r"^(?:(?:next|previous) (?:article|story|post)|article (?:suivant|précédent)|"
    r"(?:nächster|vorheriger) artikel)\b"
)

# Calls to act rather than text: subscribe, sign up, download the app, share,
# donate. Only decisive on lines of a sentence or two.
PROMO = _lower(
    r"^(?:subscribe|sign up|download (?:the|our)|get the latest|register now|follow us|"
    r"don't miss|join (?:us|our)|support (?:us|our)|chat with us (?:on|in) (?:facebook )?messenger|"
    r"jetzt (?:abonnieren|registrieren|anmelden|teilen|spenden)|abonnieren sie|"
    r"melden sie sich|teilen sie|teile diesen|möchten sie (?:den|diesen) artikel|"
    r"lust auf mehr|ihr beitrag hilft|unterstützen sie|abonnez-vous|inscrivez-vous|"
    r"suscríbete|regístrate|para comentar|¡?mira lo que|iscriviti|zapisz się|abone ol|"
    # What a newsletter form says: "Stay up to date with ...", "You have
    # successfully subscribed", "Want more stories like this?".
    r"stay (?:up to date|informed|in the know|connected) (?:with|on)|want more stories|"
    r"you(?:'ve| have) (?:succe?s?s?fully )?subscribed|"
    r"thanks? (?:you )?for (?:subscribing|signing up)|"
    r"(?:please )?(?:check your (?:e-?mail|inbox)|confirm your (?:e-?mail|subscription))|"
    r"get breaking|no spam|kein spam|pas de spam|"
    # A subscription's offer: "Save 84% off the newsstand price!".
    r"save (?:up to )?\d{1,2} ?% (?:off|on)|"
    # What follows the text to ask for something back: "If you enjoyed this
    # article, ...", "Like this story? Share it", "Have a tip? ...".
    r"if you (?:enjoyed|liked) (?:this|our) (?:article|story|post)|"
    r"(?:did you )?(?:liked?|enjoy(?:ed)?) this (?:article|story|post)(?=\s?[?!])|"
    r"(?:wenn|hat) (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag) gefallen|"
    r"(?:vous avez|tu as) aimé cet article|¿?te (?:ha )?gustado este artículo|"
    r"(?:have|got) a (?:confidential |news )*tip|like us on|"
    # "Follow Newsbeat on Instagram, ...", "Follow RT on": a network or nothing after "on".
    r"thanks for watching|"
    r"follow (?:[\w@.'-]{1,30} ){1,3}on(?:\W{0,3}$| (?:twitter|facebook|instagram|youtube|"
    r"linkedin|tiktok|telegram|threads|mastodon|bluesky|x)\b)|"
    r"become a (?:member|subscriber|supporter)|werden sie mitglied|werde mitglied|"
    r"jetzt mitglied werden|devenez membre|hazte socio|unterstütze (?:uns|mich)|"
    r"vielen dank für (?:ihre|deine) (?:anmeldung|registrierung)|danke für deine anmeldung|"
    # WordPress.com's footer: "Bloggen auf WordPress.com.", "Create a free website ...".
    r"(?:bloggen|blog) (?:auf|at) wordpress\.com|erstelle kostenlos eine website|"
    r"create a free website or blog|"
    r"(?:found|find) (?:the|this) (?:story|article) (?:interesting|useful|helpful)|"
    r"was this (?:story|article) (?:interesting|useful|helpful))\b"
)


# A call to subscribe or join anywhere in a short line: "Need more space?
# Subscribe to our sister title ...", "Want more Rolling Stone? Sign up for
# our newsletter." (A longer paragraph that says so is the article's.)
PROMO_INSIDE = _lower(
    r"subscribe to our |sign up for our |"
    # A newsletter's pitch: "Sign up for The Water Coolest today to get the
    # free daily newsletter", "Let our news meet your inbox. The news and
    # stories that matter, delivered weekday mornings."
    r"sign up for .{1,60}\bnewsletter|meet your inbox|delivered weekday mornings|"
    r"join our (?:[\w-]{1,20} ){0,2}(?:forums?|community|newsletters?|mailing list)\b|"
    # "... or follow him @tariqjmalik. Follow us on Twitter @Spacedotcom."
    r"follow (?:us|him|her|me) (?:on |at )?(?:twitter|facebook|instagram|linkedin|@)|"
    # "CLICK HERE TO GET THE FOX NEWS APP", "Do you rely on Snopes reporting?
    # Click here to support it.", "GET FOX BUSINESS ON THE GO BY CLICKING HERE";
    # not "Click here to get more information or download this game".
    r"click here to (?:get|download|subscribe to|sign up for|turn on|join)(?: the| our)? "
    r"(?:[\w'-]{1,20} ){0,3}(?:app|newsletter|notifications|alerts)\b|click here to support\b|"
    r"(?:on the go|more \w{1,20} \w{1,20}) by clicking here"
)

# A breadcrumb trail: "You are here: Home > News", "Home » World", or one that
# a converter glued together ("HomeWorld News").
BREADCRUMB = regex.compile(r"^(?:(?i:you are here)|Home(?=\p{Lu})|(?i:home)\s{0,2}[»>/|›:])")

# A line that introduces the site's social accounts: "Follow us on:", "Follow
# CNN Business", "Folgen Sie uns". The list under it (often icons only) is a
# list of the site's accounts, which the TAXONOMY calls navigation.
FOLLOW = _lower(
    r"^(?:follow|folgen sie|folge uns|suivez|síguenos|siga|seguici|seguinos|obserwuj|"
    r"takip edin|find us on|connect with us|join us on)\b"
)

# A list's link to the rest of it, under its items: "See all", "More",
# "Read more", "Alle anzeigen". (Alone under a paragraph, the same words are
# a button.)
MORE_LINK = _lower(
    r"^\W{0,3}(?:(?:see|view|show|read|load) (?:all|more)|more|mehr|plus|más|weitere|"
    r"alle anzeigen|mehr anzeigen|voir (?:tout|plus)|ver (?:todo|más)|mostra (?:tutti|altro)|"
    r"zobacz (?:wszystkie|więcej)|tümünü gör)\W{0,3}$"
)

# A phone or fax number or an e-mail address: how a site's footer says where
# to reach it ("Phone: +41 41 544 78 00", "E-mail info@ascom.com", "1625 K
# Street | 202-628-8500 tel"). Outside the article these are the site's
# contact details, boilerplate; they are no headline, however often shown.
CONTACT_DETAIL = re.compile(
    # A label and a number of at least six digits or marks: "Tel.: (030) 12 34".
    r"\b(?:phone|tel|tél|telephone|téléphone|telefon|teléfono|telefono|fax|telefax|"
    r"mobile|hotline)\b\.?:?[ \t]{0,3}[+(]?\d[\d ()./-]{5,24}|"
    r"[\w.+-]@[\w-]{1,63}\.[a-z]{2,24}\b|"  # an address's @ and domain
    r"\[email(?:&#160;|\s)protected\]|"  # an address that Cloudflare hid from scrapers
    r"\+\d{1,3}[ .-]\d{1,4}[ .-]\d[\d .-]{3,12}\d|"  # +41 41 544 78 00
    r"\b\d{3}[-.]\d{3}[-.]\d{4}\b",  # 202-628-8500
    re.IGNORECASE,
)

# The heading of a site's contact details: "Contact us", "Kontakt".
CONTACT_HEADING = _lower(
    r"^(?:contact(?: us| information| details)?|get in touch|kontakt|kontaktieren sie uns|"
    r"contacto|contáctenos|contatti|contattaci|nous contacter|contactez-nous|contato|"
    r"fale conosco|kontakty?)\W{0,3}$"
)

# --- Matching every line of a page at once ---------------------------------
#
# A page has hundreds of lines and each pattern above runs on most of them:
# one call per line costs more in Python than the scan itself. Joined with
# newlines, the lines of a page go through each pattern in one call, and the
# positions of the matches tell which lines matched. The results are the same
# as line by line because no pattern can cross a newline: a line's text never
# contains one, "." does not match it, and the classes that could (\s, \W,
# [^...]) are rewritten below to leave it out.


def _one_line(source: str) -> str:
    r"""Rewrite ``source`` so that nothing in it can match a newline.

    Only for the patterns of this module, which have no \s or \W inside a
    character class (a test checks that every one gives the same answer
    both ways).
    """
    return source.replace("[^", "[^\n").replace(r"\s", r"[^\S\n]").replace(r"\W", r"[^\w\n]")


# Characters that cannot start a plain literal alternative.
_SPECIAL = frozenset("\\()[].^$*+?{|")
_QUANTIFIERS = frozenset("?*+{")


def _factor(source: str) -> str:
    """Group an alternation's branches by their first character.

    The standard library's engine tries the branches of an alternation one by
    one at every place it looks, so "advertisement|advertising|anzeige|..."
    costs a comparison per branch. ``a(?:dvertisement|dvertising|nzeige)``
    matches the same lines with one comparison for all three. Whether a line
    matches does not depend on the order of branches, which is all
    :func:`lines_matching` asks.
    """
    branches = _split_branches(source)
    if len(branches) == 1:
        return _factor_groups(source)
    by_first: dict[str, list[str]] = {}
    kept: list[str] = []
    for branch in branches:
        first = branch[:1]
        if first and first not in _SPECIAL and branch[1:2] not in _QUANTIFIERS:
            by_first.setdefault(first, []).append(branch[1:])
        else:
            kept.append(_factor_groups(branch))
    for first, rests in by_first.items():
        if len(rests) == 1:
            kept.append(_factor_groups(first + rests[0]))
        else:
            kept.append(f"{first}(?:{_factor('|'.join(rests))})")
    return "|".join(kept)


def _factor_groups(source: str) -> str:
    """Apply :func:`_factor` inside each non-capturing group of ``source``."""
    out: list[str] = []
    i = 0
    while i < len(source):
        if source.startswith("(?:", i):
            end = _group_end(source, i)
            out.append(f"(?:{_factor(source[i + 3 : end])})")
            i = end + 1
        else:
            step = _token_length(source, i)
            out.append(source[i : i + step])
            i += step
    return "".join(out)


def _token_length(source: str, i: int) -> int:
    """Length of the escape or character class starting at ``i`` (1 for anything else)."""
    if source[i] == "\\":
        return 2
    if source[i] == "[":
        j = i + 1
        if source[j : j + 1] == "^":
            j += 1
        if source[j : j + 1] == "]":
            j += 1
        while source[j] != "]":
            j += 2 if source[j] == "\\" else 1
        return j + 1 - i
    return 1


def _group_end(source: str, start: int) -> int:
    """Index of the ")" closing the group that opens at ``start``."""
    depth = 0
    i = start
    while True:
        char = source[i]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += _token_length(source, i)


def _split_branches(source: str) -> list[str]:
    """Split ``source`` at the "|" that are not inside a group or a class."""
    branches: list[str] = []
    depth = 0
    last = 0
    i = 0
    while i < len(source):
        char = source[i]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(source[last:i])
            last = i + 1
        i += _token_length(source, i)
    branches.append(source[last:])
    return branches


@attrs.frozen
class PagePattern:
    """A line pattern compiled to find, in one scan, the lines of a page it matches."""

    compiled: re.Pattern[str]
    anchored: bool
    """True when the line pattern is used with ``match`` (at the line's start)."""
    needles: tuple[str, ...] = ()
    """Literal strings one of which every match contains, or () if unknown."""


def page_pattern(line_pattern: re.Pattern[str], *, anchored: bool) -> PagePattern:
    """The page-at-once form of a line pattern used with ``match`` or ``search``."""
    source = _factor(_one_line(line_pattern.pattern))
    # A leading newline lets the scan jump from line start to line start; in
    # MULTILINE mode the pattern's own ^ and $ still mean the line's ends.
    source = f"\n(?:{source})" if anchored else source
    # Anchored patterns already jump from line to line; a case-blind one
    # would need its needles in every case.
    plain = not anchored and not line_pattern.flags & re.IGNORECASE
    needles = _needles(line_pattern.pattern) if plain else ()
    return PagePattern(re.compile(source, re.MULTILINE), anchored, needles)


def _needles(source: str) -> tuple[str, ...]:
    """Literal strings one of which every match of ``source`` contains: the
    literal opening of each of its alternatives; () when one has none.

    An alternation of words ("reuters|getty|dpa|...") is what the standard
    library's engine scans slowest, trying every branch at every character;
    ``str.find`` looks for each word at C speed, and only the lines that
    hold one are then scanned.
    """
    needles: list[str] = []
    for branch in _split_branches(source):
        if branch.startswith("(?:"):
            end = _group_end(branch, 0)
            if branch[end + 1 : end + 2] in _QUANTIFIERS:
                return ()
            inner = _needles(branch[3:end])
            if not inner:
                return ()
            needles += inner
            continue
        prefix = _literal_prefix(branch)
        if not prefix:
            return ()
        needles.append(prefix)
    return tuple(dict.fromkeys(needles))


def _literal_prefix(branch: str) -> str:
    """The plain characters that open ``branch``, before any operator."""
    out: list[str] = []
    i = 0
    while i < len(branch):
        char = branch[i]
        if char == "\\":
            escaped = branch[i + 1 : i + 2]
            if not escaped or escaped.isalnum():  # \d, \s, \b ...: a class or an anchor
                break
            literal, step = escaped, 2
        elif char in _SPECIAL:
            break
        else:
            literal, step = char, 1
        if branch[i + step : i + step + 1] in _QUANTIFIERS:  # "e-?mail": "-" is optional
            break
        out.append(literal)
        i += step
    return "".join(out)


@attrs.frozen
class JoinedLines:
    """The lines of a page joined for :func:`lines_matching`, with where each starts."""

    text: str
    starts: list[int]
    """Offset of each line in :attr:`text`, and one past the end (read-only)."""


def join_lines(texts: Sequence[str]) -> JoinedLines:
    """Join single lines (no newline inside) once, to run many patterns over them."""
    # Each line takes its length and a newline; all of it at C speed.
    starts = list(accumulate(map((1).__add__, map(len, texts)), initial=1))
    return JoinedLines("\n".join(chain(("",), texts, ("",))), starts)


def lines_matching(pattern: PagePattern, lines: JoinedLines) -> list[int]:
    """Indices of the joined lines that ``pattern`` matches, in order.

    >>> lines = join_lines(["share", "a share", "menu", "© 2023 acme"])
    >>> lines_matching(page_pattern(BOILERPLATE, anchored=True), lines)
    [0, 2]
    >>> lines_matching(page_pattern(LEGAL, anchored=False), lines)
    [3]
    """
    starts = lines.starts
    last = len(starts) - 1
    search = pattern.compiled.search
    if pattern.needles:
        candidates = _lines_holding(pattern.needles, lines)
        if candidates is not None:
            # Each line alone: its end is the end of the string for ^, $ and \b.
            text = lines.text
            return [k for k in candidates if search(text, starts[k], starts[k + 1] - 1)]
    found: list[int] = []
    # A match of the anchored form starts at the newline before its line.
    shift = 1 if pattern.anchored else 0
    position = 0
    while (match := search(lines.text, position)) is not None:
        index = bisect_right(starts, match.start() + shift) - 1
        if index >= last:  # the newline closing the last line
            break
        found.append(index)
        position = starts[index + 1] - shift  # one match per line is enough
    return found


# Past this share of a page's lines holding a needle, one scan of the page is cheaper.
NEEDLE_LINES_SHARE = 0.25


def _lines_holding(needles: tuple[str, ...], lines: JoinedLines) -> list[int] | None:
    """Indices (sorted) of the lines that hold one of ``needles``; None when so
    many do that scanning the page whole is cheaper."""
    text = lines.text
    starts = lines.starts
    most = NEEDLE_LINES_SHARE * len(starts)
    found: set[int] = set()
    for needle in needles:
        position = text.find(needle)
        while position >= 0:
            index = bisect_right(starts, position) - 1
            found.add(index)
            if len(found) > most:
                return None
            position = text.find(needle, starts[index + 1])
    return sorted(found)


BOILERPLATE_PAGE = page_pattern(BOILERPLATE, anchored=True)
SHARE_ROW_PAGE = page_pattern(SHARE_ROW, anchored=True)
CONTROL_PAGE = page_pattern(CONTROL, anchored=True)
LEGAL_PAGE = page_pattern(LEGAL, anchored=False)
DISCLAIMER_PAGE = page_pattern(DISCLAIMER, anchored=False)
CAPTION_SCENE_PAGE = page_pattern(CAPTION_SCENE, anchored=False)
CAPTION_SCENE_START_PAGE = page_pattern(CAPTION_SCENE_START, anchored=True)
CONSENT_PAGE = page_pattern(CONSENT, anchored=False)
CONSENT_WEAK_PAGE = page_pattern(CONSENT_WEAK, anchored=False)
COMMENTS_START_PAGE = page_pattern(COMMENTS_START, anchored=True)
LIST_HEADING_PAGE = page_pattern(LIST_HEADING, anchored=True)
META_START_PAGE = page_pattern(META_START, anchored=True)
META_PHRASE_PAGE = page_pattern(META_PHRASE, anchored=False)
SEE_ALSO_PAGE = page_pattern(SEE_ALSO, anchored=True)
PROMO_PAGE = page_pattern(PROMO, anchored=True)
PROMO_INSIDE_PAGE = page_pattern(PROMO_INSIDE, anchored=False)
COMMENT_REPLY_PAGE = page_pattern(COMMENT_REPLY, anchored=False)
