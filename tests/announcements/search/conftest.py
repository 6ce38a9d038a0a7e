"""What the search tests share: the SD3 seed, indexed as publishing would index it."""

import pytest

from announcements.search.indexing import rebuild_search_index


@pytest.fixture(scope="module")
def indexed_seed(sd3_seed, module_data):
    """The SD3 seed (notice, both license versions, FAQs) with its search index built."""
    with module_data.build():
        rebuild_search_index()


def result_urls(response) -> list[str]:
    return [result.url for result in response.context["results"]]
