"""The demo campaign in Spanish: what a bilingual organiser would publish for readers who read
Spanish first (neutral Latin American Spanish, "usted").

Each entry is keyed like the English in `seed_data`: pages by their English slug, officials by
their key, so an editor can read the two side by side. Only the texts readers read are here;
what a translation keeps from its English page (dates, goals, capacity, officials, images,
links, hashtags) the loader takes from the English page itself. A paragraph list has as many
paragraphs as the English one: the loader translates a body block by block.

Translated: the home page, the campaign hub, its petitions and events index pages, the two open
petitions, the Adelanto festival and the coming events (so a reader can RSVP in Spanish), the
action toolkit and the sign-on statement, the site's tagline, footer and menu, and the
officials these pages address. Not translated, on purpose: the older updates and press clips,
the closed petitions, the demand lists and the 2016 week of action. Their Spanish readers get
the switcher's "not translated yet" note and a way to the Spanish home page.

Proper names stay as they are: organisations ("Release Aging People in Prison"), bands,
funds and hashtags (#SchoolsNotPrisons), as Spanish-language coverage of these campaigns
writes them. Numbers of four digits are written without a separator ("1600"), as Spanish does.
"""

from typing import Any

# The footer and the hub share this paragraph, as in English.
_ENLACE = (
    "Enlace construye alianzas entre organizaciones que trabajan por los derechos de las "
    "personas inmigrantes, la justicia penal y otras causas de justicia social, para acabar con "
    "el encarcelamiento masivo y lograr la legalización de todas las personas inmigrantes."
)

_FREEDOM_CITIES = (
    "El Movimiento por la Desinversión en Prisiones forma parte de un movimiento más amplio, "
    "#FreedomCities (Ciudades de Libertad), que está redefiniendo lo que significan la "
    "seguridad y la libertad para nuestras comunidades."
)

# ---------------------------------------------------------------------------
# Site chrome: the home page, settings and menu
# ---------------------------------------------------------------------------

HOME: dict[str, str] = {
    "title": "Que desinviertan en prisiones. Que inviertan en nuestras comunidades.",
    "intro": _FREEDOM_CITIES,
}

SITE_SETTINGS: dict[str, str] = {
    "tagline": "Alto al encarcelamiento masivo, las deportaciones y la detención",
    "footer_text": _ENLACE,
}

# English menu label → Spanish (the words the site's own catalogue uses for these pages).
MENU: dict[str, str] = {
    "The campaign": "La campaña",
    "Updates": "Noticias",
    "Petitions": "Peticiones",
    "Events": "Eventos",
    "Week of action": "Semana de acción",
    "Take action": "Actúe",
    "Sign on": "Adhiérase",
}

# ---------------------------------------------------------------------------
# Pages, by the English page's slug
# ---------------------------------------------------------------------------

