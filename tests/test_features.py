from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import features
from newsclean.config import Config
from newsclean.dates import find_date, has_relative_time
from newsclean.features import _GLUED_HINT, measure
from newsclean.lines import split_lines


def features_of(text: str):  # type: ignore[no-untyped-def]
    return measure(split_lines(text), Config())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-02-07", datetime.date(2023, 2, 7)),
        # An ISO 8601 timestamp, as a byline or Jina Reader's header prints it.
        ("By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", datetime.date(2019, 11, 18)),
        ("Published Time: 2023-02-07T10:14:00+00:00", datetime.date(2023, 2, 7)),
        ("Updated 7 Feb 2023, 10:14", datetime.date(2023, 2, 7)),
        ("February 7, 2023 9:02 AM", datetime.date(2023, 2, 7)),
        ("07.02.2023 | 08:57", datetime.date(2023, 2, 7)),
        ("7. Februar 2023", datetime.date(2023, 2, 7)),
        ("7 février 2023", datetime.date(2023, 2, 7)),
        ("7 de febrero de 2023", datetime.date(2023, 2, 7)),
        ("7 lutego 2023", datetime.date(2023, 2, 7)),
        ("7 Şubat 2023", datetime.date(2023, 2, 7)),
        ("sexta-feira, 22 de outubro de 2010 às 20:13", datetime.date(2010, 10, 22)),
        ("Posted on Maret 30, 2015", datetime.date(2015, 3, 30)),  # Indonesian
        ("17 Agustus 2019", datetime.date(2019, 8, 17)),
        # The hour glued to the year where the page had a tag between them.
        ("Published Wed, Nov 20 20194:29 AM EST", datetime.date(2019, 11, 20)),
        ("miércoles, 4 de mayo de 202200:00 hs", datetime.date(2022, 5, 4)),
        # A blog theme's published and updated dates glued together: the first.
        ("22. Dezember 201922. Dezember 2019 von Peter Addor", datetime.date(2019, 12, 22)),
        ("December 22, 2019December 23, 2019", datetime.date(2019, 12, 22)),
        ("15/01/201614/01/2016", datetime.date(2016, 1, 15)),
    ],
)
def test_dates_in_several_languages(text: str, expected: datetime.date) -> None:
    found = find_date(text)
    assert found is not None and found.date == expected


def test_impossible_dates_and_plain_numbers_are_not_dates() -> None:
    assert find_date("2023-02-31") is None
    assert find_date("Top 10 of 2019") is None
    assert find_date("Nov 20 201945") is None  # a number, not a year and a time
    assert find_date("7 Feb 2019abc") is None  # glued to lower-case letters: no word's start
    assert find_date("07.02.2019123") is None


@pytest.mark.parametrize(
    "text", ["3 hours ago", "vor 2 Tagen", "5 Minuten her", "il y a 5 heures", "yesterday"]
)
def test_relative_times(text: str) -> None:
    assert has_relative_time(text)


@pytest.mark.parametrize(
    "text",
    [
        "By Jane Doe",
        "Von Max Mustermann",
        "Par Jean Dupont",
        "Autor: Ana",
        "Автор: Мария Иванова",
        # The writer's role and a colon, in German perhaps gender-inclusive.
        "Kolumnist*in: Evan Tepest",
        "Autor:in: Jane Doe",
        "Columnist: Jane Doe",
        # "Written by" in other languages.
        "Verfasst von: Jane Doe | 31. Dezember 2008",
        "Geschrieben von Max Mustermann",
        "Écrit par Jean Dupont",
        "Escrito por Ana García",
        "Scritto da Mario Rossi",
        # Said in full, "written by" may name a blog's user in lower case.
        "Verfasst von: mitundvoneinander | 31. Dezember 2008",
        "Written by admin",
    ],
)
def test_bylines(text: str) -> None:
    assert features_of(text).lines[0].byline


def test_a_role_without_its_colon_opens_a_headline_not_a_byline() -> None:
    assert not features_of("Columnist Jane Doe wins the prize").lines[0].byline


def test_by_in_a_sentence_is_not_a_byline() -> None:
    assert not features_of("by the way, nothing happened").lines[0].byline
    assert not features_of("von der Leyen kommt").lines[0].byline


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        # "Von" and "from" open subheadings too: a byline after them names people.
        ("Von Babyboomer bis Gen Z: Mehrgenerationen-Teams erfolgreich führen", False),
        ("Von Barzahler-Rabatten profitieren", False),
        ("From Russia with love", False),
        ("Von Anna Maria von der Heide und Max Muster, dpa", True),
        ("From Jane Doe for The Times", True),
        ("Von: Max Mustermann", True),
        # With a date it is a byline however it goes on.
        ("Von Max Muster publiziert am 25. September 2018", True),
    ],
)
def test_a_byline_after_from_names_people(text: str, byline: bool) -> None:
    assert features_of(text).lines[0].byline is byline


