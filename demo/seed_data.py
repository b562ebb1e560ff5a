"""Demo campaign content, transcribed from the client's captured pages.

This is the "Campaign to End Mass Incarceration, Deportations & Detention"
(Enlace's Prison Divestment Campaign) as it appeared on the client's own
pages, captured between 2016 and 2020:

* "Campaign Updates" page, 2016 (hub text, 2016 Week of Action, news posts)
* the same page in 2017 (revised hub text, #SchoolsNotPrisons: Adelanto)
* "Petitions & Campaigns" page, 2018 (petitions, national demands,
  demands to a Mayor, "Older News & Highlights")
* an action toolkit from the Immigrant Justice Network, 2020
* a sign-on statement with about 155 endorsing organisations

It is pure data: plain dicts, lists and ``datetime`` values, so that a
loader (management command) can build the demo site from it without the
project ever reading the original captures at run time.

Conventions
-----------
* Images are listed once in ``IMAGES`` (they are generated locally as
  coloured placeholder PNGs carrying the caption); everywhere else an image
  is referred to by its ``key``. The one exception is ``CAMPAIGN["hero_image"]``,
  which holds the image dict itself (the same object as in ``IMAGES``).
* Image file names and photo captions that were glued to paragraphs in the
  captures (e.g. ``ENLACE-POSTER_outline_campaign11x85The Prison…``) have
  been turned into image dicts and removed from the paragraph text.
* Naive datetimes are in the event's own ``timezone`` (an IANA name).
* Update body blocks are tuples: ("paragraph", str), ("heading", str),
  ("quote", {"text", "attribution", "source"}), ("image", key),
  ("call_to_action", {"label", "url_hint", "text"}). ``url_hint`` names
  what the button should point to, e.g. "petition:<slug>",
  "document:<slug>", "event:<slug>", "demand-list:<slug>", "week-of-action",
  or "external:<description>" when the capture had a link whose URL was
  not captured.
* Strings are kept as the client wrote them (curly quotes, spelling such as
  "another social justice groups", "tempory", "who's officers", "DeBlasio").
  Only glued captions/link text were cleaned up.
* Facts the text does not give (times, some dates, petition goals) are
  marked with a ``# CHOSEN:`` comment.
"""

from datetime import date, datetime, time
from typing import Any

# ---------------------------------------------------------------------------
# Images
# ---------------------------------------------------------------------------

_ENLACE_POSTER: dict[str, str] = {
    # glued file name "ENLACE-POSTER_outline_campaign11x85" (000 and 001)
    "key": "enlace-poster",
    "caption": "Prison Divestment Campaign poster",
    "credit": "Enlace",
    "alt": "Enlace campaign poster for the Prison Divestment Campaign to end "
    "mass incarceration, deportations and detention",
}

IMAGES: list[dict[str, str]] = [
    _ENLACE_POSTER,
    {
        # glued file name "coc-pd" (000) – Color Of Change petition delivery
        "key": "coc-pd",
        "caption": "Petition delivery to the Department of Homeland Security",
        "credit": "",
        "alt": "Former detainees and advocates delivering petitions to the "
        "Department of Homeland Security",
    },
    {
        # glued "Stringer town hall" / "Comptroller Stringer (photo @scottstringer)" (000)
        "key": "stringer-town-hall",
        "caption": "Comptroller Stringer",
        "credit": "@scottstringer",
        "alt": "New York City Comptroller Scott Stringer at a town hall",
    },
    {
        # glued file name "widecover" before "Via Its Going Down" (000)
        "key": "prison-strike-widecover",
        "caption": "National Strike Against Prison Slavery",
        "credit": "Its Going Down",
        "alt": "Cover graphic for the National Strike Against Prison Slavery",
    },
    {
        # glued file name "DMIZySjVwAALs-b" (001) – the event flyer
        "key": "schoolsnotprisons-adelanto",
        "caption": "#SchoolsNotPrisons: Adelanto",
        "credit": "",
        "alt": "Flyer for the #SchoolsNotPrisons arts and music festival in "
        "Adelanto, Friday, October 20, 2017",
    },
    {
        # glued file name "NEW.101617.PrisonDivest" before "Via Stanford Daily" (001)
        "key": "stanford-prison-divest-banner",
        "caption": "“STANFORD: DIVEST FROM 4-PROFIT PRISONS.”",
        "credit": "Stanford Daily",
        "alt": "Students' banner reading “STANFORD: DIVEST FROM 4-PROFIT "
        "PRISONS.” dropped at the Stanford Stadium",
    },
    {
        # photo caption glued at the start of the Seattle article (001)
        "key": "daniel-ramirez-medina",
        "caption": "Daniel Ramirez Medina, a 23-year-old father and DACA "
        "recipient, was detained in a private immigration prison "
        "for a month and a half after a sweep targeting his father.",
        "credit": "",
        "alt": "Portrait of Daniel Ramirez Medina, DACA recipient",
    },
]

# ---------------------------------------------------------------------------
# Campaign hub
# ---------------------------------------------------------------------------

# The hub text was revised between the 2016 and the 2017 captures. The body
# below is the LATER (2017) version. The 2016 version differed: "but also
# Private Prisons and Wall Street", "The Campaign has since expanded, looking
# at how the private prison industry works to divide communities of color. We
# are building strong multiracial coalitions, emphasizing Black and Brown
# unity, …" and "Enlace brings together organizations …".
CAMPAIGN: dict[str, Any] = {
    "title": "Campaign to End Mass Incarceration, Deportations & Detention",
    "slug": "end-mass-incarceration-deportations-detention",
    "campaign_name": "Prison Divestment Campaign",
    "started": 2011,
    "intro": "The Prison Divestment Movement is part of a larger movement "
    "called #FreedomCities that is redefining what Safety and "
    "Freedom mean for our communities.",
    "body": [
        "The Prison Divestment Campaign began in 2011 from the need to launch "
        "a comprehensive strategy to decriminalize immigrants and people of "
        "color, end detention, end mass incarceration, and demilitarize the "
        "border. It was not only Politicians that we needed to target, but "
        "also the For-Profit Prison Industry and Wall Street who were the "
        "other powerful force behind mass incarceration, the police state, "
        "immigrant detention, and deportation. The Campaign has since become "
        "a national movement bringing together Black, Brown, and LGBTQ "
        "communities to end mass incarceration and immigration enforcement. "
        "The movement is working to divest from criminalization and "
        "incarceration, and demand reparations and reinvestment in our "
        "communities!",
        # Fixed from the capture: "criminal justice, another social justice groups"; the
        # closing "For additional information visit Enlace’s webpage" lost its link.
        "Enlace builds alliances among organizations working on immigrant "
        "rights, criminal justice and other social justice issues to end mass "
        "incarceration and achieve legalization for all immigrants.",
    ],
    "hero_image": _ENLACE_POSTER,
    "organisation": {"name": "Enlace", "website": ""},  # URL not captured
    # "Endorse the Enlace Prison Divestment Campaign!" block from 002 (2018)
    "endorse_call": {
        "title": "Endorse the Enlace Prison Divestment Campaign!",
        "text": [
            "We aim to stop the lobbying power of the private prison industry "
            "as a step towards abolishing cages in criminal and immigration "
            "policy.",
            "The National Prison Divestment Campaign targets the investors of "
            "Corrections Corporation of America (CCA) and GEO Group (GEO), the "
            "two largest private prison companies in the United States. "
            "Profiting from the separations of families, violations of human "
            "rights, and general pain caused by these prisons is inhumane and "
            "unacceptable.",
        ],
        "url_hint": "endorsement",
    },
}

# ---------------------------------------------------------------------------
# Site settings: the donate button, social links and footer
# ---------------------------------------------------------------------------

# The captures give no donation page, social profile or website address for Enlace itself
# ("follow us on Twitter & Instagram", "visit Enlace’s webpage" lost their links), so the
# settings use only addresses the captures do give: the freedom fund the toolkit asks
# readers to give to, and the #StopICETransfers feed its call-in asks readers to join.
SITE_SETTINGS: dict[str, Any] = {
    "organisation_name": "Enlace",
    "tagline": "End mass incarceration, deportations & detention",
    "donate_url": "https://www.gofundme.com/f/etowah-freedom-fund-covid19-mutual-aid-fund",
    "donate_label": "Donate",
    "social_links": [
        ("x", "https://twitter.com/hashtag/StopICETransfers?src=hashtag_click"),
    ],
}

# ---------------------------------------------------------------------------
# Targets (officials and bodies addressed by petitions, demands, call actions)
# Only facts present in the captures; "" where the text gives nothing. The captures give
# no phone numbers, but a call action needs one to tap: the sheriffs get numbers from
# 555-0100–555-0199, the range reserved for fiction, so nobody real is ever called.
# ---------------------------------------------------------------------------

TARGETS: list[dict[str, str | bool]] = [
    {
        # 000: "The Dignity Not Detention Act (SB 1289) is on Governor Brown’s desk"
        "key": "governor-brown",
        "name": "Governor Brown",  # first name not in the text
        "title": "Governor",
        "office": "Office of the Governor",
        "jurisdiction": "California",
        "phone": "(555) 555-0110",  # DEMO NUMBER: fictional 555-01xx range
        "email": "governor@example.org",  # DEMO ADDRESS: example.org, nobody real
        "level": "state",
        "state": "CA",
        "is_demo": True,
        "social_handle": "",
    },
    {
        # 003 (2020): "Demand that Governor Cuomo Protect People from Coronavirus …"
        "key": "governor-cuomo",
        "name": "Governor Cuomo",  # first name / state not in the text
        "title": "Governor",
        "office": "Office of the Governor",
        "jurisdiction": "",
        "phone": "",
        "email": "",
        "social_handle": "",
    },
    {
        # 002: "Alabama's Dallas County District Attorney Michael Jackson", "of Selma, AL"
        "key": "dallas-county-da",
        "name": "Michael Jackson",
        "title": "District Attorney",
        "office": "Dallas County District Attorney (Selma, AL)",
        "jurisdiction": "Dallas County, Alabama",
        "phone": "",
        "email": "",
        "level": "county",
        "state": "AL",
        "county": "Dallas County",
        "social_handle": "",
    },
    {
        # 002: "Tell Mobile County DA Ashley Rich"
        "key": "mobile-county-da",
        "name": "Ashley Rich",
        "title": "District Attorney",
        "office": "Mobile County District Attorney",
        "jurisdiction": "Mobile County, Alabama",
        "phone": "(555) 555-0125",  # DEMO NUMBER: fictional 555-01xx range
        "email": "district.attorney@mobile.example.org",  # DEMO ADDRESS: nobody real
        "level": "county",
        "state": "AL",
        "county": "Mobile County",
        "is_demo": True,
        "social_handle": "",
    },
    {
        # 002: Crystal Mason was "charged with voter fraud by Tarrant County
        # Deputy District Attorney Matthew Smid" (state not named in the text)
        "key": "tarrant-county-dda",
        "name": "Matthew Smid",
        "title": "Deputy District Attorney",
        "office": "Tarrant County District Attorney",
        "jurisdiction": "Tarrant County",
        "phone": "",
        "email": "",
        "social_handle": "",
    },
    {
        # 002: Muslim ban and prison phone-rate petitions
        "key": "congress",
        "name": "Members of Congress",
        "title": "",
        "office": "Congress",
        "jurisdiction": "United States",
        "phone": "",
        "email": "",
        "social_handle": "",
    },
    {
        # 002: "We need to demand that New York City Mayor Bill DeBlasio"
        "key": "mayor-deblasio",
        "name": "Bill DeBlasio",  # spelling as captured
        "title": "Mayor",
        "office": "Mayor of New York City",
        "jurisdiction": "New York City",
        "phone": "",
        "email": "",
        "level": "city",
        "state": "NY",
        "city": "New York",
        "social_handle": "",
    },
    {
        # 002: "Release Aging People in Prison demands that New York State Bring Our Elders Home!"
        "key": "new-york-state",
        "name": "New York State",
        "title": "",
        "office": "State of New York",
        "jurisdiction": "New York",
        "phone": "",
        "email": "",
        "level": "state",
        "state": "NY",
        "social_handle": "",
    },
    {
        # 000: petition delivery demanding DHS end private detention contracts
        "key": "dhs",
        "name": "Department of Homeland Security",
        "title": "",
        "office": "Department of Homeland Security (DHS)",
        "jurisdiction": "United States",
        "phone": "",
        "email": "",
        "social_handle": "",
    },
    {
        # 003: "Call on San Mateo Cty Sheriff bolanos"
        "key": "san-mateo-county-sheriff",
        "name": "Sheriff Bolanos",  # written "bolanos" in the capture; first name not given
        "title": "Sheriff",
        "office": "San Mateo County Sheriff",
        "jurisdiction": "San Mateo County",
        "phone": "(555) 555-0142",  # DEMO NUMBER: fictional 555-01xx range, replace with the real one
        "email": "sheriff@sanmateo.example.org",  # DEMO ADDRESS: nobody real
        "level": "county",
        "state": "CA",
        "county": "San Mateo County",
        "is_demo": True,
        "social_handle": "",
    },
    {
        # 003: "Call Dodge and Mchenry County sheriffs"
        "key": "dodge-county-sheriff",
        "name": "Dodge County Sheriff",
        "title": "Sheriff",
        "office": "Dodge County Sheriff",
        "jurisdiction": "Dodge County",
        "phone": "(555) 555-0163",  # DEMO NUMBER: fictional 555-01xx range, replace with the real one
        "email": "",
        "is_demo": True,
        "social_handle": "",
    },
    {
        "key": "mchenry-county-sheriff",
        "name": "Mchenry County Sheriff",  # spelling as captured
        "title": "Sheriff",
        "office": "Mchenry County Sheriff",
        "jurisdiction": "Mchenry County",
        "phone": "(555) 555-0171",  # DEMO NUMBER: fictional 555-01xx range, replace with the real one
        "email": "",
        "is_demo": True,
        "social_handle": "",
    },
    {
        # 000: Gotham Gazette clip on NYC pension-fund divestment
        "key": "comptroller-stringer",
        "name": "Scott Stringer",
        "title": "Comptroller",
        "office": "New York City Comptroller",
        "jurisdiction": "New York City",
        "phone": "",
        "email": "",
        "social_handle": "@scottstringer",
    },
]

