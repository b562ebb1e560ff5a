"""The demo campaign in Spanish: the pages a Spanish-reading supporter needs to read the campaign
and act (the home page, the campaign hub and its sections, the open petitions, the Adelanto
concert, the action toolkit and the sign-on statement) and the site's header and footer.

Each English text the pages hold is paired with its Spanish here, so an editor can read them
side by side; the loader copies each page as wagtail-localize's "Translate this page" does (the
same structure, images, dates, goals, officials and action blocks) and puts the Spanish text in
place of each English one it finds, field by field and block by block. Older updates, press
clips, closed petitions and the week of action stay English only: they show how the site
behaves for a page nobody has translated yet."""

# The English pages translated (by slug, parents first; the home page goes before them all),
# each with the Spanish address a Spanish reader shares.
SPANISH_SLUGS = {
    "end-mass-incarceration-deportations-detention": "acabar-encarcelamiento-deportacion",
    "updates": "noticias",
    "petitions": "peticiones",
    "events": "eventos",
    "bring-our-elders-home": "que-nuestros-mayores-vuelvan-a-casa",
    "end-predatory-prison-phone-rates": "basta-de-tarifas-telefonicas-abusivas",
    "schoolsnotprisons-adelanto": "escuelas-no-prisiones-adelanto",
    "ending-criminalization-stops-deportations": "acabar-criminalizacion-frena-deportaciones",
    "protect-immigrants-promote-community-safety": "proteger-inmigrantes-seguridad-comunitaria",
}

# Site settings: the Spanish next to each English text (home/models/site_settings.py).
SITE_TEXTS = {
    "tagline_es": "Acabar con el encarcelamiento masivo, las deportaciones y la detención",
    "donate_label_es": "Donar",
}
MENU_LABELS = {
    "The campaign": "La campaña",
    "Updates": "Noticias",
    "Petitions": "Peticiones",
    "Events": "Eventos",
    "Week of action": "Semana de acción",
    "Take action": "Actúe",
    "Sign on": "Firme la declaración",
}