def test_language_is_guessed_without_a_flag() -> None:
    german = (
        "Die Regierung hat am Montag in Berlin einen neuen Plan für die Wirtschaft vorgestellt."
    )
    assert features_of(german).stopwords.language == "german"
    polish = "Rząd przedstawił w poniedziałek nowy plan dla gospodarki, który ma pomóc firmom."
    assert features_of(polish).stopwords.language == "polish"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "finnish",
            "Hallitus esitteli maanantaina uuden suunnitelman, jonka mukaan kaupungin vanha "
            "silta suljetaan korjausten ajaksi ja työ kestää ainakin kaksi vuotta.",
        ),
        (
            "hungarian",
            "A kormány hétfőn bemutatta az új tervet, amely szerint a város régi hídját a "
            "javítások idejére lezárják, és a munka legalább két évig tart.",
        ),
        (
            "estonian",
            "Valitsus tutvustas esmaspäeval uut kava, mille järgi linna vana sild suletakse "
            "remondi ajaks ja töö kestab vähemalt kaks aastat.",
        ),
        (
            "turkish",
            "Hükümet pazartesi günü yeni planı açıkladı, buna göre şehrin eski köprüsü onarım "
            "süresince kapatılacak ve çalışma en az iki yıl sürecek.",
        ),
        (
            "czech",
            "Vláda v pondělí představila nový plán, podle kterého bude starý most ve městě po "
            "dobu oprav uzavřen a práce potrvají nejméně dva roky.",
        ),
    ],
)
def test_language_of_one_sentence_in_a_language_of_long_lists(language: str, text: str) -> None:
    # Told by each list's commonest words only: one sentence is enough.
    assert features_of(text).stopwords.language == language


def test_language_is_told_by_the_lists_commonest_words() -> None:
    # The Finnish list's long tail holds English nouns ("cup", "green", "red",
    # "your", "little", "white"): a recipe in English is English all the same.
    recipe = "\n".join(
        [
            "1 cup green apple, 1 cup red grapes and a little white yogurt in your blender",
            "Blend the green cup until smooth, then add a little more red juice to your glass",
            "Top with blue berries, a cup of white oats and your favourite little seeds",
        ]
    )
    assert features_of(recipe).stopwords.language == "english"


def test_language_is_told_from_the_pages_first_words(monkeypatch: pytest.MonkeyPatch) -> None:
    # A page of megabytes is sampled on its first LANGUAGE_SAMPLE_MAX_WORDS words.
    english = "The minister said that the new rules would come into force in the spring."
    german = "Die Regierung hat am Montag in Berlin einen neuen Plan vorgestellt."
    page = "\n".join([english] * 3 + [german] * 5)
    assert features_of(page).stopwords.language == "german"
    monkeypatch.setattr(features, "LANGUAGE_SAMPLE_MAX_WORDS", 30)
    assert features_of(page).stopwords.language == "english"


def test_language_without_a_list_gives_no_stopword_signal() -> None:
    page = features_of("俄罗斯外长拉夫罗夫抵达马里进行会谈这是他七月以来第三次访问非洲大陆")
    assert page.stopwords.language is None
    assert page.lines[0].words >= 10


def test_sentence_punctuation_and_phrases() -> None:
    page = features_of(
        "It rained all day in Paris.\nAdvertisement\nLeave a reply\n© 2023 Example Media"
    )
    rained, advert, reply, legal = page.lines
    assert rained.terminal and not advert.terminal
    assert advert.boilerplate_phrase
    assert reply.comments_start
    assert legal.legal


@pytest.mark.parametrize(
    "sentence",
    [
        "नई दिल्ली में सोमवार को वायु गुणवत्ता फिर गंभीर श्रेणी में पहुंच गई।",  # Hindi: danda
        "محکمہ موسمیات کے مطابق آئندہ دو روز تک دھند برقرار رہنے کا امکان ہے۔",  # Urdu
        "هل يؤدي هذا القرار إلى زيادة التضخم في الدول المستوردة؟",  # Arabic question
        "東京で新しい駅が開業した。",
    ],
)
def test_a_sentence_ends_in_its_scripts_full_stop(sentence: str) -> None:
    (line,) = features_of(sentence).lines
    assert line.terminal
    (cut,) = features_of(sentence[:-1]).lines
    assert not cut.terminal


