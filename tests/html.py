"""Reading rendered pages the way a reader's browser would see them."""

from bs4 import BeautifulSoup


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def visible_text(response) -> str:
    document = soup(response)
    for hidden in document(["script", "style", "head"]):
        hidden.decompose()
    return " ".join(document.get_text(" ").split())
