"""The lines a page's widgets print into the text, in several languages: a comment widget's header
with its count in brackets, its loading placeholder, a closed forum topic's notice, the prompt to
join before commenting, a web form's messages once it is sent, and a share prompt naming what the
page is. Each must go wherever it stands; article sentences made of the same words stay."""

from __future__ import annotations

import pytest

import boilerstrip
from voice_articles import FERRY_ARTICLE

ARTICLE = FERRY_ARTICLE[:6]

WIDGET_LINES = (
    # a comment widget: header with its count, loading placeholder
    "Comments ( 0 )",
    "Comments (12)",
    "Loading Comments...",
    "Kommentare werden geladen …",
    "Commentaires (3)",
    "Chargement des commentaires…",
    "Cargando comentarios...",
    "Comentarios (8)",
    "Commenti (5)",
    "Caricamento commenti...",
    "Comentários (2)",
    "Carregando comentários...",
    "Reacties (7)",
    "Reacties laden...",
    # a forum topic closed by its software, and the prompt to join before commenting
    "This topic was automatically closed 30 days after the last reply. New replies are no longer allowed.",
    "Dieses Thema wurde nach 30 Tagen automatisch geschlossen. Neue Antworten sind nicht mehr erlaubt.",
    "Ce sujet a été automatiquement fermé après 30 jours. Aucune réponse n'est permise dorénavant.",
    "Este tema se cerró automáticamente 30 días después de la última respuesta.",
    "Questo argomento è stato chiuso automaticamente dopo 30 giorni.",
    "Este tópico foi fechado automaticamente 30 dias depois da última resposta.",
    "Dit topic is 30 dagen na het laatste antwoord automatisch gesloten.",
    "Create an account or sign in to comment",
    "Comment via: facebook, substack",
    "Comment on Mastodon or Bluesky",
    "You need to be a member in order to leave a comment",
    "Erstelle ein Konto oder melde dich an, um zu kommentieren",
    "Créer un compte ou se connecter pour commenter",
    "Crea una cuenta o inicia sesión para comentar",
    # a web form's messages once it is sent
    "Thank you! Your submission has been received!",
    "Oops! Something went wrong while submitting the form.",
    "Vielen Dank! Deine Nachricht ist eingegangen!",
    "Hoppla! Beim Absenden des Formulars ist etwas schiefgelaufen.",
    "Merci ! Votre message a bien été reçu !",
    "Oups ! Une erreur s'est produite lors de l'envoi du formulaire.",
    "¡Gracias! ¡Hemos recibido tu mensaje!",
    "¡Uy! Algo salió mal al enviar el formulario.",
    "Grazie! Il tuo messaggio è stato ricevuto!",
    "Ops! Qualcosa è andato storto durante l'invio del modulo.",
    "Obrigado! Sua mensagem foi recebida!",
    "Ops! Algo deu errado ao enviar o formulário.",
    "Bedankt! Je bericht is ontvangen!",
    "Oeps! Er is iets misgegaan bij het verzenden van het formulier.",
    # a share prompt naming what the page is
    "Share this post",
    "Share this recipe:",
    "Teile diesen Beitrag",
    "Partager cette publication",
    "Compartir esta entrada",
    "Condividi questo post",
    "Compartilhe este post",
    "Deel dit bericht",
)

#: Article sentences with the same words: none may go.
ARTICLE_TWINS = (
    "Comments (most of them from commuters) filled three binders at the town hall.",
    "The board received 12 comments (and one petition) before the vote on Monday.",
    "Loading comments from the paper forms into the database took the clerks three days.",
    "The topic was automatically closed to debate once the chair called the vote, which angered the residents.",
    "Thank you, your submission has been received with interest, the chair wrote to the residents' group.",
    "Something went wrong while submitting the form to the ministry, so the deadline was missed by a day.",
    "Danke, sagte der Vorsitzende, Ihre Anfrage zur Fähre werde im Frühjahr erneut beraten.",
    "Les commentaires des habitants, plus de deux cents, ont été lus en séance par le maire.",
    "Los comentarios de los vecinos se leyeron en voz alta durante la sesión del consejo.",
    "Comment on Facebook's new rules for local groups came from the council's press office.",
    "Share this post with the ferry's timetable to anyone who commutes from the island.",
    "Teile diesen Beitrag nicht, bevor die Gemeinde den Fahrplan bestätigt hat, bat der Vorsitzende.",
)


def removed(text: str) -> set[str]:
    return {r.text for r in boilerstrip.explain(text).removals}


@pytest.mark.parametrize("line", WIDGET_LINES)
@pytest.mark.parametrize("where", ["middle", "foot"])
def test_a_widgets_line_goes_wherever_it_stands(line: str, where: str) -> None:
    body = list(ARTICLE)
    if where == "middle":
        body.insert(3, line)
    else:
        body.append(line)
    assert removed("\n".join(body) + "\n") == {line}


@pytest.mark.parametrize("line", ARTICLE_TWINS)
def test_an_article_sentence_with_the_same_words_stays(line: str) -> None:
    body = list(ARTICLE)
    body.insert(3, line)
    assert removed("\n".join(body) + "\n") == set()