PAGES: dict[str, dict[str, Any]] = {
    # The campaign hub
    "end-mass-incarceration-deportations-detention": {
        "title": "Campaña para acabar con el encarcelamiento masivo, las deportaciones y la "
        "detención",
        "slug": "acabar-con-el-encarcelamiento-masivo-deportaciones-y-detencion",
        "intro": _FREEDOM_CITIES,
        "body": [
            "La Campaña de Desinversión en Prisiones nació en 2011 de la necesidad de lanzar "
            "una estrategia integral para descriminalizar a las personas inmigrantes y a las "
            "personas de color, acabar con la detención y el encarcelamiento masivo, y "
            "desmilitarizar la frontera. No bastaba con presionar a los políticos: también había "
            "que enfrentar a la industria de las prisiones con fines de lucro y a Wall Street, "
            "la otra fuerza poderosa detrás del encarcelamiento masivo, el estado policial, la "
            "detención de inmigrantes y las deportaciones. Desde entonces, la campaña se ha "
            "convertido en un movimiento nacional que une a comunidades negras, morenas y LGBTQ "
            "para acabar con el encarcelamiento masivo y la persecución migratoria. ¡El "
            "movimiento trabaja para que se deje de invertir en la criminalización y el "
            "encarcelamiento, y para exigir reparaciones y reinversión en nuestras comunidades!",
            _ENLACE,
        ],
    },
    # The hub's sections that hold translated pages. The updates are not translated, and
    # neither is their index: the Spanish menu's "Noticias" leads to the English updates.
    "petitions": {
        "title": "Peticiones",
        "slug": "peticiones",
        "intro": "Sume su nombre. Primero las peticiones abiertas; las cerradas muestran lo "
        "que lograron.",
    },
    "events": {
        "title": "Eventos",
        "slug": "eventos",
        "intro": "Venga, traiga a su gente y hagamos ruido.",
    },
    # The open petitions
    "bring-our-elders-home": {
        "title": "Que nuestros mayores vuelvan a casa",
        "slug": "que-nuestros-mayores-vuelvan-a-casa",
        "ask": "Release Aging People in Prison le exige al Estado de Nueva York: ¡que nuestros "
        "mayores vuelvan a casa!",
        "body": [
            "Que el Estado adopte un enfoque de sentido común y libere a las personas mayores "
            "que envejecen en prisión, que ya han cumplido gran parte de su condena y que "
            "representan poco o ningún riesgo para la sociedad.",
        ],
    },
    "end-predatory-prison-phone-rates": {
        "title": "Alto a las tarifas telefónicas abusivas para las personas encarceladas y sus "
        "familias",
        "slug": "alto-a-las-tarifas-telefonicas-abusivas-en-las-prisiones",
        "ask": "Firme la petición para exigirle al Congreso: alto a las tarifas telefónicas "
        "abusivas para las personas encarceladas y sus familias.",
        "body": [
            "Cobrarles tarifas telefónicas abusivas a las personas encarceladas y a sus "
            "familias está mal. Pero las prisiones se quedan con un porcentaje de las ganancias "
            "de las compañías, una especie de comisión, así que no tienen ningún interés en "
            "cambiar las cosas. Si los estados no intervienen para proteger a las familias de "
            "estas prácticas abusivas, el Congreso tiene que hacerlo.",
        ],
    },
    # The 2017 festival in Adelanto
    "schoolsnotprisons-adelanto": {
        "title": "#SchoolsNotPrisons (Escuelas, no prisiones): Adelanto",
        "slug": "escuelas-no-prisiones-adelanto",
        "admission": "Entrada GRATUITA con confirmación de asistencia",
        "age_policy": "Evento para todas las edades: es un evento comunitario y pacífico, "
        "abierto a todas las edades. Es una zona libre de tabaco, alcohol y drogas.",
        "performers": [
            "Los Rakas",
            "Ceci Bastida",
            "Buyepongo",
            "DJ Livia",
            "Los Jornaleros del Norte",
            "DJ Antiq",
            "invitados especiales",
        ],
        "body": [
            "Inland Empire Immigrant Youth Collective, Inland Coalition for Immigrant Justice, "
            "CIVIC, Revolve Impact, The California Wellness Foundation y The California "
            "Endowment presentan #SchoolsNotPrisons Adelanto.",
            "El viernes 20 de octubre de 2017, el festival de arte y música #SchoolsNotPrisons "
            "llegará a Adelanto. A una hora y media al noreste de Los Ángeles, Adelanto tiene la "
            "prisión para inmigrantes más grande de California, donde hay más de 1600 personas "
            "encarceladas.",
            "Artistas y activistas unirán fuerzas para crear conciencia sobre el sistema de "
            "prisiones para inmigrantes, compartir las historias de personas que han sufrido "
            "las condiciones inhumanas de estas prisiones y pedir que las prisiones se "
            "reemplacen por soluciones comunitarias que permitan a las personas seguir sanas y "
            "seguras, junto a sus familias, mientras esperan la resolución de sus casos de "
            "inmigración.",
            "Presentaciones musicales de Los Rakas, Ceci Bastida, Buyepongo, DJ Livia, Los "
            "Jornaleros del Norte y DJ Antiq, ¡además de invitados especiales!",
            "En redes sociales: únase a la conversación. Use el hashtag #SchoolsNotPrisons para "
            "compartir su visión de la seguridad comunitaria y síganos en Twitter e Instagram.",
        ],
    },
    # The coming events, which take RSVPs
    "know-your-rights-training": {
        "title": "Conozca sus derechos: qué hacer si ICE llega a su puerta",
        "slug": "conozca-sus-derechos-si-ice-llega-a-su-puerta",
        "admission": "Gratis, con confirmación de asistencia",
        "age_policy": "Para todas las edades",
        "accessibility": "Subtítulos en vivo. Interpretación al español durante todo el taller.",
        "languages": "Inglés y español",
        "summary": "Un taller de una hora sobre sus derechos en casa, en el trabajo y en la "
        "calle, y sobre cómo comunicarse con la red de respuesta rápida cuando detienen a "
        "alguien.",
        "body": [
            "Los agentes de inmigración necesitan una orden firmada por un juez para entrar a "
            "su casa. Aprenda qué decir, qué no firmar y cómo documentar lo que vea.",
            "El taller es en línea. Un día antes, enviamos el enlace del video a todas las "
            "personas que confirmen su asistencia.",
        ],
    },
    "community-forum-stop-ice-transfers": {
        "title": "Foro comunitario: de la cárcel del condado a ICE",
        "slug": "foro-comunitario-de-la-carcel-del-condado-a-ice",
        "venue_name": "Salón comunitario en el condado de San Mateo",
        "address": "Condado de San Mateo, California (le enviamos la dirección cuando confirme "
        "su asistencia)",
        "admission": "Gratis, con confirmación de asistencia. Habrá cena y cuidado de niños.",
        "age_policy": "Para todas las edades",
        "accessibility": "Accesible en silla de ruedas. Interpretación al español.",
        "languages": "Inglés y español",
        "summary": "Familias y personas que estuvieron detenidas hablan de los traslados de la "
        "cárcel del condado a ICE, y juntos planeamos cómo seguir presionando al sheriff.",
        "body": [
            "En muchos lugares, a las personas que salen de la cárcel las entregan directamente "
            "a ICE. Venga a escuchar a las familias que lo han vivido, haga sus preguntas a las "
            "organizaciones locales y ayúdenos a planear los próximos pasos de la campaña "
            "#StopICETransfers.",
        ],
    },
    "adelanto-vigil": {
        "title": "Vigilia frente a la prisión para inmigrantes de Adelanto",
        "slug": "vigilia-frente-a-la-prision-de-adelanto",
        "venue_name": "Frente a la prisión para inmigrantes de Adelanto",
        "admission": "Gratis. Confirme su asistencia para que podamos organizar el transporte.",
        "age_policy": "Para todas las edades. Una reunión pacífica, libre de alcohol y drogas.",
        "accessibility": "Habrá sillas y agua para quien las necesite.",
        "languages": "Inglés y español",
        "summary": "Velas, música y mensajes para las más de 1600 personas detenidas en la "
        "prisión para inmigrantes más grande de California.",
        "body": [
            "Traiga una vela y un mensaje de apoyo. Hablarán familiares de las personas "
            "detenidas, y leeremos en voz alta los nombres que nos compartan.",
        ],
    },
    # The action toolkit: the same shape as seed_data.TOOLKIT, texts only
    "ending-criminalization-stops-deportations": {
        "title": "¿Cómo ayuda el fin de la criminalización a detener las deportaciones?",
        "slug": "acabar-con-la-criminalizacion-frena-las-deportaciones",
        "intro": "Tres principios para activistas y organizadores, y acciones que usted puede "
        "apoyar en todo el país",
        "menu_label": "Herramientas",
        "principles_heading": "Tres principios",
        "actions_heading": "Actúe",
        "principles": [
            {
                "title": "El sistema de deportaciones es una cadena, y la policía es la puerta "
                "de entrada",
                "text": "Muchas de las personas de nuestras comunidades que terminan deportadas "
                "tuvieron antes algún contacto con la policía. Los datos y la vigilancia de la "
                "policía local, los arrestos y las condenas funcionan como una red para la "
                "deportación, tanto para personas con papeles como sin papeles. Proteger a las "
                "personas inmigrantes significa acabar con la forma en que se las señala y se "
                "las encamina hacia la deportación: la criminalización. Las personas negras y "
                "morenas son las más afectadas por las prácticas que criminalizan Y por las "
                "deportaciones. No es una coincidencia. Necesitamos un enfoque INTEGRAL.",
            },
            {
                "title": "Del sheriff o el alcaide, directo a manos de ICE",
                "text": "En muchos lugares, a las personas que salen de prisiones y cárceles "
                "las trasladan directamente a centros de detención de ICE. Por eso es "
                "importante exigir que las autoridades locales liberen a la gente de sus "
                "cárceles y prisiones, y también que dejen de coordinarse con ICE para llevar a "
                "alguien de una jaula a otra. Quienes sí quedan en libertad también necesitan "
                "recursos, equipo de protección y un lugar seguro para hacer la cuarentena, sin "
                "miedo a que los vuelvan a arrestar ni a que los estigmaticen por acabar de "
                "salir. Póngase en contacto con grupos de ayuda mutua y de respuesta rápida para "
                "que la gente reciba el apoyo que necesita.",
            },
            {
                "title": "Libertad para todas las personas, y decimos todas",
                "text": "Los sistemas penal y de inmigración no han apoyado a nadie, tampoco a "
                "las personas que necesitan una justicia transformadora y restaurativa más "
                "profunda. Es hora de ir más a fondo, de soñar en grande y de luchar por la "
                "humanidad que todas las personas compartimos, sin importar lo que hayan hecho "
                "en el pasado. Los daños y la violencia del sistema de inmigración, que cada día "
                "priva de la libertad a decenas de miles de personas, son sistemáticos e "
                "inherentes. Las raíces están podridas. Desmantelar este sistema, injusto desde "
                "su base, no significa dejarlo intacto para algunos de nosotros.",
            },
        ],
        # In the order of seed_data.TOOLKIT["actions"]
        "actions": [
            {
                "title": "Exija al gobernador Cuomo que proteja del coronavirus a las personas "
                "en prisiones, cárceles y centros de detención, y que no responda a la "
                "pandemia con más castigo",
                "text": "Firme la petición",
            },
            {
                "text": "ayude a pagar fianzas penales y migratorias, y deposite dinero en las "
                "cuentas de la tienda de la cárcel para que las personas puedan pagar llamadas "
                "y comprar desinfectante de manos y otros artículos",
                "button_label": "Donar",
            },
            {
                "script": "Llame al sheriff Bolanos, del condado de San Mateo, para exigirle "
                "#StopCOVIDinSMCjails (alto al COVID en las cárceles del condado) Y "
                "#StopICETransfers (alto a los traslados a ICE)",
                "call_page_label": "Busque al sheriff y llame",
            },
            {
                "script": "Llame a los sheriffs de los condados de Dodge y Mchenry: dígales que "
                "terminen sus contratos con ICE y que impulsen la liberación de las personas "
                "detenidas",
            },
            {
                "text": "Comparta este artículo de opinión que pide frenar la maquinaria de "
                "procesamiento penal y encarcelamiento en Texas, para todas las personas, sin "
                "importar sus antecedentes",
            },
        ],
        "about": "La Immigrant Justice Network (Red de Justicia para Inmigrantes) es una alianza "
        "de cuatro organizaciones",
    },
    # The sign-on statement
    "protect-immigrants-promote-community-safety": {
        "title": "En apoyo de las políticas que protegen a las personas inmigrantes y promueven "
        "la seguridad de la comunidad",
        "slug": "proteger-a-las-personas-inmigrantes-y-la-seguridad-comunitaria",
        "menu_label": "Declaración",
        "statement": [
            "Nuestras organizaciones respaldan los cientos de políticas estatales y locales que "
            "protegen a las localidades de la colusión, la vigilancia y las labores policiales "
            "invasivas de las autoridades federales de inmigración.",
            "Estas políticas surgieron tras años de diálogo y debate razonables entre grupos "
            "comunitarios, autoridades locales y departamentos de policía y del sheriff, "
            "mientras cientos de ciudades, pueblos y estados enfrentaban el daño causado por "
            "programas de deportación como el fallido Comunidades Seguras (Secure Communities, "
            "S-Comm), que ahora se llama Programa de Prioridades de Aplicación de la Ley "
            "(Priority Enforcement Program, PEP). Nuestras comunidades concluyeron, con razón, "
            "que las políticas locales a favor de las personas inmigrantes no solo protegen la "
            "seguridad pública y los derechos constitucionales: son esenciales para construir "
            "comunidades diversas y prósperas.",
            "Convertir a las comunidades inmigrantes en chivos expiatorios, y atacar las "
            "políticas locales a favor de las personas inmigrantes y a las autoridades que las "
            "adoptaron, refleja un racismo y una xenofobia cada vez más arraigados en la "
            "política de Estados Unidos, que debemos eliminar, no fomentar. Estos ataques "
            "quizás den algunos puntos políticos a corto plazo, pero van en contra del buen "
            "gobierno y de una democracia incluyente.",
            "Hacemos un llamado a las autoridades para que defiendan los derechos humanos y "
            "civiles y rechacen las medidas ineficaces y punitivas contra las personas "
            "inmigrantes, incluido el PEP, un programa que aumenta peligrosamente los vínculos "
            "entre el gobierno federal y la policía local. Las autoridades deben apoyar el "
            "trabajo difícil pero necesario de examinar y atender las causas de fondo de la "
            "violencia en nuestras comunidades.",
            "Hacemos un llamado a las autoridades locales, estatales y federales para que "
            "trabajen con nosotros y escuchen nuestras soluciones sobre lo que de verdad "
            "significan para nosotros la seguridad y el bienestar de la comunidad, más allá de "
            "más policía, más encarcelamiento y más deportaciones.",
        ],
        "join_text": "Sume a su organización a las muchas que ya apoyan las políticas que "
        "protegen a las personas inmigrantes y promueven la seguridad de la comunidad.",
    },
}