# ---------------------------------------------------------------------------
# Partner organisations (partners, co-hosts, coalition members in 000/001/003)
# scope: "national" or a US state name. website "" when not captured.
# ---------------------------------------------------------------------------

ORGANISATIONS: list[dict[str, str]] = [
    # the campaign's own organisation
    {
        "key": "enlace",
        "name": "Enlace",
        "website": "",
        "scope": "national",
        "role": "campaign organiser",
    },
    # 000: "Enlace is partnering with CIYJA and immigrant rights groups across California"
    {
        "key": "ciyja",
        "name": "CIYJA",
        "website": "",
        "scope": "California",
        "role": "Dignity Not Detention partner",
    },
    # 000: DHS petition delivery coalition
    {
        "key": "color-of-change",
        "name": "Color Of Change",
        "website": "",
        "scope": "national",
        "role": "DHS petition delivery",
    },
    {
        "key": "baji",
        "name": "Black Alliance for Just Immigration (BAJI)",
        "website": "",
        "scope": "national",
        "role": "DHS petition delivery; State of Black Immigrants report",
    },
    {
        "key": "mijente",
        "name": "Mijente",
        "website": "",
        "scope": "national",
        "role": "DHS petition delivery",
    },
    {
        "key": "credo-action",
        "name": "CREDO Action",
        "website": "",
        "scope": "national",
        "role": "petition coalition",
    },
    {
        "key": "presente",
        "name": "Presente",
        "website": "",
        "scope": "national",
        "role": "petition coalition",
    },
    {
        "key": "daily-kos",
        "name": "Daily Kos",
        "website": "",
        "scope": "national",
        "role": "petition coalition",
    },
    {
        "key": "americas-voice",
        "name": "America’s Voice",
        "website": "",
        "scope": "national",
        "role": "petition coalition",
    },
    {
        "key": "aclu",
        "name": "American Civil Liberties Union",
        "website": "",
        "scope": "national",
        "role": "petition coalition",
    },
    {
        "key": "nyu-immigrant-rights-clinic",
        "name": "New York University Law School’s Immigrant Rights Clinic",
        "website": "",
        "scope": "New York",
        "role": "State of Black Immigrants report",
    },
    # 001: presenters of #SchoolsNotPrisons: Adelanto. Scope = where they
    # co-hosted (California); the text does not say more.
    {
        "key": "ieiyc",
        "name": "Inland Empire Immigrant Youth Collective",
        "website": "",
        "scope": "California",
        "role": "event co-host",
    },
    {
        "key": "icij",
        "name": "Inland Coalition for Immigrant Justice",
        "website": "",
        "scope": "California",
        "role": "event co-host",
    },
    {
        "key": "civic",
        "name": "CIVIC",
        "website": "",
        "scope": "California",
        "role": "event co-host",
    },
    {
        "key": "revolve-impact",
        "name": "Revolve Impact",
        "website": "",
        "scope": "California",
        "role": "event co-host",
    },
    {
        "key": "california-wellness-foundation",
        "name": "The California Wellness Foundation",
        "website": "",
        "scope": "California",
        "role": "event co-host",
    },
    {
        "key": "california-endowment",
        "name": "The California Endowment",
        "website": "",
        "scope": "California",
        "role": "event co-host",
    },
    # 002: petition sponsor
    {
        "key": "rapp",
        "name": "Release Aging People in Prison",
        "website": "",
        "scope": "New York",
        "role": "petition sponsor",
    },
    # 003: Immigrant Justice Network and its partners (links given)
    {
        "key": "ijn",
        "name": "Immigrant Justice Network",
        "website": "",
        "scope": "national",
        "role": "toolkit publisher",
    },
    {
        "key": "immigrant-defense-project",
        "name": "Immigrant Defense Project",
        "website": "https://www.immigrantdefenseproject.org/",
        "scope": "national",
        "role": "IJN partner",
    },
    {
        "key": "ilrc",
        "name": "Immigrant Legal Resource Center",
        "website": "https://www.ilrc.org/",
        "scope": "national",
        "role": "IJN partner",
    },
    {
        "key": "just-futures-law",
        "name": "Just Futures Law",
        "website": "https://justfutureslaw.org/",
        "scope": "national",
        "role": "IJN partner",
    },
    {
        "key": "nipnlg",
        "name": "National Immigration Project of the National Lawyers Guild (NIPNLG)",
        "website": "https://www.nationalimmigrationproject.org/",
        "scope": "national",
        "role": "IJN partner",
    },
]

# ---------------------------------------------------------------------------
# Demand lists (002)
# Item titles are the opening words of each demand (<= 12 words) and
# "detail" is the rest, so title + " " + detail gives back the demand as
# written (in demand 3 the comma at the split was dropped).
# ---------------------------------------------------------------------------

_NATIONAL_DEMAND_ITEMS: list[dict[str, str]] = [
    {
        "title": "Immediate improvements to the conditions of prisons and prison policies",
        "detail": "that recognize the humanity of imprisoned men and women.",
    },
    {
        "title": "An immediate end to prison slavery.",
        "detail": "All persons imprisoned in any place of detention under United "
        "States jurisdiction must be paid the prevailing wage in their "
        "state or territory for their labor.",
    },
    {
        "title": "The Prison Litigation Reform Act must be rescinded",
        "detail": "allowing imprisoned humans a proper channel to address "
        "grievances and violations of their rights.",
    },
    {
        "title": "The Truth in Sentencing Act and the Sentencing Reform Act",
        "detail": "must be rescinded so that imprisoned humans have a possibility "
        "of rehabilitation and parole. No human shall be sentenced to "
        "Death by Incarceration or serve any sentence without the "
        "possibility of parole.",
    },
    {
        "title": "An immediate end to the racial overcharging, over-sentencing, and parole denials",
        "detail": "of Black and brown humans. Black humans shall no longer be "
        "denied parole because the victim of the crime was white, which "
        "is a particular problem in southern states.",
    },
    {
        "title": "An immediate end to racist gang enhancement laws",
        "detail": "targeting Black and brown humans.",
    },
    {
        "title": "No imprisoned human shall be denied access to rehabilitation programs",
        "detail": "at their place of detention because of their label as a violent offender.",
    },
    {
        "title": "State prisons must be funded specifically to offer more rehabilitation services.",
        "detail": "",
    },
    {"title": "Pell grants must be reinstated", "detail": "in all US states and territories."},
    {
        "title": "The voting rights of all confined citizens",
        "detail": "serving prison sentences, pretrial detainees, and so-called "
        "“ex-felons” must be counted. Representation is demanded. All "
        "voices count!",
    },
]

_SAHEED_VASSELL_DEMAND_ITEMS: list[dict[str, str]] = [
    {
        "title": "Immediately release the names of all officers involved in Saheed's murder",
        "detail": "as well as any previous misconduct claims filed against those officers",
    },
    {
        "title": "Release of all unedited audio and video footage of officers",
        "detail": "before, during, and after the killing of Saheed",
    },
    {
        "title": "End the over-deployment of the hyper-militarized Strategic Response Group in communities,",
        "detail": "who's officers responded to police calls about Saheed",
    },
]

DEMAND_LISTS: list[dict[str, Any]] = [
    {
        "title": "National Demands of the Men and Women in Federal, Immigration, and State Prisons",
        "slug": "national-prison-strike-demands",
        "intro": "These are the NATIONAL DEMANDS of the men and women in "
        "federal, immigration, and state prisons:",
        # The demands are not addressed to one official in the text (they
        # cover federal law, state prisons and voting rights).
        "target": "",
        "style": "numbered",
        "items": _NATIONAL_DEMAND_ITEMS,
    },
    {
        "title": "Demand Justice for Saheed Vassell!",
        "slug": "justice-for-saheed-vassell-demands",
        "intro": "We need to demand that New York City Mayor Bill DeBlasio:",
        "target": "mayor-deblasio",
        "style": "bulleted",
        "items": _SAHEED_VASSELL_DEMAND_ITEMS,
    },
]

# ---------------------------------------------------------------------------
# Petitions (000, 002, 003)
# ---------------------------------------------------------------------------