@pytest.mark.parametrize(
    ("text", "legal"),
    [
        ("When you purchase through links on our site, we may earn an affiliate commission.", True),
        ("FTC: We use income earning auto affiliate links. More.", True),
        ("The agent said she would earn a commission of three per cent on the sale.", False),
    ],
)
def test_an_affiliate_disclosure_is_legal_text(text: str, legal: bool) -> None:
    (line,) = features_of(text).lines
    assert line.legal is legal


@pytest.mark.parametrize(
    ("text", "consent"),
    [
        ("Consent preferences", True),
        ("Zustimmung verwalten", True),
        (
            "We use cookies to give you the best experience. By continuing to use the site "
            "you agree to our use of cookies and to the processing of your data.",
            True,
        ),
        (
            "Die technische Speicherung oder der Zugriff, der ausschließlich zu statistischen "
            "Zwecken erfolgt, dient der Auswertung der Besuche unserer Seiten und wird ohne "
            "weitere Angaben nicht verwendet.",
            True,
        ),
        (
            "The education officer said special vaccination consent forms had been sent out "
            "electronically to parents recently, and that about half had already replied.",
            False,
        ),
    ],
)
def test_consent_in_a_paragraph_takes_a_cookie_or_a_consent_managers_words(
    text: str, consent: bool
) -> None:
    (line,) = features_of(text).lines
    assert line.consent is consent


def test_a_comment_heading_holds_the_articles_whole_title() -> None:
    text = (
        "10 thoughts on “Business Focus: It’s Why Some People Triumph Online and "
        "Others Never Make It”"
    )
    (line,) = features_of(text).lines
    assert line.comments_start


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", True),
        ("By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM", True),
        ("By Jane Doe and John Roe, with reporting from the team in the capital city", False),
    ],
)
def test_a_byline_with_its_date_runs_longer(text: str, byline: bool) -> None:
    (line,) = features_of(text).lines
    assert line.byline is byline


DISCLAIMER = (
    "These statements have not been evaluated by the Food and Drug Administration. "
    "These products are not intended to diagnose, treat, cure, or prevent any disease. "
    "Acme, the Acme logo and Acme Fit are registered trademarks of Acme Inc. All other "
    "names are trademarks of their owners, and nothing on this site is to be construed "
    "as medical advice for any reader in any country."
)


@pytest.mark.parametrize(
    ("text", "legal"),
    [
        (DISCLAIMER, True),
        ("PCMag is among the federally registered trademarks of Ziff Davis.", True),
        ("The content is for informational purposes only and is no advice.", True),
        ("If you buy something through this post, IGN may get a share of the sale.", True),
        (
            "This document is subject to copyright. Apart from any fair dealing for the "
            "purpose of private study or research, no part may be reproduced without the "
            "written permission. The content is provided for information purposes only.",
            True,
        ),
        ("Use of this site constitutes acceptance of our User Agreement.", True),
        ("NOW Grenada is not responsible for the opinions of contributors.", True),
        (
            "Neumann sold the trademark to the company for six million dollars, and the board "
            "agreed to it in a meeting that several directors later said they regretted.",
            False,
        ),
        (" ".join([DISCLAIMER] * 2), False),  # a paragraph of that length is the article's
    ],
)
def test_a_sites_disclaimer_is_legal_text_up_to_a_short_paragraph(text: str, legal: bool) -> None:
    (line,) = features_of(text).lines
    assert line.legal is legal


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("U.S. Defense Secretary Mark Esper, left, and the Vietnamese minister shake hands.", True),
        ("Dr. Gernot Jäger (links) leitet das Kompetenzzentrum für Biotechnologie.", True),
        ("Acting Chief Education Officer Joy Adamson (second from right) and officials.", True),
        ("In this Sunday, Nov. 10, 2019, photograph, a long row of unsold cars sits there.", True),
        ("This illustration shows a concept moon lander by Tyvak Nano-Satellite Systems.", True),
        ("An artist's concept of Blue Origin's Blue Moon lander.", True),
        ("The rally moved left, then right, and stopped at the square before noon.", False),
        ("Sie war für eine(r) Ärztin, sagte die Kammer am Dienstag in Wien.", False),
        ("In this case the court found that the photo had been taken lawfully.", False),
    ],
)
def test_a_caption_says_who_stands_where_or_names_the_picture(text: str, caption: bool) -> None:
    (line,) = features_of(text).lines
    assert line.caption is caption


