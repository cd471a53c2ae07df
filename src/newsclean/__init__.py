"""newsclean: turn raw scraped news pages into clean, structured articles.

>>> import newsclean
>>> article = newsclean.clean(open("page.html", "rb").read())
>>> article.to_dict()["title"]
"""

from .article import Article, Removal
from .core import clean
from .errors import NewscleanError

__all__ = ["Article", "NewscleanError", "Removal", "clean"]
__version__ = "0.1.0"
