import openai


def test_client():
    assert openai.OpenAI