@pytest.mark.parametrize(
    "heading",
    [
        "34 responses to “Council closes the bridge”",
        "11 Antworten zu “Sunday Thoughts”",
        "5 Gedanken zu „Ratschläge geben“",
        "12 réponses à « Le pont »",
        "3 Kommentare",
        "Leave a reply",
        "Добавить комментарий",
        "Plaats een reactie",
    ],
)
def test_comment_section_headings_in_several_languages(heading: str) -> None:
    assert features_of(heading).lines[0].comments_start


def test_kicker_and_glued_teaser() -> None:
    page = features_of(
        "WORLD French protesters hold more strikes over pension changes\n"
        "Police: 2 In Custody After Death Of Student-AthleteA 24-year-old woman was found."
    )
    assert page.lines[0].kicker == "WORLD"
    assert page.lines[1].glued


def test_brand_names_are_not_glued() -> None:
    line = "Sony said on Tuesday that the new PlayStation will cost less than the old one did."
    assert not features_of(line).lines[0].glued


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeABCDE.!? ĀāЯяßÀ", max_size=16))
def test_glued_hint_finds_a_capital_after_four_small_letters(text: str) -> None:
    # The hint is written capital-first for speed; this is what it must mean.
    plain = re.compile(r"[a-zß-öø-ÿĀ-ſа-яα-ω]{4}[.!?]?[A-ZÀ-ÖØ-ÞĀ-ſА-ЯΑ-Ω]")
    assert (_GLUED_HINT.search(text) is None) == (plain.search(text) is None)


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Rescuers at work near the river in Madrid. (Manu Fernandez/AP)", True),
        ("Photo: Damian Dovarganes, AP", True),
        # A credit closing the caption, and a credit with its own brackets:
        ("Helfer versorgen Einsatzkräfte mit Essen und Getränken. Foto: Galli/Malteser", True),
        ("Die Menge wird zum Mob. Bild: Gregory Batardon/Theater St. Gallen", True),
        ("The hunter was seen near the border in May Credit: The Siberian Times", True),
        ("(Foto: DBT/Stella von Saldern (bearbeitet durch spdfraktion.de))", True),
        # A caption says so at its start, in any case, or numbers a figure.
        ("Photo: Jane Doe", True),
        ("Above: the bridge at night", True),
        ("Abbildung 4: klassische Schwachschicht.", True),
        ("Figure 1: Bar chart with the default font sizes.", True),
        # The BBC's hidden label before a caption.
        ("Image caption Scooter Braun has managed Justin Bieber", True),
        ("Media caption Who is Julian Assange?", True),
        ("Media coverage of the trial was intense this week in the city.", False),
        # Text that talks about a photo is not a caption.
        ("He showed the court the photo: a man standing by the river.", False),
        ("Photography is an art that many people enjoy today.", False),
        ("Figures from the agency show a rise in prices.", False),
        ("Photos of the storm were shared thousands of times on Sunday.", False),
        ("Main image credit: Getty", True),
        ("Trump asked voters for a big win. Credit... Doug Mills/The New York Times", True),
        ("The credit card was declined...", False),
        ("Фото:личный архив Оли Малышевой", True),
        ("Фото: РИА Новости", True),
        ("Фотографии выставки показали в музее в субботу.", False),
        ("Foto © Peter Steiger", True),
        ("Video: In this talk presented at the conference, the professor explains it.", True),
        ("Courtesy of Andrew Vaughan", True),
        ("Video games are popular with the young.", False),
        ("Image copyright Getty Images", True),
        # German papers mark a symbolic or archive photo as such.
        ("Parade zum Christopher-Street-Day (Symbolbild)", True),
        ("Ein Rettungswagen vor der Klinik (Archivfoto: dpa)", True),
        ("Die Partei sieht sich als Symbol (der Bewegung)", False),
        # A drawing's credit, or a photo's and a drawing's at once ...
        ("Fotos/Illustration: Bär Kittelmann", True),
        ("Illustration: Jane Doe", True),
        ("Illustration by Jane Doe", True),
        # ... but a plural alone is as often a gallery's link.
        ("Photos: Crossgates Mall through the years", False),
    ],
)
def test_captions_and_credits(text: str, caption: bool) -> None:
    (line,) = features_of(text).lines
    assert line.caption is caption


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Most read", True),
        ("LATEST NEWS", True),
        ("Lesen Sie auch:", True),
        ("Diese Artikel könnten dich auch interessieren:", True),
        ("Самые популярные диеты", True),
        ("Читайте также", True),
        ("Lees ook", True),
        ("More Great WIRED Stories", True),
        # The heading may name the site, or open with an article.
        ("Most read on BBC News", True),
        ("Die meistgelesenen Artikel bei SWR.de/Sport", True),
        ("Other news in this section", True),
        ("Você pode gostar...", True),
        ("También te puede interesar", True),
        ("The latest", True),
        ("MOST DISCUSSED", True),
        ("Recent Posts", True),
        ("Trending news", True),
        ("More about the elder scrolls", True),
        # A headline that starts like one is a headline.
        ("The Latest: Trump says he will veto the bill", False),
        ("Most readers never finish the form, a study finds", False),
        ("Recent posts on social media drew the council's attention", False),
    ],
)
def test_headings_of_link_lists(text: str, heading: bool) -> None:
    (line,) = features_of(text).lines
    assert line.list_heading is heading


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        # inscriptis: no space at the join; html-text: a space, after a title-case headline.
        ("Police Seek Driver After Crash Near The Old BridgeA 24-year-old woman was hurt.", True),
        (
            "Ford Recalls F-150s; Loose Cable Can Cause Stalling Or Fires Ford is recalling "
            "over 168,000 pickup trucks because a cable can come loose.",
            True,
        ),
        # Names at the start of a caption or a sentence are not a title-case headline.
        (
            "New York Islanders' Brock Nelson (29) puts the game-winning overtime goal "
            "behind the Pittsburgh goaltender.",
            False,
        ),
        ("The Michigan Department of Health and Human Services says the risk remains high.", False),
        ("Die Bundesregierung will die Regeln für den Ausbau der Windkraft an Land ändern.", False),
    ],
)
def test_headline_and_summary_glued_on_one_line(text: str, glued: bool) -> None:
    (line,) = features_of(text).lines
    assert line.glued is glued