PETITIONS: list[dict[str, Any]] = [
    {
        # 000 (2016): "TAKE ACTION: Help us get 500 signatures in support of Dignity Not Detention!"
        "title": "Dignity Not Detention",
        "slug": "dignity-not-detention",
        "ask": "Will you help us make California the first state to say NO to "
        "private immigration detention?",
        "targets": ["governor-brown"],
        "body": [
            "I’m sure you’ve heard the news that the Department of Justice "
            "will be ending its federal use of private prisons, the Department "
            "of Homeland Security is thinking of doing the same, and one of "
            "the largest prison strikes is underway as we speak.",
            "Enlace is partnering with CIYJA and immigrant rights groups "
            "across California in this crucial movement to fight back against "
            "mass incarceration and harmful detention practices, and we know "
            "that stopping private companies from profiting off of the "
            "suffering of our community members is an important step in the "
            "right direction. The Dignity Not Detention Act (SB 1289) is on "
            "Governor Brown’s desk right now, and he needs to hear that eyes "
            "across California and the nation are watching his decision "
            "closely.",
            "Sign this petition to the Governor’s office now!",
            "The Governor will be deciding on SB 1289 any day now – he needs "
            "to know that we all support dignity, not detention!",
        ],
        "demands": None,
        "goal": 500,  # from the text: "Help us get 500 signatures"
        # CHOSEN: the last day for the Governor to act on 2016 bills
        "closing_date": date(2016, 9, 30),
        "milestones": [],  # the captures record no delivery or outcome
        "external_url": "",
        "tags": ["Dignity Not Detention", "Detention", "Private prisons", "California", "SB 1289"],
    },
    {
        # 000 (2016): "sign the petition to End Tax Breaks for Prisons" – only
        # the name is captured; no target or text.
        "title": "End Tax Breaks for Prisons",
        "slug": "end-tax-breaks-for-prisons",
        "ask": "Sign the petition to End Tax Breaks for Prisons",
        "targets": [],  # the capture names no target
        "body": ["One of the actions of the 2016 Week of Action."],
        "demands": None,
        "goal": 1000,  # CHOSEN: not given in the text
        "closing_date": date(2016, 10, 2),  # CHOSEN: the last day of the 2016 Week of Action
        "milestones": [],  # the captures record no delivery or outcome
        "external_url": "",
        "tags": ["Week of Action", "Private prisons", "Tax breaks"],
    },
    {
        # 000 (2016): delivered to DHS on September 28, 2016
        "title": "DHS: End Private Immigrant Detention Contracts",
        "slug": "dhs-end-private-detention-contracts",
        "ask": "Demand that DHS follow suit and end immigrant detention center "
        "private contracts as well.",
        "targets": ["dhs"],
        "body": [
            "In the wake of the Department of Justice moving to cancel its "
            "private prison contracts, Color Of Change, Black Alliance for "
            "Just Immigration (BAJI) and Mijente will deliver testimonies and "
            "200,000 petitions to the Department of Homeland Security (DHS) on "
            "September 28 to demand that DHS follow suit and end immigrant "
            "detention center private contracts as well. These companies lobby "
            "for and profit from racist laws and policies that target Black "
            "communities, which are disproportionately represented in "
            "immigration detention centers they operate.",
            "The petition signatures were collected by a coalition joined by "
            "other progressive and legal rights organizations including CREDO "
            "Action, Presente, Daily Kos, America’s Voice, and the American "
            "Civil Liberties Union.",
        ],
        "demands": None,
        "goal": 200000,  # "signed by more than 200,000 individuals"
        "closing_date": date(2016, 9, 28),  # the delivery date
        "milestones": [
            {
                "date": date(2016, 9, 28),
                "kind": "delivery",
                "text": "Delivered 200,000 signatures to DHS",
            },
        ],
        # "petitions signed by more than 200,000 individuals", collected by the coalition
        "paper_signatures": [
            {
                "count": 200000,
                "description": "Collected by Color Of Change, BAJI, Mijente, CREDO Action, "
                "Presente, Daily Kos, America’s Voice and the ACLU",
                "collected_on": date(2016, 9, 28),
            },
        ],
        "external_url": "",
        # collected by a coalition; no URL captured
        "external_host": "Color Of Change, BAJI, Mijente and coalition "
        "partners (CREDO Action, Presente, Daily Kos, "
        "America’s Voice, ACLU)",
        "tags": ["DHS", "Detention", "Private prisons", "Petition delivery"],
    },
    {
        # 002 (2018)
        "title": "Free Dontae Sharpe NOW!",
        "slug": "free-dontae-sharpe",
        "ask": "Free Dontae Sharpe NOW!",
        "targets": [],  # the text names no official
        "body": [
            "Local organizers in North Carolina have recently filed a motion "
            "that introduces new evidence into the case of Dontae Sharpe - a "
            "Black man that has been incarcerated for a crime he did not "
            "commit. Dontae Sharpe was incarcerated at 19-years-old in North "
            "Carolina and has spent 24 years in prison. Dontae’s case is a "
            "tragic example of the deep-rooted moral corruption of our "
            "criminal justice system where prosecutors and police can exploit "
            "racism and inequality to try and extract guilt from innocent "
            "people.",
            "Watch Ms. Sarah, Dontae's mother, talk about her fight to free "
            "her son in this video, then sign the petition today!",
        ],
        "demands": None,
        "goal": 1000,  # CHOSEN: not given in the text
        "closing_date": date(2018, 12, 31),  # CHOSEN: the end of the year of the capture
        "milestones": [],  # the captures record no delivery or outcome
        "external_url": "",
        "tags": ["Wrongful conviction", "North Carolina"],
    },
    {
        # 002 (2018)
        "title": "Drop the charges against Jacqueline Dixon",
        "slug": "drop-charges-jacqueline-dixon",
        "ask": "Tell Alabama DA: Drop the charges against Jacqueline Dixon",
        "targets": ["dallas-county-da"],
        "body": [
            '"Stand Your Ground" laws prove once again that they do not '
            "protect Black people. In Alabama, a young 38-year old Black woman "
            "Jacqueline Dixon was arrested and charged with murder for killing "
            "her husband Carl Omar Dixon on the morning of July 31st after an "
            "argument in which her husband attempted to attack her. But this "
            "is not the full picture. Jacqueline is a survivor of domestic "
            "violence. She endured years of abuse at the hands of her husband. "
            "In 2016, the courts rightfully granted Jacqueline an order of "
            "protection from abuse against her husband and received tempory "
            "custody of their two young children. She clearly still lived in "
            "fear and suffered tremendous harm from her husband.",
            "If the law is supposed to be about self-defense, then Jacqueline "
            "Dixon should not be prosecuted. This should be a moment to focus "
            "on her and her children's safety and well-being. Dallas County "
            "District Attorney, of Selma, AL, Michael Jackson must consider "
            "the full picture of the pain and trauma Jacqueline Dixon has "
            "experienced. Jacqueline does not deserve prison. She deserves a "
            "community and support network that will help her and her family "
            "heal from this tragic ordeal.",
            "All charges must be dropped now. Jacqueline must come home.",
            "Sign the petition to Alabama's Dallas County District Attorney Michael Jackson",
        ],
        "demands": None,
        "goal": 1000,  # CHOSEN: not given in the text
        "closing_date": date(2018, 12, 31),  # CHOSEN: the end of the year of the capture
        "milestones": [],
        "external_url": "",
        "tags": ["Alabama", "Domestic violence", "Criminalization"],
    },
    {
        # 002 (2018)
        "title": "No Muslim Ban Ever",
        "slug": "no-muslim-ban-ever",
        "ask": "No Muslim Ban ever--demand Congress pass legislation to stop "
        "Trump’s racist Muslim ban.",
        "targets": ["congress"],
        "body": [
            "The Supreme Court just voted to uphold Trump’s racist Muslim "
            "travel ban. However, Congress has the power to pass legislation "
            "that could stop the ban entirely.",
            "So far, the fight against the Muslim ban has been mostly a legal "
            "one caught up in the courts--and it’s allowed Congress to stay "
            "quiet. But Congress can not stay quiet anymore, we must demand "
            "that they pass legislation to stop Trump’s Muslim ban.",
        ],
        "demands": None,
        "goal": 5000,  # CHOSEN: not given in the text
        "closing_date": date(2018, 12, 31),  # CHOSEN: the end of the year of the capture
        "milestones": [],
        "external_url": "",
        "tags": ["Muslim ban", "Congress"],
    },
    {
        # 002 (2018): the capture has no heading for this petition; the title
        # is taken from its closing line. The text asks for a resentencing
        # hearing and names the Deputy DA who charged her; it does not say
        # explicitly whom the petition is addressed to.
        "title": "Stand with Crystal Mason",
        "slug": "stand-with-crystal-mason",
        "ask": "Please, stand with me to ensure Crystal is not sent back to prison!",
        "targets": ["tarrant-county-dda"],
        "body": [
            "Last month, Crystal Mason, a Black mother, was sentenced to 5 "
            "years in prison for voting while on probation. Like 96% of Black "
            "women in this country, she thought it was imperative to vote in "
            "the 2016 Presidential election given all that was at stake for "
            "Black women. Crystal was denied her freedom to vote because she "
            "is a formerly incarcerated person with a non-violent felony. A "
            "year later she was charged with voter fraud by Tarrant County "
            "Deputy District Attorney Matthew Smid. Crystal does not deserve "
            "to be in jail. She tried to vote believing it was the right thing "
            "to do.",
            "I am confident that if we can get a resentencing hearing for "
            "Crystal. We can help restore her faith in her personal power and "
            "the power of community. Please, stand with me to ensure Crystal "
            "is not sent back to prison!",
        ],
        "demands": None,
        "goal": 1000,  # CHOSEN: not given in the text
        "closing_date": date(2018, 12, 31),  # CHOSEN: the end of the year of the capture
        "milestones": [],
        "external_url": "",
        "tags": ["Voting rights", "Criminalization"],
    },
    {
        # 002 (2018)
        "title": "Demand Justice for Saheed Vassell!",
        "slug": "justice-for-saheed-vassell",
        "ask": "We need to demand that New York City Mayor Bill DeBlasio act now.",
        "targets": ["mayor-deblasio"],
        "body": [
            "Around 4:30 pm on Wednesday, April 4th, Saheed Vassell a "
            "34-year-old Black man was murdered by the New York Police "
            "Department in Brooklyn.",
            "We need to demand that New York City Mayor Bill DeBlasio:",
        ],
        "demands": {
            "title": "Demand Justice for Saheed Vassell!",
            "style": "bulleted",
            "items": _SAHEED_VASSELL_DEMAND_ITEMS,
        },
        "goal": 1000,  # CHOSEN: not given in the text
        "closing_date": date(2018, 12, 31),  # CHOSEN: the end of the year of the capture
        "milestones": [],
        "external_url": "",
        "tags": ["Policing", "New York City"],
    },
    {
        # 002 (2018)
        "title": "Bring Our Elders Home",
        "slug": "bring-our-elders-home",
        "ask": "Release Aging People in Prison demands that New York State Bring Our Elders Home!",
        "targets": ["new-york-state"],
        "body": [
            "Adopt a common-sense approach of releasing elder inmates, who are "
            "aging in prison, have already served considerable time, and pose "
            "little or no threat to the public.",
        ],
        "demands": None,
        "goal": 1000,  # CHOSEN: not given in the text
        "closing_date": None,  # current: open until staff close it
        "milestones": [],
        # CHOSEN (current petition): a count started from paper, dated relative to the load
        "paper_signatures": [
            {
                "count": 640,
                "description": "Signed on clipboards at community meetings",
                "days_ago": 21,
                "state": "NY",  # CHOSEN: the petition is to New York State
            },
        ],
        "external_url": "",
        "tags": ["Elders", "Parole", "New York"],
    },
    {
        # 002 (2018)
        "title": "Drop ALL charges against Chikesia Clemons!",
        "slug": "drop-charges-chikesia-clemons",
        "ask": "Tell Mobile County DA Ashley Rich: Drop ALL charges against Chikesia Clemons!",
        "targets": ["mobile-county-da"],
        "body": [
            "On Sunday, April 22, 2018, 25-year-old Chikesia “Kesia” Clemons "
            "was wrongfully arrested and dragged out of a Waffle House in "
            "Saraland, Alabama by three police officers.",
        ],
        "demands": None,
        "goal": 1000,  # CHOSEN: not given in the text
        "closing_date": date(2018, 12, 31),  # CHOSEN: the end of the year of the capture
        "milestones": [],
        "external_url": "",
        "tags": ["Policing", "Alabama"],
    },
    {
        # 002 (2018)
        "title": "End predatory phone rates for incarcerated people and their families",
        "slug": "end-predatory-prison-phone-rates",
        "ask": "Sign the petition to tell Congress: End predatory phone rates "
        "for incarcerated people and their families.",
        "targets": ["congress"],
        "body": [
            "Charging exploitative phone rates to incarcerated people and "
            "their families is wrong. But prisons get a percentage of "
            "companies' profits as a kickback, so they have no incentive to "
            "act. If states won't step in to protect against these predatory "
            "practices, then Congress must.",
        ],
        "demands": None,
        "goal": 5000,  # CHOSEN: not given in the text
        "closing_date": None,  # current: closes_in_days below
        "closes_in_days": 30,  # CHOSEN: closes a month after the demo is loaded
        "milestones": [],
        "paper_signatures": [
            {
                "count": 2380,
                "description": "Signed on paper by families at prison visiting days",
                "days_ago": 14,
                "state": "CA",  # CHOSEN: visiting days at California prisons
            },
        ],
        "external_url": "",
        "tags": ["Prison phone rates", "Congress"],
    },
    {
        # 003 (2020): hosted on Action Network (URL captured)
        "title": "Protect People from Coronavirus in Prisons, Jails, and Detention Centers",
        "slug": "cuomo-protect-people-from-coronavirus",
        "ask": "Demand that Governor Cuomo Protect People from Coronavirus in "
        "Prisons, Jails, and Detention Centers & stop increased "
        "punishment as a pandemic response",
        "targets": ["governor-cuomo"],
        "body": [],  # the capture has only the ask, shown as the page's headline
        "demands": None,
        "goal": 1000,  # CHOSEN: not given in the text
        "closing_date": date(2020, 12, 31),  # CHOSEN: the end of the year of the toolkit
        "milestones": [],
        "external_url": "https://actionnetwork.org/petitions/justiceroadmap-covid19-demands",
        "external_host": "Action Network",
        "tags": ["COVID-19", "Detention", "Decarceration"],
    },
]

