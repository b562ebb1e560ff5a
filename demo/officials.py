"""The demo's letters and calls to officials: the petitions to the Governor and to the Mobile
County District Attorney become letters readers send to them, and the toolkit's call to the San
Mateo County Sheriff becomes a call page that finds the sheriff from a reader's ZIP code. Their
contact details are fictional (seed_data.TARGETS: 555-01xx numbers, example.org addresses,
marked as demo data). A mixin of `DemoLoader`, which provides `ensure_page`, `pages`, `targets`,
`paragraphs`; `translate` comes from the Spanish loader."""

from campaigns.models import CallActionPage, CallTarget, LetterActionPage, LetterTarget

from . import spanish as es

LETTERS = [
    {
        # From the SB 1289 petition ('dignity-not-detention'): the same ask, as a letter.
        "slug": "write-to-governor-brown",
        "title": "Write to Governor Brown: sign the Dignity Not Detention Act",
        "ask": "Tell Governor Brown: make California the first state to say NO to private "
        "immigration detention",
        "body": [
            "The Dignity Not Detention Act (SB 1289) is on Governor Brown’s desk right now, "
            "and he needs to hear from Californians that eyes across the state are watching.",
            "Enter your ZIP code to write to the Governor. Your letter is emailed to his "
            "office from the campaign’s address, with your email as the reply-to.",
        ],
        "subject": "Please sign SB 1289, the Dignity Not Detention Act",
        "letter": "Dear Governor Brown,\n\nI live in California and I am asking you to sign "
        "SB 1289, the Dignity Not Detention Act. Private companies should not profit from "
        "locking up our neighbors. California can be the first state to say no to private "
        "immigration detention.\n\nPlease sign SB 1289.",
        "targets": ["governor-brown"],
        "fallback": None,
        "share_text": "I just wrote to Governor Brown: sign SB 1289!",
        "share_hashtags": "#DignityNotDetention #SB1289",
    },
    {
        # From the petition to drop the charges ('drop-charges-chikesia-clemons').
        "slug": "write-to-da-ashley-rich",
        "title": "Write to DA Ashley Rich: drop all charges against Chikesia Clemons",
        "ask": "Tell Mobile County DA Ashley Rich: Drop ALL charges against Chikesia Clemons!",
        "body": [
            "On Sunday, April 22, 2018, 25-year-old Chikesia “Kesia” Clemons was wrongfully "
            "arrested and dragged out of a Waffle House in Saraland, Alabama by three police "
            "officers.",
            "Readers in Mobile County write as constituents; everyone else can write to the "
            "District Attorney too.",
        ],
        "subject": "Drop all charges against Chikesia Clemons",
        "letter": "Dear District Attorney Rich,\n\nI am writing to ask you to drop all "
        "charges against Chikesia Clemons, who was wrongfully arrested and dragged out of a "
        "Waffle House in Saraland on April 22, 2018.\n\nPlease drop all charges.",
        "targets": ["mobile-county-da"],
        # A case the whole country watched: people outside the county may write too.
        "fallback": "mobile-county-da",
        "share_text": "I just wrote to DA Ashley Rich: drop the charges against Chikesia Clemons",
        "share_hashtags": "#JusticeForChikesia",
    },
]

CALL = {
    # The toolkit's first call ('Call on San Mateo Cty Sheriff bolanos…').
    "slug": "call-sheriff-bolanos",
    "title": "Call Sheriff Bolanos: stop COVID in San Mateo County jails, stop ICE transfers",
    "ask": "Call on San Mateo County Sheriff Bolanos to #StopCOVIDinSMCjails and #StopICETransfers",
    "intro": "If you live in San Mateo County, enter your ZIP code to get the Sheriff's "
    "number and what to say. It takes two minutes.",
    "script": "Hello, my name is ___ and I live in ___ in San Mateo County. I am calling to "
    "ask {official} to stop COVID in San Mateo County jails by releasing people, and to stop "
    "transferring people to ICE. Thank you.",
    "targets": ["san-mateo-county-sheriff"],
    "share_text": "I just called Sheriff Bolanos: #StopCOVIDinSMCjails and #StopICETransfers",
    "share_hashtags": "#StopCOVIDinSMCjails #StopICETransfers",
}


class OfficialsLoader:
    def load_official_actions(self, campaign) -> None:
        """The two letter pages and the call page, under the campaign (before the toolkit,
        whose call block hands over to the call page)."""
        for spec in LETTERS:
            fallback = spec["fallback"]
            self.ensure_page(
                campaign,
                LetterActionPage(
                    title=spec["title"],
                    slug=spec["slug"],
                    ask=spec["ask"],
                    summary=spec["ask"][:400],
                    body=self.paragraphs(spec["body"]),
                    subject=spec["subject"],
                    letter=spec["letter"],
                    fallback_target=self.targets[fallback] if fallback else None,
                    share_text=spec["share_text"],
                    share_hashtags=spec["share_hashtags"],
                    target_links=[LetterTarget(target=self.targets[k]) for k in spec["targets"]],
                ),
            )
        self.ensure_page(
            campaign,
            CallActionPage(
                title=CALL["title"],
                slug=CALL["slug"],
                ask=CALL["ask"],
                intro=CALL["intro"],
                summary=CALL["intro"],
                script=CALL["script"],
                share_text=CALL["share_text"],
                share_hashtags=CALL["share_hashtags"],
                target_links=[CallTarget(target=self.targets[k]) for k in CALL["targets"]],
            ),
        )

    def translate_official_actions(self) -> None:
        """The letters and the call in Spanish: one count, the same officials."""
        for spec in LETTERS:
            texts = es.PAGES[spec["slug"]]
            self.translate(
                self.pages[spec["slug"]],
                streams={"body": self.paragraphs(texts["body"])},
                summary=texts["ask"][:400],
                **{k: texts[k] for k in ("title", "slug", "ask", "subject", "letter")},
                **{k: texts[k] for k in ("share_text",)},
            )
        texts = es.PAGES[CALL["slug"]]
        self.translate(
            self.pages[CALL["slug"]],
            summary=texts["intro"],
            **{k: texts[k] for k in ("title", "slug", "ask", "intro", "script", "share_text")},
        )