@pytest.mark.parametrize(
    ("text", "control"),
    [
        ("Sign in", True),
        ("Submit", True),
        ("Name (required)", True),
        ("Email *", True),
        ("Your email address", True),
        ("Zip Code", True),
        # A search box's label that names what it searches.
        ("SEARCH QUOTES", True),
        ("Search AutoIndustriya.com", True),
        ("web search", True),
        ("Search for the missing hiker ends", False),
        # An author box's links, and an ad's page between two of the site's.
        ("View author archive", True),
        ("Get author RSS feed", True),
        ("Email the author", True),
        ("Continue to IndieWire SKIP AD", True),
        ("The author of the archive speaks", False),
        # A menu's button, and a read-aloud player's.
        ("Menü schließen", True),
        ("Open Menu", True),
        ("Vorlesen", True),
        ("Listen to this article", True),
        # A headline or a section is not a control.
        ("Save the date", False),
        ("Names of the victims released", False),
        ("Listen to the birds in the city", False),
    ],
)
def test_form_fields_and_buttons_are_the_sites_controls(text: str, control: bool) -> None:
    (line,) = features_of(text).lines
    assert line.control is control


@pytest.mark.parametrize(
    ("text", "promo"),
    [
        ("Subscribe to our newsletter", True),
        ("Stay up to date with Ascom.", True),
        ("Want more stories like this?", True),
        ("You have succesfully subscribed. Thank you!", True),
        ("Please check your email to confirm your subscription.", True),
        ("No spam, we promise. You can unsubscribe at any time.", True),
        ("Get breaking space news and the latest updates on rocket launches!", True),
        ("If you enjoyed this article, we have a proposition for you: join us.", True),
        ("Like this story? Share it with a friend!", True),
        ("Wenn Dir der Artikel gefallen hat, teile ihn auf:", True),
        ("Have a tip? Jane Doe may be reached at jane@example.com.", True),
        ("Found the story interesting?", True),
        ("Werden Sie Mitglied bei", True),
        ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", True),
        ("Thanks for watching! Visit Website", True),
        ("Follow the money on the trail from Lagos to London, the judge said.", False),
        ("Got a confidential news tip? We want to hear from you.", True),
        ("Vielen Dank für Ihre Anmeldung.", True),
        ("Erstelle kostenlos eine Website oder ein Blog auf WordPress.com.", True),
        ("Unterstütze uns mit deiner Spende!", True),
        ("Like us on Facebook to see similar stories", True),
        ("Need more space? Subscribe to our sister title for the latest news!", True),
        ("Want more Rolling Stone? Sign up for our newsletter.", True),
        ("The club asked fans to join our community of supporters, the chairman wrote.", True),
        ("She said the group would subscribe to the plan once the council agreed.", False),
        # Text that happens to mention subscribers or staying informed.
        ("Subscribers to the service rose by a third in a year.", False),
        ("Residents were told to stay informed about the flood.", False),
        ("Like this story, many others from the valley were never told.", False),
        ("No spammer has been caught so far, the police said.", False),
        # "Click here" to get the site's app or newsletter, or to support it.
        ("CLICK HERE TO GET THE FOX NEWS APP", True),
        ("Do you rely on Snopes reporting? Click here to support it.", True),
        ("GET FOX BUSINESS ON THE GO BY CLICKING HERE", True),
        ("Click here to get more information or download this game.", False),
        # A newsletter's pitch.
        (
            "Let our news meet your inbox. The news and stories that matter, "
            "delivered weekday mornings.",
            True,
        ),
        (
            "There's plenty more where that came from. Sign up for The Water Coolest today "
            "to get the free daily newsletter.",
            True,
        ),
        ("The council's newsletter told residents to sign up for the ferry.", False),
        # A pitch that opens the line, however long it goes on.
        (
            "Join our Space Forums to keep talking space on the latest missions, night sky "
            "and more! And if you have a news tip, correction or comment, let us know at: "
            "community@space.com.",
            True,
        ),
        (
            "Subscribe to the council's notices, she said, and you will see that the "
            "bridge has been closed for repairs three times in ten years, each time for "
            "longer than promised, while the ferry that was meant to replace it ran only "
            "in summer and the people of the old town had to drive an hour around the "
            "valley to reach the hospital.",
            False,
        ),
        # A news site's offer to chat (CNN's, over its video box).
        ("Chat with us in Facebook Messenger. Find out what's happening in the world.", True),
        ("They chat with us in Facebook Messenger every day, the mayor said.", False),
    ],
)
def test_newsletter_prompts_are_calls_to_act(text: str, promo: bool) -> None:
    (line,) = features_of(text).lines
    assert line.promo is promo


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        ("Share", True),
        ("Email • Twitter", True),
        ("Whatsapp Facebook Pint Baixar", True),
        ("Facebook Twitter Pinterest Email", True),
        ("Facebook friends share a photo of the flood", False),
        (
            "Share Facebook Twitter Google+ ReddIt WhatsApp Pinterest Email Linkedin Tumblr "
            "Telegram StumbleUpon VKontakte Digg",
            True,
        ),
        ("Share on Facebook and Twitter if you like the story, the line or the sketch", False),
        ("Share to LinkedIn LinkedIn Share to Facebook Facebook Share to Email Email", True),
        ("Print This Article Share it With Friends", True),
        ("Continue reading the main story", True),
        ("Nessun commento", True),
        ("Zurück zur Übersicht", True),
        ("You are signed in as", True),
        ("Image 1 of 5", True),
        ("1 / 8", True),
        ("Seite 2 von 3", True),
        ("Back to Gallery", True),
        ("CONTINUA DEPOIS DA PUBLICIDADE", True),
        ("Подписаться", True),
        ("Lees verder", True),
        ("Story continues below advertisement", True),
        ("Advert", True),
        ("View all (23)", True),
        ("Read Later", True),
        ("1 of 3 people in the city rent their home", False),
        ("Email this story", True),
        ("Print the article you liked and frame it, readers were told.", False),
    ],
)
def test_a_row_of_share_buttons_is_chrome(text: str, chrome: bool) -> None:
    (line,) = features_of(text).lines
    assert line.boilerplate_phrase is chrome