# ---------------------------------------------------------------------------
# Officials, by their key in seed_data.TARGETS: what a Spanish page says about them. A name
# that carries a title ('Governor Brown') is written the Spanish way; other names stay.
# ---------------------------------------------------------------------------

TARGETS: dict[str, dict[str, str]] = {
    "governor-brown": {
        "name": "Gobernador Brown",
        "title": "Gobernador",
        "office": "Oficina del Gobernador",
        "jurisdiction": "California",
    },
    "governor-cuomo": {
        "name": "Gobernador Cuomo",
        "title": "Gobernador",
        "office": "Oficina del Gobernador",
        "jurisdiction": "",
    },
    "dallas-county-da": {
        "title": "Fiscal de distrito",
        "office": "Fiscalía de Distrito del Condado de Dallas (Selma, AL)",
        "jurisdiction": "Condado de Dallas, Alabama",
    },
    "mobile-county-da": {
        "title": "Fiscal de distrito",
        "office": "Fiscalía de Distrito del Condado de Mobile",
        "jurisdiction": "Condado de Mobile, Alabama",
    },
    "tarrant-county-dda": {
        "title": "Fiscal de distrito adjunto",
        "office": "Fiscalía de Distrito del Condado de Tarrant",
        "jurisdiction": "Condado de Tarrant",
    },
    "congress": {
        "name": "Miembros del Congreso",
        "title": "",
        "office": "Congreso",
        "jurisdiction": "Estados Unidos",
    },
    "mayor-deblasio": {
        "title": "Alcalde",
        "office": "Alcaldía de la Ciudad de Nueva York",
        "jurisdiction": "Ciudad de Nueva York",
    },
    "new-york-state": {
        "name": "Estado de Nueva York",
        "title": "",
        "office": "Estado de Nueva York",
        "jurisdiction": "Nueva York",
    },
    "dhs": {
        "name": "Departamento de Seguridad Nacional",
        "title": "",
        "office": "Departamento de Seguridad Nacional (DHS)",
        "jurisdiction": "Estados Unidos",
    },
    "san-mateo-county-sheriff": {
        "title": "Sheriff",
        "office": "Oficina del Sheriff del Condado de San Mateo",
        "jurisdiction": "Condado de San Mateo",
    },
    "dodge-county-sheriff": {
        "name": "Sheriff del Condado de Dodge",
        "title": "Sheriff",
        "office": "Oficina del Sheriff del Condado de Dodge",
        "jurisdiction": "Condado de Dodge",
    },
    "mchenry-county-sheriff": {
        "name": "Sheriff del Condado de Mchenry",
        "title": "Sheriff",
        "office": "Oficina del Sheriff del Condado de Mchenry",
        "jurisdiction": "Condado de Mchenry",
    },
    "comptroller-stringer": {
        "title": "Contralor",
        "office": "Contraloría de la Ciudad de Nueva York",
        "jurisdiction": "Ciudad de Nueva York",
    },
}

