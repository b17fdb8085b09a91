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

import regex


def _lower(pattern: str) -> re.Pattern[str]:
    """Compile a lower-case pattern, to be matched against ``line.lower()``."""
    return re.compile(pattern)


BOILERPLATE = _lower(
    r"^(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|"
    r"reklama|reklam|sponsored|gesponsert|ad ?choices|"
    r"share|share (?:this|on|via)\b.{0,40}|teilen|partager|compartir|condividi|udostępnij|paylaş|"
    r"tweet|print|drucken|imprimer|imprimir|stampa|e-?mail|copy link|"
    r"facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|instagram|youtube|xing|"
    r"log ?in|sign ?in|sign ?up|register|anmelden|registrieren|connexion|s'inscrire|"
    r"iniciar sesión|registrarse|accedi|zaloguj(?: się)?|giriş yap|subscribe|abonnieren|"
    r"s'abonner|suscríbete|abbonati|newsletter|search|suche|rechercher|buscar|cerca|szukaj|ara|"
    r"menu|menü|close|schließen|fermer|cerrar|chiudi|zamknij|kapat|skip to .{0,30}|"
    r"back to top|nach oben|retour en haut|volver arriba|"
    r"loading|cargando|chargement|wird geladen|"
    r"next|previous|zurück|weiter|suivant|précédent|siguiente|anterior|"
    r"read more|weiterlesen|mehr lesen|lire la suite|leer más|leia mais|czytaj (?:więcej|dalej)|"
    r"devamını oku|show more|more|mehr|plus|más|"
    r"follow us.{0,30}|folgen sie uns.{0,30}|suivez-nous.{0,30}|síguenos.{0,30}|"
    r"all rights reserved.{0,60}|alle rechte vorbehalten.{0,40}|tous droits réservés.{0,40}|"
    r"todos los derechos reservados.{0,40}|wszelkie prawa zastrzeżone.{0,40}|"
    r"image|photo|foto|video|bild|getty images|reuters|afp|dpa|ap|"
    r"comments?|kommentare?|commentaires?|comentarios?|commenti|komentarze?|yorumlar?|"
    r"\d{1,6} (?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarz\w{0,3}|yorum)"
    r")\W{0,3}$"
)

# Copyright and legal footers, anywhere in a short line.
LEGAL = _lower(
    r"(?:©|\(c\)\s{0,2}\d{4}|copyright\b|all rights reserved|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos|privacy policy|datenschutz|impressum|"
    r"terms of (?:use|service)|nutzungsbedingungen|mentions légales|aviso legal|"
    r"politique de confidentialité|política de privacidad|cookie)"
)

# Cookie and consent notices can be long sentences; these words give them away.
CONSENT = _lower(
    r"cookie|consent|einwilligung|zustimmung|datenschutzerklärung|"
    r"javascript|adblocker|ad blocker|enable js|enable scripts|désactiver votre bloqueur"
)
# Weaker hints: only decisive on short lines ("Update your browser").
CONSENT_WEAK = _lower(
    r"privacy|your browser|ihr browser|votre navigateur|navegador|"
    r"newsletter|sign up for|subscribe to|abonnieren sie"
)

# Where readers' comments begin: everything after is their text, not the article's.
# Only phrases that name the section unmistakably ("34 comments", "Leave a
# reply"); a bare "Comments" is as often a button in a share bar.
COMMENTS_START = _lower(
    r"^\W{0,3}(?:\d{1,6}\s{1,2}(?:comments?|responses?|replies|kommentare?|commentaires?|"
    r"comentarios?|commenti|komentarz\w{0,3}|yorum\w{0,3})\b.{0,80}|"
    r"(?:leave|post|add|write) (?:a|your) (?:reply|comment|response).{0,40}|"
    r"(?:join|start) the (?:conversation|discussion|debate).{0,20}|"
    r"(?:comments?|kommentare?) \(\d{1,6}\)|"
    r"kommentar (?:schreiben|verfassen)|diskutieren sie mit.{0,30}|"
    r"laisser un commentaire|deja un comentario|dejar un comentario|lascia un commento|"
    r"napisz komentarz|yorum yaz.{0,10}|\d{1,6} thoughts on .{1,200}|"
    r"(?:top rated|most recent|newest|oldest|reader|readers'|user|featured) comments|"
    r"(?:view|show|see|read) (?:all )?(?:\d{1,6} )?comments|"
    r"leserkommentare|kommentare lesen)\W{0,3}$",
)

# A reader's comment header: "Jane says:", "John Doe schreibt:", "said on 12 May".
COMMENT_AUTHOR = _lower(
    r"^.{1,60}? (?:says|said|schreibt|sagt|dit|escribe|dice|napisał|yazdı) {0,2}:? {0,2}$"
)
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

# A byline: "By Jane Doe", "Von Max Mustermann", "Par ...", "Por ...", "Autor: ...".
BYLINE = regex.compile(
    r"^(?i:by|from|von|par|por|di|da|door|av|af|przez|yazan|autor(?:in)?|author|auteur|"
    r"written by|reported by|text|texte|redakcja|redaktion|reporter)\b\s{0,3}:?\s{0,3}"
    r"\p{Lu}"
)