@pytest.mark.parametrize(
    ("text", "see_also"),
    [
        ("Read more: Council opens the new bridge", True),
        ("Next article China Announces Plan to Phase Out Single-Use Plastics", True),
        ("Article suivant Après une mise en quarantaine", True),
        ("On HoustonChronicle.com: Car sales plunge nearly 17 percent in August", True),
        ("Also on rt.com Journalists threatened with sedition arrests", True),
        ("On Monday, the council voted on the new bridge.", False),
        ("Next, the council voted on the new bridge.", False),
    ],
)
def test_links_to_other_stories_inside_the_text(text: str, see_also: bool) -> None:
    (line,) = features_of(text).lines
    assert line.see_also is see_also


@pytest.mark.parametrize(
    "text",
    ["Updated 7 Feb 2023, 10:14", "Опубликовано: 7 февраля 2023", "Bijgewerkt op 7 februari 2023"],
)
def test_published_and_updated_lines_in_several_languages(text: str) -> None:
    (line,) = features_of(text).lines
    assert line.meta_phrase and line.date is not None


@pytest.mark.parametrize("text", ["Quelle: dpa", "Quellen: Vergleich.de, Ford", "Sources: AP, AFP"])
def test_a_line_of_sources_is_meta(text: str) -> None:
    (line,) = features_of(text).lines
    assert line.meta_phrase


