// Source keys of the pathways fact sheet (URL, title and date as recorded there; key dashes become underscores,
// as in ./../sources.ts). Used by the shipped programmes; the Safe Mobility sources stay in ../sources.ts.
import type { Source } from '../../schema'

/** The day the shipped programme values were checked against the fact sheet (compiled from the web). */
export const verifiedOn = '2026-12-01'

const s = (url: string, title: string): Source => ({ url, title })

export const sources = {
  CA_MS: s(
    'https://movilidadsegura.org/en/pathways-complementary-canada/',
    '“Information on new Canadian pathways complementary to the Safe Mobility Initiative” (official SMI page) (undated; describes the pathway as already launched, so after 17 Nov 2023 (inferred))',
  ),
  CA_IRCC_OCT23: s(
    'https://www.newswire.ca/news-releases/statement-from-minister-miller-on-canada-s-commitment-to-support-migrants-in-the-americas-847941770.html',
    "“Statement from Minister Miller on Canada's commitment to support migrants in the Americas” (IRCC via CNW) (10 Oct 2023)",
  ),
  CA_IRCC_NOV23: s(
    'https://www.newswire.ca/news-releases/canada-continues-humanitarian-effort-for-people-in-the-americas-835696092.html',
    '“Canada continues humanitarian effort for people in the Americas — New humanitarian pathway … launches today” (IRCC via CNW) (17 Nov 2023)',
  ),
  CA_CIMM: s(
    'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/transparency/committees/cimm-feb-7-2024/americas-commitment.html',
    'IRCC briefing note for the CIMM committee, “Americas commitment” (official) (appearance of 7 Feb 2024; data to 31 Dec 2023)',
  ),
  CA_CICNEWS: s(
    'https://cicnews.com/?p=41389',
    'CIC News, “New humanitarian pathway for Colombian, Haitian and Venezuelan foreign nationals launches today” (17 Nov 2023)',
  ),
  CA_ENVOY: s(
    'https://resources.envoyglobal.com/global-news-alerts/canada-humanitarian-pathways-for-nationals-of-colombia-haiti-and-venezuela/',
    'Envoy Global, “Canada: Humanitarian Pathways for Nationals of Colombia, Haiti and Venezuela” (undated (Nov 2023, inferred))',
  ),
  CA_CICREPORT: s(
    'https://cic-report.com/ircc-releases-details-on-new-temporary-pr-pathway-for-columbians-haitians-and-venezuelans',
    'CIC Report, “IRCC releases details on new temporary PR pathway for Columbians, Haitians and Venezuelans” (undated (2024: "first announced on October 10 last year"))',
  ),
  CA_MAPLE: s(
    'https://maplenews.org/?p=2574',
    'Maple News, IRCC activates humanitarian PR pathway (3,500 principal applicants; one year or until cap) (undated)',
  ),
  CA_BARTLAW: s(
    'https://bartlaw.ca/2023-12-07-02/',
    'Bartlaw, “Humanitarian Pathway for Colombian, Haitian and Venezuelan Foreign Nationals” (7 Dec 2023 (slug))',
  ),
  CA_ORO: s(
    'https://oroimmigration.com/accessing-permanent-residency/',
    'Oro Immigration, “Accessing Permanent Residency: Fresh Opportunities for Colombians, Haitians and Venezuelans” (4 Dec 2023)',
  ),
  CA_IMMCA: s(
    'https://immigration.ca/humanitarian-program-for-haitians-venezuelans-and-colombians-reaches-capacity/',
    'immigration.ca, “Humanitarian Program for Haitians, Venezuelans, and Colombians Reaches Capacity” (undated (early 2024))',
  ),
  CA_HAITIGAZ: s(
    'https://haitigazette.com/suspension-du-programme-humanitaire-du-gouvernement-canadien/',
    'Haiti Gazette, “Suspension du programme humanitaire du gouvernement canadien” (Jan 2024)',
  ),
  CA_247: s(
    'https://247newsagency.com/technology/277455.html',
    '247 News Agency (from Efecto Cocuyo), describes the canada.ca section “Immigration route for Colombians, Haitians and Venezuelans with family in Canada” (undated (Nov 2023))',
  ),
  CA_I3CI: s(
    'https://i3ci.com/?p=5853',
    'i3ci, humanitarian route for Colombians, Haitians and Venezuelans (mentions support to Safe Mobility Offices) (undated (Oct 2023, inferred))',
  ),
  EMPP_POLICY: s(
    'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/public-policies/empp-phase-2-2023.html',
    'IRCC, “Updated Public Policy to Support the Economic Mobility Pathways Pilot – Phase 2” (official) (2023)',
  ),
  EMPP_MONDAQ: s(
    'https://www.mondaq.com:443/canada/general-immigration/1302738/canadian-immigration-update-new-standalone-federal-pathway-under-economic-mobility-pathways-pilot-commencing-in-the-summer',
    'Mondaq, “New standalone federal pathway under EMPP commencing in the summer” (11 Apr 2023)',
  ),
  EMPP_BELLISSIMO: s(
    'https://www.bellissimolawgroup.com/economic-mobility-pathways-pilot-immigration-options-for-skilled-refugees/',
    'Bellissimo Law Group, “Economic Mobility Pathways Pilot: Immigration Options for Skilled Refugees” (16 Dec 2021)',
  ),
  EMPP_END_IMMIGRATIC: s(
    'https://www.immigratic.com/blog/ircc-ends-economic-mobility-pathways-pilot-dec-31-2025-applications-accepted-by-that-date-will-continue-processing',
    'Immigratic, “IRCC Ends Economic Mobility Pathways Pilot Dec. 31, 2025…” (relays IRCC program delivery update) (8 Jan 2026)',
  ),
  EMPP_END_VISAHQ: s(
    'https://www.visahq.com/news/2025-12-31/ca/canada-suspends-economic-mobility-pathways-pilot-amid-backlog-concerns',
    'VisaHQ, “Canada suspends Economic Mobility Pathways Pilot amid backlog concerns” (31 Dec 2025 (slug))',
  ),
  EMPP_END_VISAHQ2: s(
    'https://www.visahq.com/news/2026-01-12/ca/ircc-closes-economic-mobility-pathways-pilot-freezing-new-refugee-talent-applications',
    'VisaHQ, “IRCC closes Economic Mobility Pathways Pilot, freezing new refugee talent applications” (12 Jan 2026 (slug))',
  ),
  EMPP_END_WS: s(
    'https://www.westernstandard.news/news/ottawa-pauses-skilled-refugee-jobs-pilot-amid-immigration-backlog/70059',
    'Western Standard, “Ottawa pauses skilled refugee jobs pilot amid immigration backlog” (undated (late Dec 2025))',
  ),
  ES_EXT: s(
    'https://exteriores.gob.es/Embajadas/washington/en/Comunicacion/Noticias/Paginas/Articulos/20230601_NOT1eng.aspx',
    'Embassy of Spain in Washington, “Spain and the U.S. to collaborate to promote regular migration from Central and South America” (official) (30 Apr 2023)',
  ),
  ES_DIPLO_MAY23: s(
    'https://thediplomatinspain.com/en/2023/05/05/spain-adopts-measures-to-facilitate-agreement-with-us-and-canada-on-migration/',
    'The Diplomat in Spain, “Spain adopts measures to facilitate agreement with US and Canada on migration” (5 May 2023)',
  ),
  ES_DIPLO_QUOTA: s(
    'https://thediplomatinspain.com/?p=48147',
    'The Diplomat in Spain, “El Gobierno ha anunciado la acogida de 1.500 refugiados procedentes de América Central y del Sur…” (cites BOE) (undated ("aprobada hace casi un año" → about spring 2024))',
  ),
  ES_SERVIMEDIA: s(
    'http://app.noticiasde.es/espana/los-primeros-68-refugiados-nicaraguenses-llegan-a-espana-como-parte-del-proyecto-piloto-de-migracion-laboral-del-ministerio',
    'Servimedia, “Los primeros 68 refugiados nicaragüenses llegan a España como parte del proyecto piloto de migración laboral” (12 Dec 2023)',
  ),
  ES_ABC: s(
    'https://www-abc-es.nproxy.org/espana/gobierno-eleva-168-refugiados-llegado-espana-nicaraguenses-20240105033202-nt.html',
    'ABC (proxy copy), “El Gobierno eleva a 168 los refugiados que ya han llegado a España, todos nicaragüenses” (5 Jan 2024 (slug))',
  ),
  ES_NOTLAT: s(
    'https://noticias-latinas.net/articulo/migrantes/espana-recibe-primeros-migrantes-venezolanos-nicaraguenses-plan-movilidad-segura/20240105095526016681.html',
    'Noticias Latinas, “España recibe primeros migrantes venezolanos y nicaragüenses (plan Movilidad Segura)” (5 Jan 2024)',
  ),
  ES_UNIVISION: s(
    'https://www.univision.com/noticias/inmigracion/del-sueno-americano-a-un-futuro-en-europa-70-refugiados-nicaraguenses-llegan-a-espana',
    'Univision, “Del sueño americano a un futuro en Europa: 70 refugiados nicaragüenses llegan a España” (Jan 2024)',
  ),
  ES_PLEDGE: s(
    'https://pledgetimes.com/they-left-latin-america-to-go-to-the-united-states-but-a-program-took-them-to-europe/',
    'Pledge Times, “They left Latin America to go to the United States, but a program took them to Europe” (25 families) (18 Jan 2024)',
  ),
  ES_WESTOBS: s(
    'https://westobserver.com/elma-saiz-united-states-looks-to-spain-on-migration-issues/amp/',
    'West Observer, “Elma Saiz: United States looks to Spain on migration issues” (undated (visit of 23–25 Jan 2024, inferred))',
  ),
  ES_SWISS_MAR25: s(
    'https://www.swissinfo.ch/spa/acnur-recomienda-a-nicarag%C3%BCenses-que-solicitaron-reasentarse-en-eeuu-seguir-en-costa-rica/88963063',
    'EFE/Swissinfo, “ACNUR recomienda a nicaragüenses que solicitaron reasentarse en EEUU seguir en Costa Rica” (4 Mar 2025)',
  ),
  ES_DESPACHO: s(
    'https://despacho505.com/nicaragua-migrante/26736-acnur-reasentamiento-refugiados-espana',
    "Despacho 505, “Refugiados nicaragüenses en Costa Rica evalúan reasentarse en España ante el 'no' de Trump” (10 Apr 2025)",
  ),
  ES_SWISS_NOV25: s(
    'https://www.swissinfo.ch/spa/espa%C3%B1a-acoge-a-245-refugiados-nicarag%C3%BCenses-reasentados-desde-costa-rica/90290596',
    'EFE/Swissinfo, “España acoge a 245 refugiados nicaragüenses reasentados desde Costa Rica” (6 Nov 2025)',
  ),
  ES_EP_DEC25: s(
    'https://www.lanacion.com.ar/agencias/costa-rica-el-plan-de-reasentamiento-cierra-2025-con-817-personas-refugiadas-tras-la-llegada-del-nid19122025/',
    'Europa Press (La Nación AR), Plan de Reasentamiento closes 2025 with 817 refugees (19 Dec 2025)',
  ),
  ES_EP_MAR26: s(
    'https://www.europapress.es/epsocial/migracion/noticia-espana-recibe-48-nicaraguenses-costa-rica-primer-traslado-ano-plan-nacional-reasentamiento-20260312184811.html',
    'Europa Press, “España recibe a 48 nicaragüenses desde Costa Rica en el primer traslado del año…” (12 Mar 2026)',
  ),
  ES_PNR26: s(
    'https://www.lanocion.es/espanya/20260317/espanya-aprueba-el-programa-nacional-de-reasen-31fd6.html',
    'La Noción, “España aprueba el Programa Nacional de Reasentamiento” (2026, up to 1,200 places) (17 Mar 2026 (slug))',
  ),
  ES_GECCO_25: s(
    'https://www.lanacion.com.ar/agencias/unas-25767-personas-migrantes-en-2025-accedieron-al-programa-para-contratar-extranjeros-en-origen-un-nid29122025/',
    'Europa Press (La Nación AR), 25,767 migrants in GECCO in 2025 (29 Dec 2025)',
  ),
  ES_GECCO_24: s(
    'https://latribunadealbacete.es/noticia/zc22d5ba8-b7fc-30b6-ac7085221a38a10a/202401/convocan-el-programa-de-contratacion-en-origen-para-el-campo',
    'La Tribuna de Albacete, “Convocan el programa de contratación en origen para el campo” (Jan 2024 (slug))',
  ),
  CET_NACION: s(
    'https://nacion.com/el-pais/politica/costa-rica-abre-categoria-especial-a-migrantes-de/E5H2T3JQO5EYTA3JSOLFO3OYMM/story',
    'La Nación (CR), “Costa Rica abre categoría especial a migrantes de…” (1 Mar 2023 (page text "Este 1.º de marzo comenzó a regir"))',
  ),
  CET_LAPRENSA: s(
    'https://www.laprensani.com/2023/02/28/nacionales/3112593-costa-rica-otorgara-categoria-especial-a-migrantes-de-nicaragua-cuba-y-venezuela',
    'La Prensa (NI), “Costa Rica otorgará categoría especial a migrantes de Nicaragua, Cuba y Venezuela” (quotes DGME) (28 Feb 2023)',
  ),
  CET_ELVENCR: s(
    'https://elvenezolanocostarica.com/quien-puede-cumplir-con-la-categoria-especial-temporal-que-concede-costa-rica-a-migrantes',
    'El Venezolano CR, “¿Quién puede cumplir con la categoría especial temporal…?” (undated (2023))',
  ),
  CET_DIRCUB: s(
    'https://directoriocubano.info/cuba/costa-rica-ya-aplica-categoria-migratoria-especial-para-cubanos',
    'Directorio Cubano, “Costa Rica ya aplica categoría migratoria especial para cubanos” (documents list) (undated (2023))',
  ),
  CET_R18_FEB24: s(
    'https://republica18.com/ahora/37867-categoria-especial-temporal-migracion',
    'República 18, “Este 29 de febrero es último día para aplicar a la Categoría Especial en Costa Rica” (quotes DGME) (28 Feb 2024)',
  ),
  CET_R18_REACT: s(
    'https://republica18.com/?p=47927',
    "República 18, “Costa Rica considera restaurar 'categoría especial' para nicaragüenses, cubanos y venezolanos” (undated (2025, after April, inferred from text))",
  ),
  CET_CONF_SEP25: s(
    'https://confidencial.digital/migrantes/costa-rica-cierra-solicitudes-de-refugio-de-nicaragua/',
    'Confidencial, “Costa Rica cierra solicitudes de refugio de Nicaragua” (CET described as a past mechanism) (9 Sep 2025)',
  ),
  CET_2020: s(
    'https://dev.confidencial.digital/migrantes/casi-mil-nicas-en-costa-rica-cuentan-con-proteccion-complementaria',
    'Confidencial, “Casi mil nicas en Costa Rica cuentan con protección complementaria” (earlier 2020 category) (29 Oct 2021)',
  ),
  ETPV_D216: s(
    'https://www1.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=159606',
    'Función Pública, Decreto 216 de 2021 (ETPV) — only the header was readable (1 Mar 2021)',
  ),
  ETPV_R971: s(
    'http://normograma.legislacionarl.co/arl/compilacion/docs/resolucion_uaemc_0971_2021.htm',
    'Resolución 971 de 2021, Migración Colombia (implements ETPV) — only the header was readable (28 Apr 2021)',
  ),
  ETPV_ELTIEMPO: s(
    'https://www.eltiempo.com/politica/gobierno/paso-a-paso-para-regularizacion-de-migrantes-venezolanos-en-colombia-576361',
    'El Tiempo, “Paso a paso para regularización de migrantes venezolanos en Colombia” (lists the four access conditions) (undated (Apr 2021, draft resolution))',
  ),
  ETPV_LAFM_21: s(
    'https://www.lafm.com.co/colombia/arranco-implementacion-del-estatuto-de-proteccion-para-venezolanos',
    'La FM, “Arrancó implementación del Estatuto de Protección para venezolanos” (quotes Migración director) (5 May 2021)',
  ),
  ETPV_REPCONF: s(
    'https://www.reporteconfidencial.info/2021/09/15/migracion-colombia-despeja-dudas-sobre-el-tps-para-venezolanos/',
    'Reporte Confidencial, “Migración Colombia despeja dudas sobre el TPS para venezolanos” (Migración Q&A) (15 Sep 2021)',
  ),
  ETPV_LAFM_22: s(
    'https://www.lafm.com.co/actualidad/estatuto-temporal-de-proteccion-cuando-vence-el-plazo-para-inscribirse-280175',
    'La FM, “Estatuto Temporal de Protección: ¿Cuándo vence el plazo para inscribirse?” (May 2022 (text: "sábado 28 de mayo"))',
  ),
  ETPV_ELVENCO: s(
    'https://elvenezolanocolombia.com/?p=75993',
    'El Venezolano Colombia, Migración urges RUMV registration (deadline 24 Nov 2023) (undated (2023))',
  ),
  ETPV_COLUMN: s(
    'https://www.eltiempo.com/opinion/columnistas/otros-columnistas/un-futuro-incierto-para-la-regularizacion-migratoria-en-colombia-779696',
    'El Tiempo column, “Un futuro incierto para la regularización migratoria en Colombia” (undated (≈Jun 2023))',
  ),
  ETPV_MIGRAVEN_21: s(
    'https://migravenezuela.com/web/articulo/lo-que-debe-saber-de-la-primera-fase-de-implementacion-del-estatuto-temporal-/2651',
    'Migravenezuela, “Lo que debe saber de la primera fase de implementación del Estatuto Temporal” (10-year validity; RUMV + PPT) (May 2021)',
  ),
  ETPV_MIGRAVEN: s(
    'https://migravenezuela.com/web/articulo/como-esta-colombia-en-politicas-publicas-con-enfoque-de-ninez-migrante/2882',
    'Migravenezuela, “¿Cómo está Colombia en políticas públicas con enfoque de niñez migrante?” (Oct 2021)',
  ),
  ETPV_FYS: s(
    'http://fronteraysociedad.org/colombia-la-paradoja-de-ninos-y-ninas-migrantes-el-ppt-aun-esta-abierto-para-ellos-pero-no-para-sus-padres/',
    'Frontera y Sociedad, “La paradoja de niños y niñas migrantes: el PPT aún está abierto para ellos pero no para sus padres” (quotes the Migración Colombia page) (undated (2024 or 2025, inferred))',
  ),
  ETPV_1250AM: s(
    'https://1250amcapitalradio.com/2024/06/18/gobierno-de-colombia-implementa-el-pep-tutor-para-regularizar-a-tutores-de-ninos-ninas-y-adolescentes-venezolanos-en-el-pais',
    '1250 AM Capital Radio, “Gobierno de Colombia implementa el PEP Tutor…” (18 Jun 2024)',
  ),
  ETPV_T166: s(
    'https://www.corteconstitucional.gov.co/relatoria/2024/T-166-24.htm',
    'Corte Constitucional, Sentencia T-166/24 (official) (2024)',
  ),
  ETPV_AMBITO: s(
    'https://ambitojuridico.com/noticias/general/administrativo-y-contratacion/el-caso-de-la-migrante-venezolana-que-por-fuerza',
    'Ámbito Jurídico, “El caso de la migrante venezolana que por fuerza mayor pidió registro extemporáneo en el RUMV…” (22 May 2024)',
  ),
  ETPV_NOTICACTUS: s(
    'https://noticactus.com/?p=637',
    'Noticactus, “Sentencia histórica permite el registro fuera del plazo original en casos de fuerza mayor” (undated)',
  ),
  ETPV_RSF: s(
    'https://www.radiosantafe.com/2025/10/17/mas-de-dos-millones-de-venezolanos-se-han-regularizado-en-colombia/',
    'Radio Santa Fe, “Más de dos millones de venezolanos se han regularizado en Colombia” (Migración Colombia summary) (17 Oct 2025)',
  ),
  PEPT_BLU: s(
    'https://www.bluradio.com/nacion/asi-podran-obtener-estatus-migratorio-especial-los-tutores-de-ninos-venezolanos-rg10',
    'Blu Radio, “Así podrán obtener estatus migratorio especial los tutores de niños venezolanos” (1 Sep 2025)',
  ),
  PEPT_2001_SEP25: s(
    'https://2001online.com/internacionales/colombia-activa-pep-tutor-para-los-venezolanos-conozca-en-que-consiste-esta-nueva-medida-migratoria-20259118350',
    '2001online, “Colombia activa PEP Tutor para los venezolanos” (quotes Migración page) (Sep 2025 (slug))',
  ),
  PEPT_ELDATO: s(
    'https://eldato.co/?p=160898',
    'El Dato, Migración Colombia announces PEP Tutor (Decreto 1209 de 2024, Resolución 2451 de 2025) (undated (Sep 2025))',
  ),
  PEPT_REV7: s(
    'https://revista7.co/migracion-colombia-lanza-nuevo-permiso-especial-para-menores-venezolanos',
    'Revista 7, “Migración Colombia lanza nuevo permiso especial para menores venezolanos” (undated (Aug/Sep 2025))',
  ),
  PEPT_2001_JAN26: s(
    'https://2001online.com/servicios/peptutor-en-colombia-migrantes-venezolanos-tienen-plazo-de-solicitarlo-hasta-esta-fecha-202612311590',
    '2001online, “PEPTutor en Colombia: migrantes venezolanos tienen plazo de solicitarlo hasta esta fecha” (23 Jan 2026)',
  ),
  PEPT_PARAG: s(
    'https://elparaguanero.com/?p=51129',
    'El Paraguanero (from La Nación CO / El Nacional), “Hasta el 30-Abr venezolanos podrán solicitar el PEP Tutor” (undated (late Jan 2026, inferred))',
  ),
  PEPT_ESPECT: s(
    'https://www.elespectador.com/responsabilidad-social/lado-a-lado/familias-venezolanas-esperan-regularizarse-en-colombia-pese-a-demoras-del-pep-tutor/',
    'El Espectador, “Familias venezolanas esperan regularizarse en Colombia pese a demoras del PEP Tutor” (13 Feb 2026)',
  ),
  PEPT_NOTIS: s(
    'https://notisclepr5c-la.com/internacionales/colombia-implementa-pep-tutor-para-regularizar-a-padres-migrantes-venezolanos/',
    'Noticia al Día, “Colombia implementa PEP Tutor para regularizar a padres migrantes venezolanos” (3 Sep 2025)',
  ),
  VV_PUBLIMETRO: s(
    'https://publimetro.co/noticias/2024/12/10/visa-visitantes-especiales-para-venezolanos-en-colombia-quien-puede-aplicar',
    'Publimetro, “Visa visitantes especiales para venezolanos en Colombia: quién puede aplicar” (10 Dec 2024)',
  ),
  VV_NOTIS: s(
    'https://notisclepr5c-la.com/internacionales/colombia-publico-resolucion-para-facilitar-la-permanencia-legal-de-venezolanos-en-el-pais/',
    'Noticia al Día / Banca y Negocios, “Colombia publicó resolución para facilitar la permanencia legal de venezolanos” (exclusions list) (8 Dec 2024)',
  ),
  VV_2001: s(
    'https://publiservicios.2001online.com/migracion/colombia-aprueba-visa-v-para-venezolanos-sepa-de-que-trata-202412919590',
    '2001online, “¿De qué trata la visa V aprobada por Colombia para venezolanos?” (9 Dec 2024)',
  ),
  VV_IFM: s(
    'https://ifmnoticias.com/cancilleria-crea-visa-de-visitante-especial-para-atender-migracion-venezolana-en-colombia',
    'IFM Noticias, “Cancillería crea visa de visitante especial…” (undated (Dec 2024))',
  ),
  VV_ALBERTO: s(
    'https://albertonews.com/?p=1053374',
    'Alberto News, Cancillería draft resolution for Visa V (quotes the draft) (undated (draft, late 2024))',
  ),
  VV_NOTIVERAZ: s(
    'https://notiveraz.com/colombia-crea-nueva-categoria-para-migrantes-venezolanos',
    'Notiveraz, draft Visa V (application through the Cancillería digital platform) (undated (draft, late 2024))',
  ),
  VV_LARA: s(
    'https://laprensadelara.com/mundo/colombia-creara-visa-especial-para-venezolanos-residentes-de-ese-pais',
    'La Prensa de Lara, “Colombia creará visa especial para venezolanos residentes de ese país” (draft; "vigencia de dos años, es decir, hasta 2026") (undated (draft, late 2024))',
  ),
  VV_FYS: s(
    'http://fronteraysociedad.org/colombia-rechaza-las-solicitudes-de-visa-a-los-venezolanos-solo-11-logra-regularizarse',
    'Frontera y Sociedad, “Colombia rechaza las solicitudes de visa a los venezolanos: solo 11% logra regularizarse” (undated (2025))',
  ),
  EC_ELCOMERCIO: s(
    'https://www.elcomercio.com/actualidad/gobierno-decreta-proceso-migratorio-ciudadanos-venezolanos.html',
    'El Comercio (EC), “Gobierno decreta proceso migratorio para ciudadanos venezolanos” (Decreto 436) (undated (Jun 2022))',
  ),
  EC_UNIONRADIO: s(
    'https://unionradio.net/ecuador-lanza-nueva-regularizacion-migratoria-de-venezolanos',
    'Unión Radio (EFE), “Ecuador lanza nueva regularización migratoria de venezolanos” (undated (3 Jun 2022: "antes de este viernes 3 de junio"))',
  ),
  EC_ELDEBER: s(
    'https://eldeber.com.bo/mundo/ecuador-otorgara-amnistia-migratoria-y-regularizara-a-venezolanos_280546',
    'El Deber (AFP), “Ecuador otorgará amnistía migratoria y regularizará a venezolanos” (3 Jun 2022)',
  ),
  EC_AM76: s(
    'https://www.gob.ec/regulaciones/acuerdo-ministerial-0000076-normativa-secundaria-proceso-regularizacion-extraordinaria',
    'gob.ec, “Acuerdo Ministerial 0000076 Normativa secundaria para el proceso de regularización extraordinaria” (official) (signed 31 Aug 2022, published 5 Sep 2022)',
  ),
  EC_FLORES: s(
    'https://noticiasaldiayalahora.co/internacionales/diputado-ecuatoriano-juan-flores-llamo-a-los-venezolanos-radicados-en-ecuador-a-censarse-para-regularizarse',
    'Noticia al Día, Assembly member Juan Flores on the Registro de Permanencia Migratoria (undated (Aug 2022))',
  ),
  EC_ENTORNO: s(
    'https://www.entornointeligente.com/video-ecuador-van-27-000-venezolanos-registrados-en-plan-estoy-aqu/',
    'Entorno Inteligente, “Ecuador: van 27.000 venezolanos registrados en plan Estoy Aquí” (Sep 2022)',
  ),
  EC_753_UNIVERSO: s(
    'https://eluniverso-el-universo-prod.cdn.arcpublishing.com/noticias/politica/gobierno-otorgara-amnistia-migratoria-a-venezolanos-que-ingresaron-a-ecuador-por-puntos-no-regulares-nota/?modulo=lo-ultimo&plantilla=ampliada',
    'El Universo, “Gobierno otorgará amnistía migratoria a venezolanos que ingresaron a Ecuador por puntos no regulares” (Decreto 753) (undated (≈1 Jun 2023))',
  ),
  EC_753_SPUTNIK: s(
    'https://sputniknews.lat/20230602/el-presidente-de-ecuador-decreta-nueva-amnistia-migratoria-para-venezolanos-1140159804.html',
    'Sputnik, “El presidente de Ecuador decreta nueva amnistía migratoria para venezolanos” (2 Jun 2023)',
  ),
  EC_698_MRE: s(
    'https://mre.gov.py/embapar-ecuador/index.php/noticias/https-www-cancilleria-gob-ec-2023-07-12-inicia-la-segunda-etapa-de-las-visas-virte-extranjeros-de-todos-los-paises-que-residen-e',
    "Copy of Cancillería Ecuador news “Inicia la segunda etapa de las visas VIRTE…” (on the site of Paraguay's embassy in Ecuador) (12 Jul 2023 (slug))",
  ),
  EC_ECUAASSIST: s(
    'https://www.ecuaassist.com/single-post/exception-temporary-residence-visa-virte',
    'EcuaAssist, “Exception Temporary Residence Visa (VIRTE)” (Decretos 698 and 809) (undated (Jul–Aug 2023))',
  ),
  EC_GRINGOPOST: s(
    'https://gringopost.com/2023/05/26/visa-virte-for-other-nationalities/',
    'GringoPost, “Visa Virte for other nationalities” (26 May 2023)',
  ),
  EC_ELIMPULSO: s(
    'https://elimpulso.com/2024/09/28/ecuador-facilita-la-renovacion-de-visas-virte-para-migrantes-venezolanos-28sep',
    'El Impulso, “Ecuador facilita la renovación de visas VIRTE para migrantes venezolanos” (28 Sep 2024)',
  ),
  EC_370_INFOZAMORA: s(
    'https://infozamoraec.com/index.php/2024/08/24/noboa-emite-decreto-para-dar-amnistia-migratoria-a-venezolanos/',
    'InfoZamora, “Noboa emite decreto para dar amnistía migratoria a venezolanos” (Decreto 370) (24 Aug 2024)',
  ),
  EC_370_APORREA: s(
    'https://www.aporrea.org/ddhh/n396052.html',
    'Aporrea (EFE), Ecuador grants migratory amnesty and VIRTE II process (25 Aug 2024)',
  ),
  EC_370_MACHALA: s(
    'https://machalamovil.com/noboa-decreta-amnistia-migratoria-de-ocho-meses-a-venezolanos/',
    'Machala Móvil, “Noboa decreta amnistía migratoria de ocho meses a venezolanos” (undated (Aug 2024))',
  ),
  EC_560_RADIOGYE: s(
    'https://radioguayaquil.com.ec/2025/03/11/fin-del-permiso-especial-noboa-deroga-decreto-sobre-amnistia-migratoria',
    'Radio Guayaquil, “Fin del permiso especial: Noboa deroga decreto sobre amnistía migratoria” (11 Mar 2025)',
  ),
  EC_560_UNIVERSO: s(
    'https://eluniverso-el-universo-prod.cdn.arcpublishing.com/noticias/politica/que-implicaciones-tiene-para-los-venezolanos-en-ecuador-la-derogacion-del-decreto-ejecutivo-370-nota',
    'El Universo, “¿Qué implicaciones tiene para los venezolanos en Ecuador la derogación del Decreto Ejecutivo 370?” (Mar 2025)',
  ),
  EC_560_NOTIS: s(
    'https://notisclepr5c-la.com/al-dia/venezolanos-en-ecuador-expectantes-tras-suspension-de-la-amnistia-migratoria/',
    'Noticia al Día, “Venezolanos en Ecuador expectantes tras suspensión de la amnistía migratoria” (13 Mar 2025)',
  ),
  EC_INFOBAE_SEP25: s(
    'https://www.infobae.com/america/america-latina/2025/09/14/daniel-noboa-endurecio-los-requisitos-de-residencia-para-los-venezolanos-en-ecuador/',
    'Infobae, “Daniel Noboa puso fin al Estatuto Migratorio entre Ecuador y Venezuela…” (14 Sep 2025)',
  ),
  GT_PUBLINEWS: s(
    'https://www.publinews.gt/noticias/2025/08/14/programa-de-trabajo-en-el-extranjero-para-guatemaltecos/',
    'Publinews, “Programa de trabajo en el extranjero para guatemaltecos” (Mintrab requirements) (14 Aug 2025)',
  ),
  GT_TGW: s(
    'https://radiotgw.gob.gt/la-demanda-de-programas-de-trabajo-temporal-esta-aumentando-y-mas-de-22-mil-guatemaltecos-se-benefician/',
    'Radio TGW (state radio), “La demanda de programas de trabajo temporal está aumentando…” (registration steps) (Jul 2024)',
  ),
  GT_PL_AUG25: s(
    'https://www.prensalibre.com/economia/trabajar-legalmente-en-estados-unidos-y-seis-paises-mas-mintrab-lanza-nueva-plataforma-y-alerta-sobre-estafas/',
    'Prensa Libre, “Trabajar legalmente en Estados Unidos y seis países más: Mintrab lanza nueva plataforma…” (13 Aug 2025)',
  ),
  GT_PL_SEP25: s(
    'https://www.prensalibre.com/economia/visas-h-1b-mintrab-aclara-si-su-programa-de-trabajo-temporal-sera-afectado-por-nueva-tarifa-de-trump/',
    'Prensa Libre, Mintrab manages only H-2A and H-2B (25 Sep 2025)',
  ),
  GT_CANALANTIGUA: s(
    'https://canalantigua.tv/2023/12/10/mas-de-8-mil-guatemaltecos-beneficiados-con-el-programa-de-trabajo-temporal/',
    'Canal Antigua, “Más de 8 mil guatemaltecos beneficiados con el Programa de Trabajo Temporal” (10 Dec 2023)',
  ),
} as const
