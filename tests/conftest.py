import pytest

import relations_nlp


@pytest.fixture(scope="session")
def nlp():
    return relations_nlp.load()