# ---------------------------------------------------------------------------
# 2016 Week of Action (000)
# ---------------------------------------------------------------------------

# CHOSEN: the capture only says "2016 Week of Action – Click here for a
# listing of all the actions this week and to sign the petition to End Tax
# Breaks for Prisons"; the listing itself was not captured. The week is set
# to Monday 26 Sept – Sunday 2 Oct 2016, around the DHS petition delivery
# (28 Sept) and the State of Black Immigrants report (29 Sept), and the
# actions are built from the items in 000; the day of each action other than
# those two is chosen.
WEEK_OF_ACTION: dict[str, Any] = {
    "title": "2016 Week of Action",
    "slug": "2016-week-of-action",
    "start": date(2016, 9, 26),
    "end": date(2016, 10, 2),
    "intro": "All the actions of the week, day by day, and the petition to End Tax "
    "Breaks for Prisons.",
    "petition": "end-tax-breaks-for-prisons",
    "actions": [
        {
            "day": date(2016, 9, 26),  # CHOSEN day
            "title": "Sign the petition to End Tax Breaks for Prisons",
            "description": "Sign the petition to End Tax Breaks for Prisons.",
            "kind": "sign",
            "petition": "end-tax-breaks-for-prisons",
        },
        {
            "day": date(2016, 9, 27),  # CHOSEN day
            "title": "TAKE ACTION: Help us get 500 signatures in support of Dignity Not Detention!",
            "description": "The Dignity Not Detention Act (SB 1289) is on "
            "Governor Brown’s desk right now. Sign this petition "
            "to the Governor’s office now!",
            "kind": "sign",
            "petition": "dignity-not-detention",
        },
        {
            "day": date(2016, 9, 28),
            "title": "Former Detainees, Racial Justice Organizations Demand DHS End Its Private Prison Contracts",
            "description": "Color Of Change, Black Alliance for Just Immigration "
            "(BAJI) and Mijente deliver testimonies and 200,000 "
            "petitions to the Department of Homeland Security "
            "(DHS) during a press conference.",
            "kind": "attend",
            "event": "dhs-petition-delivery",
        },
        {
            "day": date(2016, 9, 29),
            "title": "Share the report: The State of Black Immigrants",
            "description": "The Black Alliance for Just Immigration (BAJI) and "
            "NYU Law School’s Immigrant Rights Clinic release The "
            "State of Black Immigrants.",
            "kind": "share",
            "url_hint": "document:state-of-black-immigrants-report",
        },
        {
            "day": date(2016, 9, 30),  # CHOSEN day
            "title": "Join us to build #WomenFightICE movement, Register Today!",
            "description": "Join us to build #WomenFightICE movement, Register Today!",
            "kind": "attend",
        },
    ],
}

# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------

EVENTS: list[dict[str, Any]] = [
    {
        # 001 (2017)
        "title": "#SchoolsNotPrisons: Adelanto",
        "slug": "schoolsnotprisons-adelanto",
        # CHOSEN: no times in the text (only "Friday, October 20, 2017")
        "start": datetime(2017, 10, 20, 17, 0),
        "end": datetime(2017, 10, 20, 22, 0),
        "timezone": "America/Los_Angeles",
        "all_day": False,
        "venue_name": "Adelanto Stadium",
        "address": "Adelanto, California",  # street address not captured
        "admission": "FREE entrance with RSVP",
        "rsvp_required": True,
        "age_policy": "All-Ages Event: This is an all-ages peaceful community "
        "event. It is a tobacco-free, alcohol and drug-free zone.",
        "accessibility": "",  # not given in the text
        "languages": [],  # not given in the text
        "hashtag": "#SchoolsNotPrisons",
        "performers": [
            "Los Rakas",
            "Ceci Bastida",
            "Buyepongo",
            "DJ Livia",
            "Los Jornaleros del Norte",
            "DJ Antiq",
            "special guests",
        ],
        "cohosts": [
            "Inland Empire Immigrant Youth Collective",
            "Inland Coalition for Immigrant Justice",
            "CIVIC",
            "Revolve Impact",
            "The California Wellness Foundation",
            "The California Endowment",
        ],
        "body": [
            "The Inland Empire Immigrant Youth Collective, Inland Coalition "
            "for Immigrant Justice, CIVIC, Revolve Impact, The California "
            "Wellness Foundation and The California Endowment present "
            "#SchoolsNotPrisons Adelanto.",
            "On Friday, October 20, 2017, the #SchoolsNotPrisons arts and "
            "music festival will travel to Adelanto. About an hour and a half "
            "northeast of Los Angeles, Adelanto is home to California’s "
            "largest immigrant prison, where more than 1,600 people are "
            "incarcerated.",
            "Artists and advocates will join forces to raise awareness about "
            "the immigrant prison system, share the stories of people harmed "
            "by inhumane prison conditions, and advocate for prisons to be "
            "replaced by community-based solutions that allow people to "
            "remain healthy and safe, with their families, while awaiting the "
            "outcome of their immigration cases.",
            "Musical Performances By: Los Rakas, Ceci Bastida, Buyepongo, DJ "
            "Livia, Los Jornaleros del Norte, DJ Antiq and special guests!",
            "Get Social: Join the conversation – use the #SchoolsNotPrisons "
            "hashtag to share your vision of community safety and follow us "
            "on Twitter & Instagram",
        ],
        "image": "schoolsnotprisons-adelanto",
        "tags": ["Adelanto", "Schools Not Prisons", "Detention", "California"],
    },
    {
        # 000 (2016): press conference at DHS, September 28 (year from the page)
        "title": "Petition delivery and press conference at the Department of Homeland Security",
        "slug": "dhs-petition-delivery",
        # CHOSEN: no time in the text
        "start": datetime(2016, 9, 28, 11, 0),
        "end": datetime(2016, 9, 28, 12, 0),
        "timezone": "America/New_York",
        "all_day": False,
        "venue_name": "Department of Homeland Security (DHS)",
        "address": "Washington, DC",
        "admission": "",
        "rsvp_required": False,
        "age_policy": "",
        "accessibility": "",
        "languages": [],
        "hashtag": "",
        "performers": [],
        "cohosts": ["Color Of Change", "Black Alliance for Just Immigration (BAJI)", "Mijente"],
        "body": [
            "Individuals who have survived Homeland Security detention centers "
            "will be accompanied by a national coalition of immigrant and "
            "racial justice organizations to deliver petitions signed by more "
            "than 200,000 individuals during a press conference at the "
            "Department of Homeland Security (DHS).",
        ],
        "image": "coc-pd",
        "tags": ["DHS", "Detention", "Petition delivery", "Week of Action"],
    },
    {
        # 000 (2016): "will strike on September 9th" (year from the page);
        # a nationwide day of action, so all-day; zone CHOSEN.
        "title": "National Strike Against Prison Slavery",
        "slug": "national-strike-against-prison-slavery-2016",
        "start": datetime(2016, 9, 9, 0, 0),
        "end": datetime(2016, 9, 9, 23, 59),
        "timezone": "America/New_York",
        "all_day": True,
        "venue_name": "Nationwide",
        "address": "",
        "admission": "",
        "rsvp_required": False,
        "age_policy": "",
        "accessibility": "",
        "languages": [],
        "hashtag": "",
        "performers": [],
        "cohosts": [],
        "body": [
            "People are organizing across the United States and the world in "
            "order to stand in the streets in solidarity with those locked "
            "behind bars who will strike on September 9th against prison "
            "slavery.",
        ],
        "image": "prison-strike-widecover",
        "tags": ["Prison strike"],
    },
    {
        # 002 "Older News & Highlights": Photoville "opening in DUMBO on
        # September 13". Year not in the text; CHOSEN 2018 (year of the
        # capture). Times not given, so all-day.
        "title": "Sara Bennett’s “Life After Life in Prison: The Bedroom Project” at Photoville",
        "slug": "bedroom-project-photoville",
        "start": datetime(2018, 9, 13, 0, 0),
        "end": datetime(2018, 9, 13, 23, 59),
        "timezone": "America/New_York",
        "all_day": True,
        "venue_name": "Photoville",
        "address": "DUMBO, Brooklyn",
        "admission": "Free",  # "the largest free outdoor photography exhibition"
        "rsvp_required": False,
        "age_policy": "",
        "accessibility": "",
        "languages": [],
        "hashtag": "",
        "performers": [],
        "cohosts": [],
        "body": [
            "The Bedroom Project comprises 17 portraits of formerly "
            "incarcerated women in their bedrooms accompanied by the women’s "
            "handwritten reflections.",
        ],
        "image": None,
        "tags": ["Photography", "Women", "Parole"],
    },
]