@pytest.mark.parametrize(
    "button",
    [
        "Click to share on Facebook (Opens in new window)",
        "Click to email this to a friend (Opens in new window)",
        "Click to print (Opens in new window)",
        "Submit to Stumbleupon (Opens in new window)",
        "Share to linkedin",
        "Created with Sketch.",  # an SVG icon's title, written out as text
        "image/svg+xml",
        "Klicken, um auf Twitter zu teilen (Wird in neuem Fenster geöffnet)",
        "Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)",
        "Haz clic para compartir en Twitter (Se abre en una ventana nueva)",
    ],
)
def test_share_buttons_written_as_sentences_and_icon_text_are_chrome(button: str) -> None:
    (feature,) = measure(split_lines(button), Config()).lines
    assert feature.boilerplate_phrase


def test_a_sentence_that_asks_to_click_is_not_a_share_button() -> None:
    (feature,) = measure(split_lines("Click to see how the council voted"), Config()).lines
    assert not feature.boilerplate_phrase


def test_a_byline_split_over_two_lines_is_a_byline() -> None:
    # A converter set the author's link on a line of its own.
    lines = measure(split_lines("By\nRyan Reed\n\nvon\nan\nBy\n12 December"), Config()).lines
    assert [f.byline for f in lines] == [True, True, False, False, False, False, False]


@pytest.mark.parametrize("text", ["Von:\nGötz Warnke", "By :\nJoe S."])
def test_a_split_byline_word_may_keep_its_colon_and_the_name_an_initial(text: str) -> None:
    lines = measure(split_lines(text), Config()).lines
    assert [f.byline for f in lines] == [True, True]


@pytest.mark.parametrize("words", ["Written by", "Article by", "Geschrieben von", "Artikel von:"])
def test_the_words_that_name_the_writer_over_the_name_are_a_byline(words: str) -> None:
    lines = measure(split_lines(f"{words}\nBarry Alleyne"), Config()).lines
    assert [f.byline for f in lines] == [True, True]


@pytest.mark.parametrize("words", ["Sponsored by", "Powered by", "Designed by", "Präsentiert von"])
def test_a_sponsor_or_a_maker_over_a_name_is_no_byline(words: str) -> None:
    lines = measure(split_lines(f"{words}\nAcme Media"), Config()).lines
    assert [f.byline for f in lines] == [False, False]


def test_a_sentence_under_a_byline_word_is_no_name() -> None:
    lines = measure(split_lines("By:\nThe End."), Config()).lines
    assert [f.byline for f in lines] == [False, False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Steve Peoples, AP National Political Writer", True),
        ("Caroline Hawley, BBC diplomatic correspondent", True),
        ("Jane Doe, Staff Writer", True),
        ("Al Goldis, Associated Press", False),  # as often a photo's credit
        ("New York, the editor said", False),
        ("Paris, France correspondent", False),
        # The role without the comma, as Forbes sets it; a paper's name is none.
        ("Bruce Y. Lee Senior Contributor", True),
        ("Meg James Staff Writer", True),
        ("The Hollywood Reporter", False),
        ("Become a Contributor", False),
        # A name with the handle of its account, glued on or not.
        ("Natasha Turak@NatashaTurak", True),
        ("Nishant Kumar @Nishantopines", True),
        # ... and the time since the story went up, past a separator.
        ("Catherine Shu @catherineshu / 2 days", True),
        ("Jane Doe @janedoe · 5 hours ago", True),
        ("Jane Doe @janedoe / Follow her on Twitter", False),
        ("Follow @AppleInsider", False),
        ("Tweets by @EvenMoreBikes", False),
        ("Women@Work", False),
    ],
)
def test_a_wire_byline_names_the_writer_and_the_role(text: str, expected: bool) -> None:
    (feature,) = measure(split_lines(text), Config()).lines
    assert feature.byline is expected


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # A writer who ends a sentence with a face leaves out its full stop.
        ("Man fühlt sich danach wie ein Badass und das gefällt mir 😉", True),
        ("Hatt ich nicht schon mal erwähnt wie flatterhaft das Mädl ist? :)", True),
        ("Try something new with your couple this weekend ;-)", True),
        # Other emoji decorate headlines.
        ("Das werden die angesagtesten Sandalenmodelle des Sommers 👡", False),
        ("Tricks für einen sicheren Nachhauseweg, die du kennen musst 🙏", False),
    ],
)
def test_a_face_may_end_a_sentence(text: str, ends: bool) -> None:
    assert features_of(text).lines[0].terminal is ends