# Headings of link lists: what a reader sees above "latest" or "related" boxes.
LIST_HEADING = _lower(
    r"^(?:latest(?: news| stories| headlines)?|most (?:read|popular|viewed|shared|commented)|"
    r"popular(?: now| stories)?|trending(?: now| stories)?|recommended(?: for you| stories)?|"
    r"related(?: stories| articles| news| content| topics| coverage)?|read next|up next|"
    r"more (?:stories|news|articles|videos)(?: like this(?: one)?| for you)?|"
    r"more (?:from|in|on) .{1,40}|top stories|editor'?s picks|"
    r"you (?:may|might) (?:also )?like|see also|also read|don't miss|"
    r"neueste(?: artikel| nachrichten)?|meistgelesen|meist gelesen|beliebt|empfohlen|"
    r"das könnte sie (?:auch )?interessieren|mehr zum thema|weitere artikel|themen|"
    r"à lire aussi|les plus lus|dernières (?:infos|actualités|nouvelles)|sur le même sujet|"
    r"lo más leído|más leídas|últimas noticias|te puede interesar|relacionad[oa]s|"
    r"najnowsze|najczęściej czytane|polecane|zobacz (?:też|także)|czytaj także|"
    r"en çok okunanlar|son dakika|ilgili haberler|"
    r"i più letti|ultime notizie|leggi anche|mais lidas|últimas|veja também|tags?|topics?|"
    r"schlagwörter|mots-clés|etiquetas|tagi|etiketler|"
    r"das könnte (?:dich|sie) (?:auch )?interessieren|verwandte artikel|ähnliche artikel|"
    r"mehr lesen über|meist gesucht|auch interessant|lesen sie auch|weitere informationen|"
    r"vea también|lea también|le puede interesar|noticias relacionadas|más noticias|"
    r"lire aussi|voir aussi|articles similaires|related articles|read more|read also|"
    r"more on this story|recommended for you|potrebbe interessarti|czytaj (?:też|także)|"
    r"przeczytaj (?:też|także)|bunlar da ilginizi çekebilir)\W{0,3}$"
)

# Tag lines: "Tags: A, B", "Schlagwörter: ...", or a bare "Diplomacy," from a tag list.
TAGS_PREFIX = _lower(
    r"^(?:tags?|topics?|schlagwörter|themen|mots-clés|etiquetas|tagi|etiketler|keywords)\s{0,2}:"
)

# Reading time, photo credits and caption sources.
META_PHRASE = _lower(
    r"\d{1,3} ?(?:min(?:ute)?s?|minuten)\.? {1,2}(?:read|lesezeit|lectura|lecture)\b|"
    r"\((?:photo|foto|image|credit|bild)[^)]{0,60}\) {0,2}$"
)
# ... and the same at the start of a line: "Updated 7 Feb", "Photo: Reuters".
META_START = _lower(
    r"(?:lesezeit|reading time|temps de lecture|tiempo de lectura)\b|"
    r"(?:photo|foto|image|bild|picture|credit|quelle|source|fuente|źródło) {0,2}:|"
    r"(?:published|updated|posted|veröffentlicht|aktualisiert|publié|mis à jour|publicado|"
    r"actualizado|pubblicato|aggiornato|opublikowano|aktualizacja|yayınlanma|güncelleme)\b"
)

# An image caption or credit: ends with an agency or photographer credit
# ("... in Madrid. (Manu Fernandez/AP)", "... | Bloomberg | Getty Images"), or
# starts with "Photo:".
CAPTION = regex.compile(
    r"(?:(?:[(|/—–:]|\s-)\s{0,2}[^|()]{0,60}\b(?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|dpa|"
    r"Bloomberg|Shutterstock|Imago|iStock(?:photo)?|picture alliance|Keystone|ANSA|PA Images?|"
    r"Xinhua|Anadolu|NurPhoto|SIPA|WireImage|Alamy|AP Photo|File Photo|Photo Credit|"
    r"ASSOCIATED PRESS|Associated Press)\b"
    r"[^|()]{0,40}\)?\.?\s{0,2}$|"
    r"^(?:photo|foto|image|bild|picture|credit|crédit|fotografía|zdjęcie)"
    r"(?: credits?| courtesy)?\s{0,2}(?::|by\b)|"
    r"^(?:above|top|pictured|left|right|below|main image)\s{0,2}:\s|"
    r"^©\s{0,2}\p{Lu}\p{Ll}|"
    r"\((?i:photo|foto|image|credit|bild|picture|source|quelle)s?\s{0,2}:?[^)]{0,80}\)\.?\s{0,2}$|"
    r"\s(?:AP|AFP|Reuters|Getty Images|EPA|dpa)$)",
)

# A link to another story set inside the text: "Read more: ...", "VEA TAMBIÉN: ...",
# ">> ... <<".
SEE_ALSO = _lower(
    r"^(?:>>|»)|^(?:read more|read also|also read|see also|related|more|lesen sie auch|"
    r"lesen sie mehr|mehr zum thema|auch interessant|siehe auch|vea también|lea también|"
    r"le puede interesar|te puede interesar|lire aussi|à lire aussi|voir aussi|article suivant|"
    r"leggi anche|czytaj (?:też|także|więcej)|zobacz (?:też|także)|ilgili haber)\s{0,2}[:>»|]"
)

# Calls to act rather than text: subscribe, sign up, download the app, share,
# donate. Only decisive on lines of a sentence or two.
PROMO = _lower(
    r"^(?:subscribe|sign up|download (?:the|our)|get the latest|register now|follow us|"
    r"don't miss|join (?:us|our)|support (?:us|our)|"
    r"jetzt (?:abonnieren|registrieren|anmelden|teilen|spenden)|abonnieren sie|"
    r"melden sie sich|teilen sie|teile diesen|möchten sie (?:den|diesen) artikel|"
    r"lust auf mehr|ihr beitrag hilft|unterstützen sie|abonnez-vous|inscrivez-vous|"
    r"suscríbete|regístrate|para comentar|¡?mira lo que|iscriviti|zapisz się|abone ol)"
)