# What is coming up, so a newcomer sees a campaign in motion: the captures are all past.
# CHOSEN: none of these is in the captures. They follow the campaign's own actions (the
# toolkit's #StopICETransfers call-in, the Adelanto prison) and are dated relative to the
# day the demo is first loaded ("in_days"); a second load finds them by slug and leaves
# their dates alone. Addresses are given to people who RSVP, as organisers often do.
UPCOMING_EVENTS: list[dict[str, Any]] = [
    {
        "title": "Know your rights: what to do if ICE comes to your door",
        "slug": "know-your-rights-training",
        "in_days": 9,
        "start_time": time(18, 0),
        "end_time": time(19, 30),
        "timezone": "America/Los_Angeles",
        "venue_name": "",  # online: the link goes to people who RSVP, see the body
        "address": "",
        "admission": "Free with RSVP",
        "age_policy": "All ages",
        "accessibility": "Live captions. Spanish interpretation throughout.",
        "languages": "English and Spanish",
        "capacity": 150,
        "summary": "A one-hour training on your rights at home, at work and on the street, "
        "and how to reach rapid response when someone is detained.",
        "body": [
            "Immigration agents need a warrant signed by a judge to enter your home. "
            "Learn what to say, what not to sign, and how to document what you see.",
            "The training is online. We send the video link to everyone who RSVPs, the day before.",
        ],
        "tags": ["Know your rights", "ICE"],
    },
    {
        "title": "Community forum: from county jail to ICE",
        "slug": "community-forum-stop-ice-transfers",
        "in_days": 23,
        "start_time": time(18, 30),
        "end_time": time(20, 30),
        "timezone": "America/Los_Angeles",
        "venue_name": "Community hall in San Mateo County",
        "address": "San Mateo County, California (the address is sent with your RSVP)",
        "admission": "Free with RSVP. Dinner and childcare provided.",
        "age_policy": "All ages",
        "accessibility": "Wheelchair accessible. Spanish interpretation.",
        "languages": "English and Spanish",
        "capacity": 120,
        "hashtag": "#StopICETransfers",
        "summary": "Families and former detainees speak about transfers from the county jail "
        "to ICE, and we plan the next push on the Sheriff.",
        "body": [
            "In many places, people who are released from jail are handed straight to ICE. "
            "Come hear from families who lived it, ask questions of local advocates, and "
            "help plan the next steps of the #StopICETransfers campaign.",
        ],
        "tags": ["Stop ICE Transfers", "Detention"],
    },
    {
        "title": "Vigil outside the Adelanto immigrant prison",
        "slug": "adelanto-vigil",
        "in_days": 37,
        "start_time": time(17, 0),
        "end_time": time(18, 30),
        "timezone": "America/Los_Angeles",
        "venue_name": "Outside the Adelanto immigrant prison",
        "address": "Adelanto, California",
        "admission": "Free. RSVP so we can organise rides.",
        "age_policy": "All ages. A peaceful, alcohol- and drug-free gathering.",
        "accessibility": "Chairs and water for everyone who needs them.",
        "languages": "English and Spanish",
        "capacity": None,
        "hashtag": "#SchoolsNotPrisons",
        "summary": "Candles, music and messages for the more than 1,600 people held in "
        "California’s largest immigrant prison.",
        "body": [
            "Bring a candle and a message of support. Families of people held inside will "
            "speak, and we will read out the names they share with us.",
        ],
        "tags": ["Adelanto", "Detention", "California"],
    },
    {
        # One page for every month's call: readers RSVP to one date at a time.
        "title": "Monthly organising call",
        "slug": "monthly-organising-call",
        "in_days": 12,
        "on_weekday": 1,  # the first Tuesday 12 days or more from the first load
        "repeat": "monthly_weekday",
        "repeat_count": 6,
        "start_time": time(18, 0),
        "end_time": time(19, 0),
        "timezone": "America/Los_Angeles",
        "venue_name": "",
        "address": "",
        "admission": "Free with RSVP",
        "age_policy": "All ages",
        "accessibility": "Live captions. Spanish interpretation throughout.",
        "languages": "English and Spanish",
        "capacity": 200,
        "summary": "Once a month, everyone working on the campaign plans the weeks ahead: "
        "what the officials said, the next actions, and who takes what on.",
        "body": [
            "Volunteers, partner organisations and anyone who wants to help are welcome. "
            "We send the call link to everyone who RSVPs, the day before.",
        ],
        "tags": ["Organising"],
    },
]

# ---------------------------------------------------------------------------
# Updates and press clips (newest first)
# ---------------------------------------------------------------------------