# The letters and the call to officials (demo.officials), by the English page's slug.
PAGES.update(
    {
        "write-to-governor-brown": {
            "title": "Escriba al gobernador Brown: firme la Ley Dignidad, No Detención",
            "slug": "escriba-al-gobernador-brown",
            "ask": "Dígale al gobernador Brown: que California sea el primer estado en decir NO "
            "a la detención migratoria privada",
            "body": [
                "La Ley Dignidad, No Detención (SB 1289) está en el escritorio del gobernador "
                "Brown en este momento, y necesita saber que en todo el estado lo estamos "
                "observando.",
                "Escriba su código postal para escribirle al gobernador. Su carta se envía por "
                "correo electrónico a su oficina desde la dirección de la campaña, con su "
                "correo como dirección de respuesta.",
            ],
            "subject": "Por favor, firme la SB 1289, la Ley Dignidad, No Detención",
            "letter": "Estimado gobernador Brown:\n\nVivo en California y le pido que firme la "
            "SB 1289, la Ley Dignidad, No Detención. Las empresas privadas no deberían lucrar "
            "con el encarcelamiento de nuestros vecinos. California puede ser el primer estado "
            "en decir no a la detención migratoria privada.\n\nPor favor, firme la SB 1289.",
            "share_text": "Acabo de escribirle al gobernador Brown: ¡firme la SB 1289!",
        },
        "write-to-da-ashley-rich": {
            "title": "Escriba a la fiscal Ashley Rich: retire todos los cargos contra Chikesia "
            "Clemons",
            "slug": "escriba-a-la-fiscal-ashley-rich",
            "ask": "Dígale a la fiscal del condado de Mobile, Ashley Rich: ¡retire TODOS los "
            "cargos contra Chikesia Clemons!",
            "body": [
                "El domingo 22 de abril de 2018, Chikesia “Kesia” Clemons, de 25 años, fue "
                "arrestada injustamente y sacada a rastras de un Waffle House en Saraland, "
                "Alabama, por tres agentes de policía.",
                "Los lectores del condado de Mobile escriben como residentes; todos los demás "
                "también pueden escribirle a la fiscal.",
            ],
            "subject": "Retire todos los cargos contra Chikesia Clemons",
            "letter": "Estimada fiscal Rich:\n\nLe escribo para pedirle que retire todos los "
            "cargos contra Chikesia Clemons, quien fue arrestada injustamente y sacada a "
            "rastras de un Waffle House en Saraland el 22 de abril de 2018.\n\nPor favor, "
            "retire todos los cargos.",
            "share_text": "Acabo de escribirle a la fiscal Ashley Rich: retire los cargos contra "
            "Chikesia Clemons",
        },
        "call-sheriff-bolanos": {
            "title": "Llame al sheriff Bolanos: alto al COVID en las cárceles de San Mateo, alto "
            "a los traslados a ICE",
            "slug": "llame-al-sheriff-bolanos",
            "ask": "Llame al sheriff Bolanos del condado de San Mateo para exigir "
            "#StopCOVIDinSMCjails y #StopICETransfers",
            "intro": "Si vive en el condado de San Mateo, escriba su código postal para ver el "
            "número del sheriff y qué decir. Toma dos minutos.",
            "script": "Hola, me llamo ___ y vivo en ___, en el condado de San Mateo. Llamo para "
            "pedirle a {official} que detenga el COVID en las cárceles del condado de San "
            "Mateo liberando a las personas, y que deje de entregar personas a ICE. Gracias.",
            "share_text": "Acabo de llamar al sheriff Bolanos: #StopCOVIDinSMCjails y "
            "#StopICETransfers",
        },
    }
)
