"""Sentence splitting: the Golden Rules of rule-based segmenters, news hard cases, the seed."""

import pytest

from analysis.sentences import sentence_spans

GOLDEN = [
    ("Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."]),
    ("What is your name? My name is Jonas.", ["What is your name?", "My name is Jonas."]),
    ("There it is! I found it.", ["There it is!", "I found it."]),
    ("My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]),
    ("Please turn to p. 55.", ["Please turn to p. 55."]),
    ("Were Jane and co. at the party?", ["Were Jane and co. at the party?"]),
    ("They closed the deal with Pitt, Briggs & Co. at noon.", ["They closed the deal with Pitt, Briggs & Co. at noon."]),
    ("Let's ask Jane and co. They should know.", ["Let's ask Jane and co.", "They should know."]),
    (
        "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
        ["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."],
    ),
    ("I can see Mt. Fuji from here.", ["I can see Mt. Fuji from here."]),
    ("St. Michael's Church is on 5th st. near the light.", ["St. Michael's Church is on 5th st. near the light."]),
    ("That is JFK Jr.'s book.", ["That is JFK Jr.'s book."]),
    ("I visited the U.S.A. last year.", ["I visited the U.S.A. last year."]),
    ("I live in the E.U. How about you?", ["I live in the E.U.", "How about you?"]),
    ("I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]),
    ("I work for the U.S. Government in Virginia.", ["I work for the U.S. Government in Virginia."]),
    ("I have lived in the U.S. for 20 years.", ["I have lived in the U.S. for 20 years."]),
    (
        "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
        ["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store."],
    ),
    ("She has $100.00 in her bag.", ["She has $100.00 in her bag."]),
    ("She has $100.00. It is in her bag.", ["She has $100.00.", "It is in her bag."]),
    (
        "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
        ["He teaches science (He previously worked for 5 years as an engineer.) at the local University."],
    ),
    ("Her email is Jane.Doe@example.com. I sent her an email.", ["Her email is Jane.Doe@example.com.", "I sent her an email."]),
    (
        "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
        ["The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."],
    ),
    ("She turned to him, 'This is great.' she said.", ["She turned to him, 'This is great.' she said."]),
    ('She turned to him, "This is great." she said.', ['She turned to him, "This is great." she said.']),
    (
        'She turned to him, "This is great." She held the book out to show him.',
        ['She turned to him, "This is great."', "She held the book out to show him."],
    ),
    ("Hello!! Long time no see.", ["Hello!!", "Long time no see."]),
    ("Hello?? Who is there?", ["Hello??", "Who is there?"]),
    ("Hello!? Is that you?", ["Hello!?", "Is that you?"]),
    ("Hello?! Is that you?", ["Hello?!", "Is that you?"]),
    ("1.) The first item 2.) The second item", ["1.) The first item", "2.) The second item"]),
    ("1.) The first item. 2.) The second item.", ["1.) The first item.", "2.) The second item."]),
    ("1) The first item 2) The second item", ["1) The first item", "2) The second item"]),
    ("1) The first item. 2) The second item.", ["1) The first item.", "2) The second item."]),
    ("1. The first item 2. The second item", ["1. The first item", "2. The second item"]),
    ("1. The first item. 2. The second item.", ["1. The first item.", "2. The second item."]),
    ("• 9. The first item • 10. The second item", ["• 9. The first item", "• 10. The second item"]),
    ("⁃9. The first item ⁃10. The second item", ["⁃9. The first item", "⁃10. The second item"]),
    (
        "a. The first item b. The second item c. The third list item",
        ["a. The first item", "b. The second item", "c. The third list item"],
    ),
    (
        "You can find it at N°. 1026.253.553. That is where the treasure is.",
        ["You can find it at N°. 1026.253.553.", "That is where the treasure is."],
    ),
    ("She works at Yahoo! in the accounting department.", ["She works at Yahoo! in the accounting department."]),
    (
        "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
        ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"],
    ),
    (
        "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
        ["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"],
    ),
    (
        '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).',
        ['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).'],
    ),
    (
        "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.",
        [
            "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .",
            "Next sentence.",
        ],
    ),
    ("I never meant that.... She left the store.", ["I never meant that....", "She left the store."]),
    (
        "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
        ["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."],
    ),
    (
        "One further habit which was somewhat weakened . . . was that of combining words into self-explanatory compounds. . . . The practice was not abandoned. . . .",
        [
            "One further habit which was somewhat weakened . . . was that of combining words into self-explanatory compounds. . . .",
            "The practice was not abandoned. . . .",
        ],
    ),
    (
        "The book was written by J. R. R. Tolkien in 1937. It sold well.",
        ["The book was written by J. R. R. Tolkien in 1937.", "It sold well."],
    ),
    (
        "The deal is worth $1.5 billion. Pi is 3.14 roughly. He ranked No. 1 in the world.",
        ["The deal is worth $1.5 billion.", "Pi is 3.14 roughly.", "He ranked No. 1 in the world."],
    ),
    (
        "He earned a Ph.D. in physics. She earned a Ph.D. He did not.",
        ["He earned a Ph.D. in physics.", "She earned a Ph.D.", "He did not."],
    ),
    ('"Is it over?" asked the minister. "Yes!" she shouted.', ['"Is it over?" asked the minister.', '"Yes!" she shouted.']),
    ('"Why now?" Smith asked. Nobody answered.', ['"Why now?" Smith asked.', "Nobody answered."]),
    (
        "The attack on Oct. 7 killed many. It happened in Jan. The date was set.",
        ["The attack on Oct. 7 killed many.", "It happened in Jan.", "The date was set."],
    ),
    (
        "Apple Inc. Chief Executive Tim Cook said so. Gen. Smith agreed.",
        ["Apple Inc. Chief Executive Tim Cook said so.", "Gen. Smith agreed."],
    ),
    ("Profits rose in 2016. 23 people were hired.", ["Profits rose in 2016.", "23 people were hired."]),
    ("He bought an iPhone. eBay sold it.", ["He bought an iPhone.", "eBay sold it."]),
    (
        "Visit www.example.com for details. Write to info@example.org. Thanks.",
        ["Visit www.example.com for details.", "Write to info@example.org.", "Thanks."],
    ),
    ('He said: "We will win." Then he left.', ['He said: "We will win."', "Then he left."]),
    ("Items:\n1. Apples\n2. Pears", ["Items:", "1. Apples", "2. Pears"]),
]


@pytest.mark.parametrize(("text", "expected"), GOLDEN, ids=[c[0][:40] for c in GOLDEN])
def test_golden_rules(text, expected):
    assert [text[a:b] for a, b in sentence_spans(text)] == expected


NEWS = [
    (
        "Officials met at 10 a.m. Friday in Washington. Talks ended at 4 p.m. The next round is in March.",
        ["Officials met at 10 a.m. Friday in Washington.", "Talks ended at 4 p.m.", "The next round is in March."],
    ),
    (
        "Dr. Jane Roe, a Ph.D. student at St. Andrews, spoke. Sen. John Doe left early.",
        ["Dr. Jane Roe, a Ph.D. student at St. Andrews, spoke.", "Sen. John Doe left early."],
    ),
    (
        "Acme Inc. reported a loss. Its shares fell 3.5 percent to $12.40.",
        ["Acme Inc. reported a loss.", "Its shares fell 3.5 percent to $12.40."],
    ),
    (
        '"Will it hold?" she asked. "We hope so!" he replied. Nobody knew.',
        ['"Will it hold?" she asked.', '"We hope so!" he replied.', "Nobody knew."],
    ),
    ("The ceasefire (agreed on Oct. 7.) held. It was fragile.", ["The ceasefire (agreed on Oct. 7.) held.", "It was fragile."]),
    (
        "He moved to Sacramento, Calif. in 2019. He now lives in Reno, Nev. He likes it.",
        ["He moved to Sacramento, Calif. in 2019.", "He now lives in Reno, Nev.", "He likes it."],
    ),
    (
        "The report is at https://example.org/a.b/c.html. Send comments to press@example.org. Thanks.",
        ["The report is at https://example.org/a.b/c.html.", "Send comments to press@example.org.", "Thanks."],
    ),
    ("First paragraph without a stop\n\nSecond paragraph.", ["First paragraph without a stop", "Second paragraph."]),
    (
        "The plan has three parts:\n- lower taxes\n- more jobs\n- less debt",
        ["The plan has three parts:", "- lower taxes", "- more jobs", "- less debt"],
    ),
    # an abbreviation can end a sentence: what follows decides
    (
        "The insurer is based in Hartford, Conn. PW of Vermont bought it.",
        ["The insurer is based in Hartford, Conn.", "PW of Vermont bought it."],
    ),
    ("Most phones are sold in the U.S. However, prices rose.", ["Most phones are sold in the U.S.", "However, prices rose."]),
    ("She ran Lion Holdings Inc. Mr. Park's bid failed.", ["She ran Lion Holdings Inc.", "Mr. Park's bid failed."]),
    ("The march ended in Washington D.C. Photo: staff.", ["The march ended in Washington D.C.", "Photo: staff."]),
    # ... and an abbreviation inside a compound, a time or a company name does not
    ("Both praised the Sino-U.S. partnership.", ["Both praised the Sino-U.S. partnership."]),
    ("Trading stopped after 2:15 p.m. Denver time on Friday.", ["Trading stopped after 2:15 p.m. Denver time on Friday."]),
    ("It runs on the Motor Corp. 486 chip.", ["It runs on the Motor Corp. 486 chip."]),
    ("Shares of Kamei Co. (Japan) -- rose.", ["Shares of Kamei Co. (Japan) -- rose."]),
    # an enumeration inside a sentence is not a list
    (
        "The union wants 1) higher pay, 2) shorter shifts and 3) a new contract.",
        ["The union wants 1) higher pay, 2) shorter shifts and 3) a new contract."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEWS, ids=[c[0][:40] for c in NEWS])
def test_news_hard_cases(text, expected):
    assert [text[a:b] for a, b in sentence_spans(text)] == expected


def test_seed_body_has_18_sentences(seed):
    body = seed.sentences_in("body")
    assert len(body) == 18
    texts = [seed.text[s.start : s.end] for s in body]
    assert texts[0].startswith("The top diplomats") and texts[0].endswith("around Taiwan.")
    assert any(t.startswith("He had just returned") for t in texts)
    assert all(t[-1] in '.")' for t in texts)


def test_paragraph_break_always_ends_a_sentence():
    text = "He met Gen.\n\nSmith later."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["He met Gen.", "Smith later."]


def test_a_list_after_a_colon_keeps_its_first_item():
    """ "Constructors: 1. Williams 175 points 2. Ferrari 70": the first item stays with its colon,
    each later item is a sentence; "He came 2. Then he left." still ends at the number."""
    text = "Constructors: 1. Kelmar 175 points 2. Varro 70 3. Lindqvist 68"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Constructors: 1. Kelmar 175 points",
        "2. Varro 70",
        "3. Lindqvist 68",
    ]
    text = "He came 2. Then he left."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["He came 2.", "Then he left."]