UPDATES: list[dict[str, Any]] = [
    {
        # 003 (2020): "Share this op-ed calling for a halt to the machinery of prosecution
        # and incarceration in Texas -- for all, regardless of their record", with its
        # address; the date and headline are the ones in that address.
        "title": "Incarceration amid pandemic can be matter of life and death",
        "slug": "statesman-op-ed-incarceration-amid-pandemic",
        "date": date(2020, 4, 22),
        "dateline": "",
        "byline": "",
        "summary": "An op-ed calling for a halt to the machinery of prosecution and "
        "incarceration in Texas, for all, regardless of their record.",
        "lead_image": None,
        "body": [],
        "tags": ["COVID-19", "Decarceration", "Texas"],
        "kind": "press_clip",
        "outlet": "Austin American-Statesman",
        "author": "",
        "original_url": "https://www.statesman.com/opinion/20200422/"
        "opinion-incarceration-amid-pandemic-can-be-matter-of-life-and-death",
        "excerpt": "",
    },
    {
        # 002 "Older News & Highlights": Photoville opens "September 13";
        # CHOSEN 2018-09-01 (month from the text, year of the capture).
        "title": "Sara Bennett’s “Life After Life in Prison: The Bedroom Project”",
        "slug": "bedroom-project-photoville",
        "date": date(2018, 9, 1),
        "dateline": "",
        "byline": "",
        "summary": "Seventeen portraits of formerly incarcerated women, with their own handwritten reflections, at the largest free outdoor photography festival in the US.",
        "lead_image": None,
        "body": [
            (
                "paragraph",
                "Sara Bennett’s “Life After Life in Prison: The Bedroom Project” "
                "is one of the container exhibitions at Photoville, opening in "
                "DUMBO on September 13. The Bedroom Project comprises 17 "
                "portraits of formerly incarcerated women in their bedrooms "
                "accompanied by the women’s handwritten reflections. Like the "
                "women she photographs, Bennett hopes her work will shed light on "
                "the pointlessness of extremely long sentences and arbitrary "
                "parole denials and thus help their friends still in prison: "
                "women (and men) like them who deserve a chance at freedom.",
            ),
            (
                "paragraph",
                "Photoville is the largest free outdoor photography exhibition in "
                "the United States and features work by more than 600 artists in "
                "90 photography exhibitions & outdoor installations, providing an "
                "accessible venue for the public to experience both challenging "
                "and entertaining visual stories from a diverse group of artists, "
                "curators and organizations.",
            ),
            (
                "call_to_action",
                {
                    "label": "The exhibition’s dates and place",
                    "url_hint": "event:bedroom-project-photoville",
                    "text": "The Bedroom Project at Photoville",
                },
            ),
        ],
        "tags": ["Photography", "Women", "Parole"],
        "kind": "update",
    },
    {
        # 002 (2018): "On August 21st, prisoners … began a strike"; CHOSEN
        # year 2018 (year of the capture).
        "title": "National Prison Strike",
        "slug": "national-prison-strike",
        "date": date(2018, 8, 21),
        "dateline": "",
        "byline": "",
        "summary": "Incarcerated people across the country strike for humane conditions, rehabilitation, sentencing reform and an end to prison slavery.",
        "lead_image": None,
        "body": [
            (
                "paragraph",
                "On August 21st, prisoners across the United States and beyond "
                "began a strike against prison slavery. This strike comes hot on "
                "the heels of years of previous prison strikes, call-in "
                "campaigns, and full fledged uprisings, as well as inspiring "
                "actions against ICE and massive anti-fascist mobilizations "
                "throughout August. Not only are all of these struggles "
                "connected, but our best chances of succeeding in any of them "
                "lies in building momentum across these different movements and "
                "beyond.",
            ),
            (
                "paragraph",
                "Men and women incarcerated in prisons across the nation declare "
                "a nationwide strike in response to the riot in Lee Correctional "
                "Institution, a maximum security prison in South Carolina. Seven "
                "comrades lost their lives during a senseless uprising that "
                "could have been avoided had the prison not been so overcrowded "
                "from the greed wrought by mass incarceration, and a lack of "
                "respect for human life that is embedded in our nation’s penal "
                "ideology. These men and women are demanding humane living "
                "conditions, access to rehabilitation, sentencing reform and the "
                "end of modern day slavery.",
            ),
            (
                "call_to_action",
                {
                    "label": "Read the national demands",
                    "url_hint": "demand-list:national-prison-strike-demands",
                    "text": "These are the NATIONAL DEMANDS of the men and women "
                    "in federal, immigration, and state prisons",
                },
            ),
            (
                "call_to_action",
                {
                    "label": "More Info and How You Can Help",
                    "url_hint": "external:prison-strike-info (URL not captured)",
                    "text": "More Info and How You Can Help here:",
                },
            ),
            (
                "call_to_action",
                {
                    "label": "Donate",
                    "url_hint": "external:prison-strike-fundraising-page (URL not captured)",
                    "text": "Donate to the strike's official fundraising page:",
                },
            ),
        ],
        "tags": ["Prison strike", "Prison slavery", "Demands"],
        "kind": "update",
    },
    {
        # 002 "Older News & Highlights": undated ("From 2014 to the
        # present"); CHOSEN 2018-01-01 (year of the capture).
        "title": "Hunger Strikes: A Call to End Immigrant Detention",
        "slug": "hunger-strikes-call-to-end-immigrant-detention",
        "date": date(2018, 1, 1),
        "dateline": "",
        "byline": "",
        "summary": "Detained immigrants refuse food to protest their conditions and demand release on bond: their story, from Northwest Detention Center Resistance.",
        "lead_image": None,
        "body": [
            (
                "paragraph",
                "Hunger Strikes: A Call to End Immigrant Detention from CJI "
                "Grantee Northwest Detention Center Resistance (NWDCR).",
            ),
            (
                "paragraph",
                "This is the story of immigrants fighting back against an unjust "
                "system by putting their bodies on the line in peaceful protest "
                "against state violence: they went on hunger strike. From 2014 "
                "to the present, detained hunger strikers protest unfair labor "
                "conditions, inedible food, and lack of medical care. They demand "
                "to be released on bond while awaiting their immigration "
                "hearings.",
            ),
            (
                "call_to_action",
                {
                    "label": "More >",
                    "url_hint": "external:nwdcr-hunger-strikes-story (URL not captured)",
                    "text": "",
                },
            ),
        ],
        "tags": ["Hunger strike", "Detention", "Washington"],
        "kind": "update",
    },
    {
        # 001 (2017): undated; image file name "NEW.101617.PrisonDivest"
        # suggests 16 Oct 2017 – CHOSEN.
        "title": "Students push back on prison divestment decision with banner at homecoming game",
        "slug": "stanford-students-banner-homecoming",
        "date": date(2017, 10, 16),
        "dateline": "",
        "byline": "",
        "summary": "Students answer the Board of Trustees’ refusal to divest from private prisons with a banner at Stanford Stadium.",
        "lead_image": "stanford-prison-divest-banner",
        "body": [
            (
                "paragraph",
                "“STANFORD: DIVEST FROM 4-PROFIT PRISONS.” Those were the words "
                "painted on a banner that a group of students dropped at the "
                "Stanford Stadium during Saturday’s homecoming football game.",
            ),
            (
                "paragraph",
                "The act was in response to the Stanford Board of Trustees’ "
                "recent decision not to ask corporations that benefit from or "
                "participate in the funding or operations of private prisons to "
                "cut their ties with the prison industry or lose Stanford’s "
                "investments.",
            ),
            (
                "quote",
                {
                    "text": "We dropped the banner to signal that Stanford has no "
                    "choice but to listen. … We will continue to resist "
                    "mass incarceration and the exploitative, violent "
                    "criminal justice system and argue, ‘Stanford tells us "
                    "we can change the world for the better, but doing so "
                    "funds our education with investments that hurt the "
                    "communities we come from.’",
                    "attribution": "A coalition of student activists identifying "
                    "themselves only as “concerned students”",
                    "source": "joint press release",
                },
            ),
        ],
        "tags": ["Divestment", "Students", "Stanford", "Private prisons"],
        "kind": "quoted",
        "outlet": "Stanford Daily",
        "author": "Julia Ingram",
    },
    {
        # 001 (2017): undated; concert is "Friday" (20 Oct 2017), so the
        # article is from that week – CHOSEN 16 Oct 2017.
        "title": "Activists plan Adelanto concert to call for immigration detention center shutdowns",
        "slug": "activists-plan-adelanto-concert",
        "date": date(2017, 10, 16),
        "dateline": "",  # the article's own dateline ("ADELANTO —") stays with the article
        "byline": "",
        "summary": "Local press on Friday’s free #SchoolsNotPrisons concert and the call to close immigrant detention centers, Adelanto’s among them.",
        "lead_image": None,
        "body": [
            (
                "paragraph",
                "Immigration activists are planning a free community Schools Not "
                "Prisons concert Friday at Adelanto Stadium to call for the "
                "closures of immigrant detention centers, including the "
                "private-run facility here.",
            ),
            (
                "paragraph",
                "The music festival is also meant to advocate for fair treatment "
                "of detainees as they await decisions on requests to remain in "
                "the U.S.",
            ),
            (
                "paragraph",
                "The concert will bring artists, advocates and community members "
                "together for a “historical event,” according to event "
                "organizers, “creating a unique platform to advocate for the "
                "closure of immigrant prisons and shine a light on the many ways "
                "for-profit immigrant prisons harm California communities.”",
            ),
            (
                "call_to_action",
                {
                    "label": "#SchoolsNotPrisons: Adelanto",
                    "url_hint": "event:schoolsnotprisons-adelanto",
                    "text": "FREE entrance with RSVP",
                },
            ),
        ],
        "tags": ["Adelanto", "Schools Not Prisons", "Detention", "California"],
        "kind": "quoted",
        "outlet": "Victor Valley Daily Press",
        "author": "",
    },
    {
        # 001 (2017): undated and no "Via" line (outlet not captured). The
        # bill was introduced "on October 3"; CHOSEN 13 Oct 2017, between the
        # dated 10 Oct item and the 16 Oct items around it on the page.
        "title": "Reps. Adam Smith and Pramila Jayapal Are Back in Seattle to Talk About Ending Private Immigration Prisons",
        "slug": "smith-jayapal-seattle-private-immigration-prisons",
        "date": date(2017, 10, 13),
        "dateline": "",
        "byline": "",
        "summary": "Two Washington representatives take the Dignity for Detained Immigrants Act home to Seattle: a bill to phase out private immigration prisons and end mandatory detention.",
        "lead_image": "daniel-ramirez-medina",
        "body": [
            (
                "paragraph",
                "The House of Representatives isn’t in session this week, so "
                "Reps. Adam Smith and Pramila Jayapal are back in Seattle today "
                "to talk about a major piece of legislation introduced at the top "
                "of the month.",
            ),
            (
                "paragraph",
                "The “Dignity for Detained Immigrants Act” would phase out the "
                "use of private prisons for immigrant detainees.",
            ),
            (
                "paragraph",
                "The bill, introduced by Congressman Adam Smith on October 3, does "
                "much more than that, too. It promises an overhaul of the "
                "nation’s immigration detention system. For example, the bill "
                "ends the policy of mandatory detention, whereby immigrants are "
                "automatically taken into custody if they have a criminal "
                "conviction—as are asylum seekers if they arrive without the "
                "proper paperwork. The American Civil Liberties Union has "
                "repeatedly challenged the practice of mandatory detention, which "
                "they say has greatly expanded immigrant detention and often "
                "sweeps up legal residents who have successfully been living in "
                "the US for decades after already serving sentences for offenses "
                "like drug possession. While immigrants today are subject to long "
                "periods of detention while awaiting bond hearings as a matter of "
                "policy (see the case of formerly detained DACA Dreamer Daniel "
                "Ramirez Medina in Seattle earlier this year), Smith’s bill would "
                "institute a practice of immediate custody determinations in "
                "court, based on probable cause.",
            ),
        ],
        "tags": ["Legislation", "Detention", "Private prisons", "Congress", "Seattle"],
        "kind": "update",  # its outlet was not captured
    },
    {
        # 001 (2017): dated in the text
        "title": "Supreme Court Rules in Favor of Government Transparency Against Private Prison Corporations",
        "slug": "supreme-court-government-transparency-private-prisons",
        "date": date(2017, 10, 10),
        "dateline": "New York, NY",
        "byline": "",
        "summary": "GEO Group and CoreCivic lose their bid at the Supreme Court to keep their immigration detention contracts from the public.",
        "lead_image": None,
        "body": [
            (
                "heading",
                "Highest Court Rejects Private Prisons’ Petition to Limit Release "
                "of Government Documents",
            ),
            (
                "paragraph",
                "Today, the Supreme Court denied a petition by private prison "
                "corporations seeking to block the release of government "
                "documents about their immigration detention practices. In a case "
                "brought by the Center for Constitutional Rights (CCR) and "
                "Detention Watch Network (DWN), under the Freedom of Information "
                "Act (FOIA), a federal district court ruled in July 2016, that "
                "the government must release details of its contracts with "
                "private prison corporations. The government chose not to "
                "appeal; instead, the country’s two largest private prison "
                "corporations, GEO Group and Corrections Corporation of America "
                "(CCA), recently rebranded as “CoreCivic,” intervened to appeal "
                "the decision to the Second Circuit Court of Appeals, which "
                "dismissed their petition in February. GEO then petitioned the "
                "Supreme Court for a full review of the case, asking for the "
                "right to prevent the government from releasing information "
                "under the FOIA.",
            ),
        ],
        "tags": ["Press release", "Supreme Court", "FOIA", "Private prisons", "Detention"],
        "kind": "update",
    },
    {
        # 001 (2017): undated; last item on the 2017 page. CHOSEN 2017-10-01
        # (month of the surrounding items).
        "title": "UC Students launch campaign for Police Campus Accountability",
        "slug": "uc-students-police-campus-accountability",
        "date": date(2017, 10, 1),
        "dateline": "",
        "byline": "",
        "summary": "Police accountability on campus is one of three campaigns the University of California Student Association backs this year.",
        "lead_image": None,
        "body": [
            (
                "paragraph",
                "The campaigns are created by students across the 10 UC "
                "campuses, and each year one campaign is voted on and selected at "
                "the UC Student Organizing Summit. Each campaign lasts two years. "
                "As a result, each year typically sees one returning campaign and "
                "one newly elected one.",
            ),
            (
                "paragraph",
                "This year, however, UCSA will support three campaigns due to a "
                "tie in votes between UCSOS and reIGNITE, UC Santa Barbara "
                "representative on the UCSA Board of Directors Kristin Hsu said. "
                "These campaigns were selected by the UCSA Board of Directors, "
                "which is composed of student representatives from the different "
                "UC campuses.",
            ),
        ],
        "tags": ["Students", "Policing", "California"],
        "kind": "quoted",
        "outlet": "Daily Nexus",
        "author": "Anjalie Tandon",
    },
    {
        # 000 (2016): dated in the text
        "title": "New Report Shows that Despite Advances, Black Immigrants Still Suffer Racial Disparities",
        "slug": "state-of-black-immigrants-report",
        "date": date(2016, 9, 29),
        "dateline": "New York, NY",
        "byline": "",
        "summary": "A two-part report from BAJI and NYU Law maps how systemic racism shapes the lives of Black immigrants in the US.",
        "lead_image": None,
        "body": [
            (
                "paragraph",
                "Today the Black Alliance for Just Immigration (BAJI), along with "
                "New York University Law School’s Immigrant Rights Clinic "
                "released a trailblazing two-part report on the experience of "
                "Black immigrants in the U.S. The State of Black Immigrants sheds "
                "light on the unique issues facing the over 3.7 million "
                "immigrants in the U.S. from Africa, the Caribbean, Afro-Latino "
                "countries, and elsewhere, due in large part to their race.",
            ),
            (
                "quote",
                {
                    "text": "As this report shows, Black immigrants encounter "
                    "major social and economic challenges in the U.S. "
                    "because of systemic racism,",
                    "attribution": "Opal Tometi, BAJI’s Executive Director and a "
                    "co-founder of #BlackLivesMatter",
                    "source": "",
                },
            ),
        ],
        "tags": ["Press release", "Black immigrants", "Report", "Week of Action"],
        "kind": "update",
    },
    {
        # 000 (2016): media advisory, undated; CHOSEN 2016-09-28, the
        # delivery date it announces.
        "title": "Former Detainees, Racial Justice Organizations Demand DHS End Its Private Prison Contracts With Protest At Homeland Security Offices",
        "slug": "former-detainees-demand-dhs-end-private-prison-contracts",
        "date": date(2016, 9, 28),
        "dateline": "Washington, DC",
        "byline": "",
        "summary": "Survivors of immigrant detention and a national coalition take 200,000 signatures to the Department of Homeland Security.",
        "lead_image": "coc-pd",
        "body": [
            (
                "paragraph",
                "Individuals who have survived Homeland Security detention "
                "centers will be accompanied by a national coalition of "
                "immigrant and racial justice organizations to deliver petitions "
                "signed by more than 200,000 individuals during a press "
                "conference at the Department of Homeland Security (DHS).",
            ),
            (
                "paragraph",
                "In the wake of the Department of Justice moving to cancel its "
                "private prison contracts, Color Of Change, Black Alliance for "
                "Just Immigration (BAJI) and Mijente will deliver testimonies and "
                "200,000 petitions to the Department of Homeland Security (DHS) "
                "on September 28 to demand that DHS follow suit and end "
                "immigrant detention center private contracts as well. These "
                "companies lobby for and profit from racist laws and policies "
                "that target Black communities, which are disproportionately "
                "represented in immigration detention centers they operate.",
            ),
            (
                "paragraph",
                "The petition signatures were collected by a coalition joined by "
                "other progressive and legal rights organizations including "
                "CREDO Action, Presente, Daily Kos, America’s Voice, and the "
                "American Civil Liberties Union.",
            ),
            (
                "call_to_action",
                {
                    "label": "See the petition",
                    "url_hint": "petition:dhs-end-private-detention-contracts",
                    "text": "Demand DHS end its private prison contracts.",
                },
            ),
        ],
        "tags": [
            "Press release",
            "DHS",
            "Detention",
            "Private prisons",
            "Petition delivery",
            "Week of Action",
        ],
        "kind": "update",
    },
    {
        # 000 (2016): dated in the text
        "title": "Watson Coleman Introduces the End For-Profit Prisons Act of 2016",
        "slug": "end-for-profit-prisons-act-2016",
        "date": date(2016, 9, 22),
        "dateline": "Washington, DC",
        "byline": "",
        "summary": "A bill in Congress would end federal contracts with for-profit prisons and improve re-entry for people leaving federal prison.",
        "lead_image": None,
        "body": [
            (
                "paragraph",
                "Today, Congresswoman Bonnie Watson Coleman (NJ-12) announced the "
                "introduction of the End For-Profit Prisons Act of 2016, "
                "legislation that would require the Bureau of Prisons and U.S. "
                "Marshals Service to end its contracts with for-profit "
                "confinement facilities, and make critical changes to the "
                "re-entry process for individuals who have been released from "
                "federal prisons.",
            ),
        ],
        "tags": ["Press release", "Legislation", "Private prisons", "Congress"],
        "kind": "update",
    },
    {
        # 000 (2016): heading only; undated. CHOSEN 2016-09-20 (between the
        # 22 Sept item above it and the mid-September items below it).
        "title": "Join us to build #WomenFightICE movement, Register Today!",
        "slug": "womenfightice-register",
        "date": date(2016, 9, 20),
        "dateline": "",
        "byline": "",
        "summary": "Women organizing against detention and deportation are building the #WomenFightICE movement.",
        "lead_image": None,
        "body": [
            (
                "call_to_action",
                {
                    "label": "Register Today!",
                    "url_hint": "external:womenfightice-registration (URL not captured)",
                    "text": "Join us to build #WomenFightICE movement, Register Today!",
                },
            ),
        ],
        "tags": ["Women", "ICE"],
        "kind": "update",
    },
    {
        # 000 (2016): undated; SB 1289 "on Governor Brown’s desk right now"
        # and a prison strike "underway as we speak" (strike began Sept 9).
        # CHOSEN 2016-09-12.
        "title": "TAKE ACTION: Help us get 500 signatures in support of Dignity Not Detention!",
        "slug": "take-action-dignity-not-detention",
        "date": date(2016, 9, 12),
        "dateline": "",
        "byline": "",
        "summary": "SB 1289 would make California the first state to say no to private immigration detention, and it is on Governor Brown’s desk.",
        "lead_image": None,
        "body": [
            (
                "paragraph",
                "Will you help us make California the first state to say NO to "
                "private immigration detention?",
            ),
            (
                "paragraph",
                "I’m sure you’ve heard the news that the Department of Justice "
                "will be ending its federal use of private prisons, the "
                "Department of Homeland Security is thinking of doing the same, "
                "and one of the largest prison strikes is underway as we speak.",
            ),
            (
                "paragraph",
                "Enlace is partnering with CIYJA and immigrant rights groups "
                "across California in this crucial movement to fight back "
                "against mass incarceration and harmful detention practices, and "
                "we know that stopping private companies from profiting off of "
                "the suffering of our community members is an important step in "
                "the right direction. The Dignity Not Detention Act (SB 1289) is "
                "on Governor Brown’s desk right now, and he needs to hear that "
                "eyes across California and the nation are watching his decision "
                "closely.",
            ),
            (
                "call_to_action",
                {
                    "label": "Sign this petition to the Governor’s office now!",
                    "url_hint": "petition:dignity-not-detention",
                    "text": "The Governor will be deciding on SB 1289 any day now "
                    "– he needs to know that we all support dignity, not "
                    "detention!",
                },
            ),
        ],
        "tags": ["Dignity Not Detention", "Detention", "Private prisons", "California", "SB 1289"],
        "kind": "update",
    },
    {
        # 000 (2016): Gotham Gazette clip, undated. The vote was "on
        # Thursday", "three weeks after" the federal announcement; CHOSEN
        # 2016-09-09.
        "title": "Initial Movement on Private Prison Divestment by City Pension Funds",
        "slug": "nyc-pension-funds-private-prison-divestment",
        "date": date(2016, 9, 9),
        "dateline": "",
        "byline": "",
        "summary": "New York City’s employee pension fund votes to study divesting from private prison companies.",
        "lead_image": "stringer-town-hall",
        "body": [
            (
                "paragraph",
                "New York City’s pension funds have faced criticism in the past "
                "for owning a stake, however small, in two for-profit private "
                "prison operators. On Thursday, one of the funds took the first "
                "significant step to recognize the issue by announcing a study of "
                "divestment from the controversial industry.",
            ),
            (
                "paragraph",
                "Comptroller Scott Stringer and the trustees of the New York City "
                "Employees’ Retirement System (NYCERS), one of the city’s five "
                "pension funds, voted unanimously to pass a resolution on "
                "Thursday to explore how divestment from private prisons would "
                "affect the fund’s investment portfolio. The decision came three "
                "weeks after an announcement by the federal government that it "
                "would phase out its dependence on private prisons to house a "
                "decreasing number of federal inmates. A Department of Justice "
                "report, which formed the basis of that announcement, cited "
                "dangerous conditions at private prisons, increased costs, and "
                "inefficiency.",
            ),
        ],
        "tags": ["Divestment", "Pension funds", "New York City", "Private prisons"],
        "kind": "quoted",
        "outlet": "Gotham Gazette",
        "author": "Samir Khurshid",
    },
    {
        # 000 (2016): Its Going Down clip, before the Sept 9 strike; CHOSEN
        # 2016-09-01 (month only).
        "title": "National Strike Against Prison Slavery",
        "slug": "national-strike-against-prison-slavery",
        "date": date(2016, 9, 1),
        "dateline": "",
        "byline": "",
        "summary": "Banner drops, noise demonstrations and flyering build support for the September 9 strike inside prisons.",
        "lead_image": "prison-strike-widecover",
        "body": [
            (
                "paragraph",
                "People are organizing across the United States and the world in "
                "order to stand in the streets in solidarity with those locked "
                "behind bars who will strike on September 9th against prison "
                "slavery. Already, a wide range of actions have taken place in "
                "the run up to the strike. This includes large scale flyering and "
                "street propaganda campaigns, banner drops, noise demonstrations "
                "outside of jails and detention facilities, and informational "
                "events. All of this activity helps to build the capacity of the "
                "strike to bring in more people who can take an active role, as "
                "well as spread information about the struggle being waged by "
                "prisoners on the inside. These actions also bring many "
                "organizations, crews, and individuals together that before have "
                "previously never worked side by side and helps expose white "
                "supremacy as both a system of social control and racial "
                "apartheid and an apparatus of management that facilitates the "
                "creation of billions of dollars of profits.",
            ),
            (
                "call_to_action",
                {
                    "label": "The strike on September 9th",
                    "url_hint": "event:national-strike-against-prison-slavery-2016",
                    "text": "National Strike Against Prison Slavery",
                },
            ),
        ],
        "tags": ["Prison strike", "Prison slavery"],
        "kind": "quoted",
        "outlet": "Its Going Down",
        "author": "",
    },
]