@pytest.mark.parametrize(
    "text",
    ["17.10.2019, 14:14 Zum Antworten anmelden Zitieren #", "Log in to Reply", "Login to reply"],
)
def test_a_comments_log_in_to_reply_marks_a_comment(text: str) -> None:
    assert features_of(text).lines[0].comment_author


def test_a_reply_in_a_sentence_marks_no_comment() -> None:
    line = "The minister did not reply to questions about the plan on Tuesday."
    assert not features_of(line).lines[0].comment_author


@pytest.mark.parametrize(
    ("text", "comment"),
    [
        # A blog theme's line over a comment: its author and its time.
        ("Comment by Mirko Lange — 17.07, 2011 @ 13:04", True),
        ("Kommentar von Peter Harlander am 18.07.2011 um 09:21", True),
        # Without a time it opens an opinion piece.
        ("Ein Kommentar von Max Muster", False),
        ("Kommentar von Max Muster", False),
    ],
)
def test_a_comment_by_line_with_its_time_marks_a_comment(text: str, comment: bool) -> None:
    assert features_of(text).lines[0].comment_author is comment


_NOTICE = (
    "Um unser Internetangebot insgesamt nutzerfreundlicher und effektiver zu machen, nutzen "
    "wir Cookies. Wenn Sie OK klicken, willigen Sie hierin ein. Wenn Sie nicht einwilligen, "
    "können Sie einzelne Funktionen der Internetseite, die Cookies voraussetzen, nicht nutzen. "
    "Sie können die Einwilligung jederzeit durch Klick auf NICHT OK widerrufen. Die "
    "Rechtmäßigkeit der aufgrund der Einwilligung bis zum Widerruf erfolgten Verarbeitung wird "
    "vom Widerruf nicht berührt."
)
_POLICY = (
    "Google, as a third-party vendor, uses cookies to serve ads on our site. Google's use of "
    "the DART cookie enables it to serve ads to our users based on previous visits to our site "
    "and other sites on the Internet. Users may opt out of the use of the DART cookie by "
    "visiting the Google Ad and Content Network privacy policy, which explains what is stored "
    "and for how long."
)


def test_a_long_consent_notice_is_consent_but_a_policy_that_explains_cookies_is_not() -> None:
    notice, _, policy = measure(split_lines(f"{_NOTICE}\n\n{_POLICY}"), Config()).lines
    assert notice.words >= 60 and notice.consent
    assert policy.words >= 60 and not policy.consent


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # A card's summary cut short, or ending in its link to the story.
        ("The council voted on Tuesday to close the old bridge for two years of repairs...", True),
        (
            "Was gibt es Neues in Sachen Coronavirus? Regelmäßig beantwortet Virus-Forscher "
            "Christian Drosten in einem Podcast Fragen und erläutert Hintergründe. mehr",
            True,
        ),
        ("She called the witness heroic in serving the United ... Read More", True),
        ("Die Subunternehmerin markiert hier den Sexus der Person und nicht … Weiterlesen", True),
        # A writer's sentence may say "more" at its end, but not after its full stop.
        ("The council said that the repairs would cost far more.", False),
        ("Die Stadt braucht für die Reparatur der alten Brücke nun noch viel mehr", False),
    ],
)
def test_a_text_cut_short_or_ending_in_its_more_link_is_truncated(text: str, cut: bool) -> None:
    assert features_of(text).lines[0].truncated is cut


@pytest.mark.parametrize(
    ("text", "chrome", "heading"),
    [
        # A video box's labels: the clip just played, and the list of clips.
        ("JUST WATCHED", True, False),
        ("MUST WATCH", False, True),
        ("What we just watched on TV changed our minds", False, False),
        # An ad's label in other languages (Indonesian, Swedish, Japanese).
        ("Iklan", True, False),
        ("Annons", True, False),
        ("広告", True, False),
        ("Iklan baris di kota ini makin mahal", False, False),
    ],
)
def test_labels_of_video_boxes_and_ads_are_chrome_or_a_lists_heading(
    text: str, chrome: bool, heading: bool
) -> None:
    (line,) = features_of(text).lines
    assert (line.boilerplate_phrase, line.list_heading) == (chrome, heading)