PHRASES = {
    # The home page
    "Divest from prisons. Invest in our communities.": "Desinvertir en prisiones. Invertir en "
    "nuestras comunidades.",
    "The Prison Divestment Movement is part of a larger movement called #FreedomCities that is "
    "redefining what Safety and Freedom mean for our communities.": "El Movimiento por la "
    "Desinversión en Prisiones forma parte de un movimiento más amplio, #FreedomCities "
    "(Ciudades Libres), que está redefiniendo lo que significan la seguridad y la libertad "
    "para nuestras comunidades.",
    # The campaign hub
    "Campaign to End Mass Incarceration, Deportations & Detention": "Campaña para acabar con el "
    "encarcelamiento masivo, las deportaciones y la detención",
    "The Prison Divestment Campaign began in 2011 from the need to launch a comprehensive "
    "strategy to decriminalize immigrants and people of color, end detention, end mass "
    "incarceration, and demilitarize the border. It was not only Politicians that we needed to "
    "target, but also the For-Profit Prison Industry and Wall Street who were the other "
    "powerful force behind mass incarceration, the police state, immigrant detention, and "
    "deportation. The Campaign has since become a national movement bringing together Black, "
    "Brown, and LGBTQ communities to end mass incarceration and immigration enforcement. The "
    "movement is working to divest from criminalization and incarceration, and demand "
    "reparations and reinvestment in our communities!": "La Campaña por la Desinversión en "
    "Prisiones nació en 2011 de la necesidad de impulsar una estrategia integral para "
    "descriminalizar a las personas inmigrantes y de color, acabar con la detención y el "
    "encarcelamiento masivo, y desmilitarizar la frontera. No bastaba con dirigirnos a los "
    "políticos: también teníamos que enfrentar a la industria de las prisiones con fines de "
    "lucro y a Wall Street, la otra fuerza poderosa detrás del encarcelamiento masivo, el "
    "estado policial, la detención de inmigrantes y la deportación. Desde entonces la campaña "
    "se ha convertido en un movimiento nacional que une a comunidades negras, latinas y LGBTQ "
    "para acabar con el encarcelamiento masivo y la persecución migratoria. El movimiento "
    "trabaja para retirar el dinero de la criminalización y el encarcelamiento, y para exigir "
    "reparaciones y reinversión en nuestras comunidades.",
    "Enlace builds alliances among organizations working on immigrant rights, criminal justice "
    "and other social justice issues to end mass incarceration and achieve legalization for all "
    "immigrants.": "Enlace construye alianzas entre organizaciones que trabajan por los "
    "derechos de los inmigrantes, la justicia penal y otras causas de justicia social, para "
    "acabar con el encarcelamiento masivo y lograr la legalización de todas las personas "
    "inmigrantes.",
    # Its sections
    "Campaign updates": "Noticias de la campaña",
    "News, press releases and press coverage of the campaign, newest first.": "Noticias, "
    "comunicados y cobertura de prensa de la campaña, de lo más reciente a lo más antiguo.",
    "Petitions": "Peticiones",
    "Add your name. Open petitions first; closed ones show what they achieved.": "Sume su "
    "nombre. Primero las peticiones abiertas; las cerradas muestran lo que lograron.",
    "Events": "Eventos",
    "Come out, bring people, make noise.": "Venga, traiga a su gente y hagámonos oír.",
    # Open petitions
    "Bring Our Elders Home": "Que nuestros mayores vuelvan a casa",
    "Release Aging People in Prison demands that New York State Bring Our Elders Home!": "¡La "
    "campaña Release Aging People in Prison exige que el estado de Nueva York deje volver a "
    "casa a nuestros mayores!",
    "Adopt a common-sense approach of releasing elder inmates, who are aging in prison, have "
    "already served considerable time, and pose little or no threat to the public.": "Que "
    "adopte una política de sentido común: liberar a las personas mayores presas, que están "
    "envejeciendo en prisión, ya han cumplido una parte considerable de su condena y representan "
    "poco o ningún riesgo para el público.",
    "I just signed: Bring Our Elders Home": "Acabo de firmar: Que nuestros mayores vuelvan a casa",
    "End predatory phone rates for incarcerated people and their families": "Basta de tarifas "
    "telefónicas abusivas para las personas presas y sus familias",
    "Sign the petition to tell Congress: End predatory phone rates for incarcerated people and "
    "their families.": "Firme la petición para decirle al Congreso: basta de tarifas "
    "telefónicas abusivas para las personas presas y sus familias.",
    "Charging exploitative phone rates to incarcerated people and their families is wrong. But "
    "prisons get a percentage of companies' profits as a kickback, so they have no incentive to "
    "act. If states won't step in to protect against these predatory practices, then Congress "
    "must.": "Cobrar tarifas telefónicas abusivas a las personas presas y a sus familias está "
    "mal. Pero las prisiones reciben una parte de las ganancias de las compañías como comisión, "
    "así que no tienen ningún interés en cambiarlo. Si los estados no intervienen para proteger "
    "a las familias de estas prácticas abusivas, le toca al Congreso.",
    "I just signed: End predatory phone rates for incarcerated people and their families": "Acabo "
    "de firmar: basta de tarifas telefónicas abusivas para las personas presas y sus familias",
    # The Adelanto concert
    "#SchoolsNotPrisons: Adelanto": "#SchoolsNotPrisons (Escuelas, no prisiones): Adelanto",
    "The Inland Empire Immigrant Youth Collective, Inland Coalition for Immigrant Justice, CIVIC, "
    "Revolve Impact, The California Wellness Foundation and The California Endowment present "
    "#SchoolsNotPrisons Adelanto.": "El Inland Empire Immigrant Youth Collective, la Inland "
    "Coalition for Immigrant Justice, CIVIC, Revolve Impact, The California Wellness Foundation "
    "y The California Endowment presentan #SchoolsNotPrisons Adelanto.",
    "FREE entrance with RSVP": "Entrada GRATUITA confirmando su asistencia",
    "All-Ages Event: This is an all-ages peaceful community event. It is a tobacco-free, alcohol "
    "and drug-free zone.": "Evento para todas las edades: es un evento comunitario y pacífico "
    "para todas las edades. No se permite tabaco, alcohol ni drogas.",
    "Los Rakas\nCeci Bastida\nBuyepongo\nDJ Livia\nLos Jornaleros del Norte\nDJ Antiq\nspecial "
    "guests": "Los Rakas\nCeci Bastida\nBuyepongo\nDJ Livia\nLos Jornaleros del Norte\nDJ Antiq"
    "\ninvitados especiales",
    "On Friday, October 20, 2017, the #SchoolsNotPrisons arts and music festival will travel to "
    "Adelanto. About an hour and a half northeast of Los Angeles, Adelanto is home to "
    "California’s largest immigrant prison, where more than 1,600 people are incarcerated.": "El "
    "viernes 20 de octubre de 2017, el festival de arte y música #SchoolsNotPrisons llega a "
    "Adelanto. A una hora y media al noreste de Los Ángeles, Adelanto tiene la prisión para "
    "inmigrantes más grande de California, donde hay más de 1,600 personas encerradas.",
    "Artists and advocates will join forces to raise awareness about the immigrant prison "
    "system, share the stories of people harmed by inhumane prison conditions, and advocate for "
    "prisons to be replaced by community-based solutions that allow people to remain healthy and "
    "safe, with their families, while awaiting the outcome of their immigration cases.": "Artistas "
    "y activistas unirán fuerzas para dar a conocer el sistema de prisiones para inmigrantes, "
    "compartir las historias de quienes han sufrido sus condiciones inhumanas y exigir que las "
    "prisiones se reemplacen con soluciones comunitarias que permitan a las personas seguir "
    "sanas y a salvo, con sus familias, mientras esperan la resolución de sus casos migratorios.",
    "Musical Performances By: Los Rakas, Ceci Bastida, Buyepongo, DJ Livia, Los Jornaleros del "
    "Norte, DJ Antiq and special guests!": "Música en vivo con: Los Rakas, Ceci Bastida, "
    "Buyepongo, DJ Livia, Los Jornaleros del Norte, DJ Antiq e invitados especiales.",
    "Get Social: Join the conversation – use the #SchoolsNotPrisons hashtag to share your vision "
    "of community safety and follow us on Twitter & Instagram": "En redes: súmese a la "
    "conversación; use la etiqueta #SchoolsNotPrisons para compartir su visión de la seguridad "
    "comunitaria y síganos en Twitter e Instagram",
    # The sign-on statement
    "In Support of Policies that Protect Immigrants and Promote Community Safety": "En apoyo a "
    "las políticas que protegen a los inmigrantes y promueven la seguridad comunitaria",
    "Statement": "Declaración",
    "Our organizations stand behind the hundreds of state and local policies protecting "
    "localities from intrusive collusion, monitoring, and policing by federal immigration "
    "authorities.": "Nuestras organizaciones respaldan los cientos de políticas estatales y "
    "locales que protegen a las comunidades de la colaboración, la vigilancia y el control "
    "invasivos de las autoridades federales de inmigración.",
    "These policies emerged after years of reasonable discussion and debate amongst community "
    "groups, local officials, and police and sheriff departments, as hundreds of cities, towns "
    "and states grappled with the harm of deportation programs, like the failed Secure "
    "Communities (S-Comm) now renamed the Priority Enforcement Program (PEP). Our communities "
    "rightly concluded that local pro-immigrant policies not only protect public safety and "
    "constitutional rights—they are integral to fostering diverse and thriving "
    "communities.": "Estas políticas surgieron tras años de diálogo y debate razonados entre "
    "grupos comunitarios, autoridades locales y departamentos de policía y alguaciles, mientras "
    "cientos de ciudades, pueblos y estados enfrentaban el daño de programas de deportación como "
    "el fracasado Comunidades Seguras (S-Comm), hoy rebautizado Programa de Prioridades de "
    "Aplicación de la Ley (PEP). Nuestras comunidades concluyeron, con razón, que las políticas "
    "locales a favor de los inmigrantes no solo protegen la seguridad pública y los derechos "
    "constitucionales: son esenciales para comunidades diversas y prósperas.",
    "The scapegoating of immigrant communities and attacks on local pro-immigrant policies and "
    "the officials who enacted them reflects a hardening racism and xenophobia in American "
    "politics that we must eliminate, not foster. These attacks may score some political points "
    "in the short-term but strike against good governance and inclusive democracy.": "Culpar a "
    "las comunidades inmigrantes y atacar las políticas locales que las protegen, y a las "
    "autoridades que las aprobaron, refleja un racismo y una xenofobia cada vez más duros en la "
    "política de Estados Unidos, que debemos erradicar y no alimentar. Esos ataques pueden dar "
    "algún rédito político a corto plazo, pero van contra el buen gobierno y una democracia "
    "incluyente.",
    "We call on officials to stand up for human and civil rights and reject ineffective and "
    "punitive measures against immigrants, including PEP, a program that dangerously increases "
    "federal entanglement with local police. Officials should support the difficult but "
    "necessary work of examining and addressing the root causes of violence in our "
    "communities.": "Pedimos a las autoridades que defiendan los derechos humanos y civiles y "
    "rechacen las medidas ineficaces y punitivas contra los inmigrantes, incluido el PEP, un "
    "programa que enreda peligrosamente al gobierno federal con la policía local. Las "
    "autoridades deben apoyar el trabajo difícil pero necesario de examinar y atender las causas "
    "de fondo de la violencia en nuestras comunidades.",
    "We call on local, state, and federal officials to work with us to hear solutions about what "
    "community safety and welfare really mean for us – beyond more policing, incarceration, and "
    "deportation.": "Pedimos a las autoridades locales, estatales y federales que trabajen con "
    "nosotros y escuchen nuestras soluciones sobre lo que de verdad significan para nosotros la "
    "seguridad y el bienestar de la comunidad: algo más que más policía, más cárcel y más "
    "deportaciones.",
    "Add your organization to the growing number of organizations in support of policies that "
    "protect immigrants and promote community safety.": "Sume a su organización a las muchas que "
    "apoyan las políticas que protegen a los inmigrantes y promueven la seguridad comunitaria.",
    # The action toolkit
    "How does ending criminalization help stop deportations?": "¿Cómo ayuda a frenar las "
    "deportaciones acabar con la criminalización?",
    "Three principles for advocates and organizers & actions to support across the "
    "country": "Tres principios para activistas y organizadores, y acciones que apoyar en todo "
    "el país",
    "Toolkit": "Herramientas",
    "Three principles": "Tres principios",
    "The deportation system is a pipeline and policing is the gateway": "El sistema de "
    "deportación es una tubería y la policía es la puerta de entrada",
    "Many of our people who end up deported have had some interaction with law enforcement. Data "
    "and surveillance from local police, arrests, and convictions are a deportation dragnet, for "
    "documented and undocumented folks. Protecting immigrants means ending the way people are "
    "targeted and funneled toward deportation: through criminalization. Black people and brown "
    "people are impacted the most by criminalizing practices AND by deportations. It’s not a "
    "coincidence. We need a HOLISTIC approach.": "Muchas de las personas de nuestras comunidades "
    "que terminan deportadas tuvieron algún contacto con la policía. Los datos y la vigilancia "
    "de la policía local, los arrestos y las condenas son una red de deportación, tanto para "
    "quienes tienen papeles como para quienes no los tienen. Proteger a los inmigrantes "
    "significa acabar con la forma en que se señala a las personas y se las encamina hacia la "
    "deportación: la criminalización. Las personas negras y latinas son las más afectadas por "
    "la criminalización Y por las deportaciones. No es casualidad. Necesitamos un enfoque "
    "INTEGRAL.",
    "Immigrants are carted from the sheriff or warden, into Ice's hands": "Del alguacil o el "
    "director de la cárcel, los inmigrantes pasan directo a manos de ICE",
    "In many places, people who are released from prisons and jails are directly transferred to "
    "ICE detention centers. That’s why it is important to demand that local officials decarcerate "
    "jails and prisons, and also demand that they stop coordinating with ICE on how to move "
    "someone from cage to cage. People who do end up fully released also need resources, "
    "protective equipment, and a place to safely quarantine without fear of being rearrested or "
    "stigmatized because they just got out. Link up with groups providing mutual aid and rapid "
    "response to get folks the support they need.": "En muchos lugares, a las personas que salen "
    "de prisiones y cárceles las transfieren directamente a centros de detención de ICE. Por eso "
    "es importante exigir a las autoridades locales que reduzcan la población de cárceles y "
    "prisiones, y que dejen de coordinarse con ICE para llevar a alguien de una jaula a otra. "
    "Quienes sí salen en libertad también necesitan recursos, equipo de protección y un lugar "
    "para hacer cuarentena con seguridad, sin miedo a que los vuelvan a arrestar o los "
    "estigmaticen por acabar de salir. Únase a los grupos de ayuda mutua y respuesta rápida para "
    "que la gente reciba el apoyo que necesita.",
    "Free them All, and we mean All": "Libertad para todos, y queremos decir todos",
    "The criminal and immigration systems have not been supporting anyone, including people who "
    "need deeper transformative and restorative justice. Now is the time to dig deeper, dream "
    "bigger, and fight for everyone’s common humanity regardless of what they've done in the "
    "past. The harms and violence of the immigration system, which deprives tens of thousands of "
    "liberty each day, are systematic and inherent. The roots are rotten. Dismantling this "
    "fundamentally unjust system doesn’t mean leaving it intact for some of us.": "Los sistemas "
    "penal y migratorio no han apoyado a nadie, tampoco a quienes necesitan una justicia "
    "transformadora y restaurativa más profunda. Es hora de ir más al fondo, soñar más en grande "
    "y luchar por la humanidad que todos compartimos, sin importar lo que alguien haya hecho en "
    "el pasado. El daño y la violencia del sistema migratorio, que cada día priva de la libertad "
    "a decenas de miles de personas, son sistemáticos e inherentes. Las raíces están podridas. "
    "Desmantelar este sistema profundamente injusto no puede significar dejarlo intacto para "
    "algunos de nosotros.",
    "Take action": "Actúe",
    "Demand that Governor Cuomo Protect People from Coronavirus in Prisons, Jails, and Detention "
    "Centers & stop increased punishment as a pandemic response": "Exija al gobernador Cuomo que "
    "proteja del coronavirus a las personas en prisiones, cárceles y centros de detención, y que "
    "no responda a la pandemia con más castigo",
    "support bail & bond & contribute to commissary so people can buy phone calls, hand "
    "sanitizer & supplies": "apoye con fianzas y aporte a la cuenta de comisaría para que las "
    "personas puedan pagar llamadas, desinfectante de manos y artículos básicos",
    "Call on San Mateo Cty Sheriff bolanos to #StopCOVIDinSMCjails AND #stopICETransfers": "Llame "
    "al alguacil Bolaños del condado de San Mateo: #StopCOVIDinSMCjails Y #stopICETransfers",
    "Call Dodge and Mchenry County sheriffs: tell them to end contracts with Ice and to push for "
    "people's release": "Llame a los alguaciles de los condados de Dodge y McHenry: dígales que "
    "terminen sus contratos con ICE y que impulsen la liberación de las personas",
    "Share this op-ed calling for a halt to the machinery of prosecution and incarceration in "
    "Texas -- for all, regardless of their record": "Comparta esta columna que pide detener la "
    "maquinaria de procesamiento y encarcelamiento en Texas, para todos, sin importar sus "
    "antecedentes",
    "Sign the petition": "Firme la petición",
    "Donate": "Done",
}

# The officials the Spanish petitions are addressed to, by English name: what a Spanish reader
# sees of them (names that are not proper names are translated too).
TARGETS = {
    "New York State": {
        "name": "Estado de Nueva York",
        "office": "Estado de Nueva York",
        "jurisdiction": "Nueva York",
    },
    "Members of Congress": {
        "name": "Miembros del Congreso",
        "office": "Congreso",
        "jurisdiction": "Estados Unidos",
    },
}