# ---------------------------------------------------------------------------
# Action toolkit (003, Immigrant Justice Network, 2020)
# The three principle headings are matched to the three text passages by
# subject (the capture is a flattened graphic).
# ---------------------------------------------------------------------------

TOOLKIT: dict[str, Any] = {
    "title": "How does ending criminalization help stop deportations?",
    "slug": "ending-criminalization-stops-deportations",
    "intro": "Three principles for advocates and organizers & actions to "
    "support across the country",
    "publisher": "Immigrant Justice Network",
    "principles": [
        {
            "title": "The deportation system is a pipeline and policing is the gateway",
            "text": "Many of our people who end up deported have had some "
            "interaction with law enforcement. Data and surveillance "
            "from local police, arrests, and convictions are a "
            "deportation dragnet, for documented and undocumented "
            "folks. Protecting immigrants means ending the way people "
            "are targeted and funneled toward deportation: through "
            "criminalization. Black people and brown people are "
            "impacted the most by criminalizing practices AND by "
            "deportations. It’s not a coincidence. We need a HOLISTIC "
            "approach.",
        },
        {
            "title": "Immigrants are carted from the sheriff or warden, into Ice's hands",
            "text": "In many places, people who are released from prisons and "
            "jails are directly transferred to ICE detention centers. "
            "That’s why it is important to demand that local "
            "officials decarcerate jails and prisons, and also demand "
            "that they stop coordinating with ICE on how to move "
            "someone from cage to cage. People who do end up fully "
            "released also need resources, protective equipment, and "
            "a place to safely quarantine without fear of being "
            "rearrested or stigmatized because they just got out. "
            "Link up with groups providing mutual aid and rapid "
            "response to get folks the support they need.",
        },
        {
            "title": "Free them All, and we mean All",
            "text": "The criminal and immigration systems have not been "
            "supporting anyone, including people who need deeper "
            "transformative and restorative justice. Now is the time "
            "to dig deeper, dream bigger, and fight for everyone’s "
            "common humanity regardless of what they've done in the "
            "past. The harms and violence of the immigration system, "
            "which deprives tens of thousands of liberty each day, "
            "are systematic and inherent. The roots are rotten. "
            "Dismantling this fundamentally unjust system doesn’t "
            "mean leaving it intact for some of us.",
        },
    ],
    "actions": [
        {
            "kind": "sign",
            "title": "Demand that Governor Cuomo Protect People from "
            "Coronavirus in Prisons, Jails, and Detention Centers "
            "& stop increased punishment as a pandemic response",
            "text": "Sign the petition",
            "external_url": "https://actionnetwork.org/petitions/justiceroadmap-covid19-demands",
            "petition": "cuomo-protect-people-from-coronavirus",
            "platform": "Action Network",
        },
        {
            "kind": "donate",
            "fund_name": "Etowah Freedom Fund",
            "url": "https://www.gofundme.com/f/etowah-freedom-fund-covid19-mutual-aid-fund",
            "text": "support bail & bond & contribute to commissary so people "
            "can buy phone calls, hand sanitizer & supplies",
        },
        {
            "kind": "call",
            "target": "san-mateo-county-sheriff",
            "script": "Call on San Mateo Cty Sheriff bolanos to "
            "#StopCOVIDinSMCjails AND #stopICETransfers",
            "hashtags": ["#StopCOVIDinSMCjails", "#StopICETransfers"],
            # Not in the capture: the demo's call page (demo.officials) finds the sheriff.
            "call_page": "call-sheriff-bolanos",
            "call_page_label": "Find the Sheriff and call",
            "links": [
                "https://twitter.com/search?q=%23stopcovidinsmcjails&src=typed_query&f=live",
                "https://twitter.com/hashtag/StopICETransfers?src=hashtag_click",
            ],
        },
        {
            "kind": "call",
            "target": "dodge-county-sheriff",
            "targets": ["dodge-county-sheriff", "mchenry-county-sheriff"],
            "script": "Call Dodge and Mchenry County sheriffs: tell them to end "
            "contracts with Ice and to push for people's release",
            "hashtags": [],
            # the Google Doc is the only remaining link in the capture; it is
            # assumed to belong to this action
            "links": [
                "https://docs.google.com/document/d/1h5lYDSTmrGKLWFyp78qZeeLlXbAZj9aFFPvNhfX85Ak/edit",
            ],
        },
        {
            "kind": "share",
            "text": "Share this op-ed calling for a halt to the machinery of "
            "prosecution and incarceration in Texas -- for all, "
            "regardless of their record",
            "hashtags": [],
            "url": "https://www.statesman.com/opinion/20200422/opinion-incarceration-amid-pandemic-can-be-matter-of-life-and-death",
        },
    ],
    "about": "The Immigrant Justice Network is a partnership of the Immigrant "
    "Defense Project, the Immigrant Legal Resource Center, Just "
    "Futures Law, and the National Immigration Project of the "
    "National Lawyers Guild (NIPNLG)",
    "partners": [
        {"name": "Immigrant Defense Project", "url": "https://www.immigrantdefenseproject.org/"},
        {"name": "Immigrant Legal Resource Center", "url": "https://www.ilrc.org/"},
        {"name": "Just Futures Law", "url": "https://justfutureslaw.org/"},
        {
            "name": "National Immigration Project of the National Lawyers Guild (NIPNLG)",
            "url": "https://www.nationalimmigrationproject.org/",
        },
    ],
    "recording": {
        "text": "Interested in hearing more? Listen in on our conversation "
        "with members of IJN's advisory board about these three "
        "principles and more.",
        "url": "https://attendee.gotowebinar.com/recording/4078133014308502540",
    },
}

# ---------------------------------------------------------------------------
# Sign-on statement and endorsers (004)
# ---------------------------------------------------------------------------

ENDORSEMENT: dict[str, Any] = {
    # The capture has no heading; the title is taken from the statement's
    # own words ("in support of policies that protect immigrants and promote
    # community safety").
    "title": "In Support of Policies that Protect Immigrants and Promote Community Safety",
    "slug": "protect-immigrants-promote-community-safety",
    "statement": [
        "Our organizations stand behind the hundreds of state and local "
        "policies protecting localities from intrusive collusion, monitoring, "
        "and policing by federal immigration authorities.",
        "These policies emerged after years of reasonable discussion and "
        "debate amongst community groups, local officials, and police and "
        "sheriff departments, as hundreds of cities, towns and states "
        "grappled with the harm of deportation programs, like the failed "
        "Secure Communities (S-Comm) now renamed the Priority Enforcement "
        "Program (PEP). Our communities rightly concluded that local "
        "pro-immigrant policies not only protect public safety and "
        "constitutional rights—they are integral to fostering diverse and "
        "thriving communities.",
        "The scapegoating of immigrant communities and attacks on local "
        "pro-immigrant policies and the officials who enacted them reflects a "
        "hardening racism and xenophobia in American politics that we must "
        "eliminate, not foster. These attacks may score some political points "
        "in the short-term but strike against good governance and inclusive "
        "democracy.",
        "We call on officials to stand up for human and civil rights and "
        "reject ineffective and punitive measures against immigrants, "
        "including PEP, a program that dangerously increases federal "
        "entanglement with local police. Officials should support the "
        "difficult but necessary work of examining and addressing the root "
        "causes of violence in our communities.",
        "We call on local, state, and federal officials to work with us to "
        "hear solutions about what community safety and welfare really mean "
        "for us – beyond more policing, incarceration, and deportation.",
    ],
    "take_action_text": "Visit our Take Action page for more info on how you can help.",
    # The capture said "Click here to join … organizations listed below"; here the form
    # follows the list, so the text names neither a link nor a place on the page.
    "join_text": "Add your organization to the growing number of organizations "
    "in support of policies that protect immigrants and promote community safety.",
}

# Every organisation in the statement, in page order. group is "National" or
# the full state name ("District of Columbia" is listed as a state on the
# page). Letter-range jump headings (A, C, D-F, …) are not groups, and
# "California Continued" was only a column break. Spellings as captured
# (note: "Cobb Immigrant Alliance" appears under Illinois on the page).
ENDORSERS: list[dict[str, str]] = [
    # National
    {"name": "American Civil Liberties Union", "group": "National"},
    {"name": "American Friends Service Committee", "group": "National"},
    {"name": "Anti-Defamation League", "group": "National"},
    {"name": "Asian Americans Advancing Justice", "group": "National"},
    {"name": "Asian American Legal Defense and Education Fund (AALDEF)", "group": "National"},
    {"name": "ASISTA", "group": "National"},
    {"name": "Black Alliance for Just Immigration (BAJI)", "group": "National"},
    {"name": "Border Network for Human Rights", "group": "National"},
    {"name": "Casa Esperanza", "group": "National"},
    {"name": "Center for Popular Democracy", "group": "National"},
    {"name": "Detention Watch Network", "group": "National"},
    {"name": "Disciples Refugee & Immigration Ministries", "group": "National"},
    {"name": "Dream Action Coalition", "group": "National"},
    {"name": "Drug Policy Alliance", "group": "National"},
    {"name": "Franciscan Action Network", "group": "National"},
    {"name": "Friends Committee on National Legislation", "group": "National"},
    {"name": "Grassroots Leadership", "group": "National"},
    {"name": "Immigrant Defense Project", "group": "National"},
    {"name": "Immigrant Legal Resource Center", "group": "National"},
    {"name": "Justice Strategies", "group": "National"},
    {"name": "Latino Policy Forum", "group": "National"},
    {
        "name": "National Alliance of Latin American and Caribbean Communities ( NALACC )",
        "group": "National",
    },
    {"name": "National Center for Transgender Equality", "group": "National"},
    {"name": "National Day Laborer Organizing Network", "group": "National"},
    {"name": "National Immigrant Justice Center", "group": "National"},
    {"name": "National Immigration Law Center", "group": "National"},
    {"name": "National Immigration Project of the National Lawyers Guild", "group": "National"},
    {"name": "National Lawyers Guild", "group": "National"},
    {"name": "National Network for Immigrant and Refugee Rights", "group": "National"},
    {"name": "NETWORK", "group": "National"},
    {"name": "New Sanctuary Movement", "group": "National"},
    {"name": "Not1More", "group": "National"},
    {"name": "NQAPIA: National Queer Asian Pacific Islander Alliance", "group": "National"},
    {"name": "PICO National Network", "group": "National"},
    {"name": "The Praxis Project", "group": "National"},
    {"name": "Southern Poverty Law Center", "group": "National"},
    {"name": "Southeast Asia Resource Action Center (SEARAC)", "group": "National"},
    {"name": "Transgender Law Center", "group": "National"},
    {"name": "United We Dream", "group": "National"},
    {"name": "We Belong Together", "group": "National"},
    # Alaska
    {"name": "Alaska Institute for Justice", "group": "Alaska"},
    # Arizona
    {"name": "Coalicion de Derechos Humanos", "group": "Arizona"},
    {"name": "PUENTE", "group": "Arizona"},
    # California
    {"name": "Advancing Justice – Asian Law Caucus", "group": "California"},
    {"name": "Asian Law Alliance", "group": "California"},
    {"name": "Asian Pacific Islander Legal Outreach", "group": "California"},
    {"name": "California Immigrant Policy Center", "group": "California"},
    {"name": "California Immigrant Youth Justice Alliance", "group": "California"},
    {"name": "Central American Resource Center-LA (CARECEN-LA)", "group": "California"},
    {"name": "Chinese for Affirmative Action", "group": "California"},
    {
        "name": "Coalition for Humane Immigrant Rights of Los Angeles (CHIRLA)",
        "group": "California",
    },
    {"name": "Comite VIDA", "group": "California"},
    {"name": "Dolores Street Community Services", "group": "California"},
    {"name": "East Bay Sanctuary Covenant", "group": "California"},
    {"name": "Episcopal Church of St. John the Evangelist", "group": "California"},
    {"name": "Familia: Trans Queer Liberation Movement", "group": "California"},
    {"name": "Filipino Advocates for Justice", "group": "California"},
    {"name": "Fools Mission", "group": "California"},
    {"name": "Fresno Immigrant Youth in Action", "group": "California"},
    # ("California Continued" column break)
    {"name": "Immigrant Justice Team Emerson UU Church", "group": "California"},
    {"name": "Immigration Center for Women and Children", "group": "California"},
    {"name": "Interfaith Movement for Human Integrity", "group": "California"},
    {
        "name": "Lawyers’ Committee for Civil Rights of the San Francisco Bay Area",
        "group": "California",
    },
    {"name": "Nicaragua Center for Community Action", "group": "California"},
    {"name": "Palabra", "group": "California"},
    {"name": "Pangea Legal Services", "group": "California"},
    {"name": "Reedley Social Services. Inc.", "group": "California"},
    {"name": "Sacred Heart Community Service", "group": "California"},
    {"name": "Salvadoran American National Network (SANN)", "group": "California"},
    {"name": "San Francisco Public Defender", "group": "California"},
    {"name": "Silicon Valley De-Bug", "group": "California"},
    {"name": "SIREN, Services, Immigrant Rights, and Education Network", "group": "California"},
    {"name": "Social Justice Collaborative", "group": "California"},
    {
        "name": "Stanford Law School Immigrants’ Rights Clinic (for identification purposes only)",
        "group": "California",
    },
    {"name": "Street Level Health Project", "group": "California"},
    {"name": "Transforming Immigrant Communities through Education (TICE)", "group": "California"},
    # Colorado
    {"name": "Colorado Immigrant Rights Coalition", "group": "Colorado"},
    {
        "name": "Criminal/Immigration Defense Clinic at Colorado Law (for identification purposes only)",
        "group": "Colorado",
    },
    {"name": "Together Colorado", "group": "Colorado"},
    # Connecticut
    {"name": "Unidad Latina en Acción", "group": "Connecticut"},
    # District of Columbia
    {"name": "CAIR Coalition", "group": "District of Columbia"},
    # Florida
    {"name": "Farmworker Association of Florida", "group": "Florida"},
    {"name": "Florida Immigrant Coalition", "group": "Florida"},
    {"name": "Friends of Broward Detainees", "group": "Florida"},
    {"name": "University of Miami School of Law, Immigration Clinic", "group": "Florida"},
    {"name": "WeCount!", "group": "Florida"},
    # Georgia
    {"name": "Coalición de Lideres Latinos-CLILA", "group": "Georgia"},
    {"name": "Georgia Detention Watch", "group": "Georgia"},
    {"name": "Georgia Latino Alliance for Human Rights", "group": "Georgia"},
    {"name": "GaNot1More Coalition", "group": "Georgia"},
    {"name": "Southeast Immigrant Rights Network", "group": "Georgia"},
    {"name": "SONG / Southerners On New Ground", "group": "Georgia"},
    # Illinois
    {"name": "Cobb Immigrant Alliance", "group": "Illinois"},
    {"name": "Korean American Resource and Cultural Center", "group": "Illinois"},
    {"name": "Illinois Coalition for Immigrant and Refugee Rights", "group": "Illinois"},
    {"name": "Interfaith Leadership Project", "group": "Illinois"},
    {"name": "Northwest Side Housing Center", "group": "Illinois"},
    {"name": "P.E.A.C.E", "group": "Illinois"},
    {"name": "Association of Latino/as Motivating Action (ALMA)", "group": "Illinois"},
    # Iowa
    {"name": "American Friends Service Committee- Iowa", "group": "Iowa"},
    {"name": "Iowa Citizens for Community Improvement", "group": "Iowa"},
    {"name": "Iowa Coalition Against Sexual Assault", "group": "Iowa"},
    {"name": "Latina Leadership Initiative of Greater Des Moines", "group": "Iowa"},
    {"name": "L.U.N.A.", "group": "Iowa"},
    {"name": "Trinity United Methodist Church", "group": "Iowa"},
    # Kansas
    {"name": "Immigrant Justice Advocacy Movement", "group": "Kansas"},
    {"name": "Sunflower Community Action", "group": "Kansas"},
    # Louisiana
    {"name": "New Orleans Workers’ Center for Racial Justice", "group": "Louisiana"},
    # Maryland
    {"name": "CASA de Maryland", "group": "Maryland"},
    {"name": "Missionary Servants of the Most Holy Trinity", "group": "Maryland"},
    # Massachusetts
    {"name": "Chelsea Collaborative", "group": "Massachusetts"},
    {"name": "Massachusetts Immigrant and Refugee Advocacy Coalition", "group": "Massachusetts"},
    # Michigan
    {"name": "Michigan United", "group": "Michigan"},
    # Minnesota
    {"name": "Conversations with Friends", "group": "Minnesota"},
    {"name": "De Leon & Nestor, LLC", "group": "Minnesota"},
    {"name": "Jewish Community Action", "group": "Minnesota"},
    # Mississippi
    {"name": "MIRA Mississippi Immigrants Rights Alliance", "group": "Mississippi"},
    # Missouri
    {"name": "National Lawyers Guild – St. Louis Chapter", "group": "Missouri"},
    # New Jersey
    {"name": "Reformed Church of Highland Park, NJ", "group": "New Jersey"},
    # New Mexico
    {"name": "El CENTRO de Igualdad y Derechos", "group": "New Mexico"},
    {"name": "Enlace Comunitario", "group": "New Mexico"},
    {"name": "La Plaza de Encuentro Gathering Place", "group": "New Mexico"},
    {"name": "New Mexico Faith Coalition for Immigrant Justice", "group": "New Mexico"},
    # New York
    {"name": "Brooklyn Defender Services", "group": "New York"},
    {"name": "Families for Freedom", "group": "New York"},
    {"name": "Immigration Justice Clinic, Benjamin N. Cardozo School of Law", "group": "New York"},
    {"name": "Make the Road", "group": "New York"},
    {"name": "Neighborhood Defenders Services of Harlem", "group": "New York"},
    {"name": "New Sanctuary Coalition", "group": "New York"},
    {"name": "New York City Anti-Violence Project", "group": "New York"},
    {"name": "SEIU 32BJ", "group": "New York"},
    {"name": "UnLocal, Inc.", "group": "New York"},
    # North Carolina
    {"name": "FaithAction International House", "group": "North Carolina"},
    {"name": "North Carolina Justice Center", "group": "North Carolina"},
    {"name": "Southern Coalition for Social Justice", "group": "North Carolina"},
    # Ohio
    {"name": "Advocates for Basic Legal Equality", "group": "Ohio"},
    # Oregon
    {"name": "Causa Oregon", "group": "Oregon"},
    {"name": "Jobs with Justice – Portland", "group": "Oregon"},
    # Pennsylvania
    {"name": "New Sanctuary Movement of Philadelphia", "group": "Pennsylvania"},
    {"name": "Juntos", "group": "Pennsylvania"},
    # Tennessee
    {"name": "Tennessee Immigrant and Refugee Rights Coalition", "group": "Tennessee"},
    # Texas
    {"name": "American Gateways", "group": "Texas"},
    {"name": "Austin Immigrant Rights Coalition", "group": "Texas"},
    {"name": "Austin Jewish Voice for Peace", "group": "Texas"},
    {"name": "RAICES", "group": "Texas"},
    {"name": "Refugio del Rio Grande", "group": "Texas"},
    {"name": "Texas Organizing Project", "group": "Texas"},
    # Utah
    {"name": "Comunidades Unidas", "group": "Utah"},
    # Virginia
    {"name": "Dreamers of Virginia", "group": "Virginia"},
    {"name": "Legal Aid Justice Center", "group": "Virginia"},
    # Washington
    {"name": "Northwest Immigrant Rights Project", "group": "Washington"},
    {"name": "OneAmerica", "group": "Washington"},
    {"name": "Puentes: Advocacy, Counseling & Education", "group": "Washington"},
    {"name": "Washington State Coalition Against Domestic Violence", "group": "Washington"},
    {"name": "Casa Latina", "group": "Washington"},
    # Wisconsin
    {"name": "Voces de la Frontera", "group": "Wisconsin"},
]
