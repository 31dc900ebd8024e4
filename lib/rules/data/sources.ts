// The sources of the shipped versions by key (URL + title); docs/sources.md says what each supports.
import type { Source } from '../schema'

/** The day the shipped values were checked against the compiled notes (docs/sources.md; no fresh fetch). */
export const verifiedOn = '2026-11-25'

const s = (url: string, title: string): Source => ({ url, title })

export const sources = {
  MS_HOME: s('https://movilidadsegura.org/en/', 'movilidadsegura.org English home page (after termination)'),
  MS_CO: s('https://movilidadsegura.org/en/colombia/', 'Cubans, Haitians, and Venezuelans in Colombia'),
  MS_CR: s('https://movilidadsegura.org/en/costa-rica/', 'Nicaraguan and Venezuelan nationals in Costa Rica'),
  MS_EC: s(
    'https://movilidadsegura.org/en/ecuador/',
    'Cuban, Haitian, Nicaraguan, Venezuelan, and Colombian nationals in Ecuador on or before 18 October 2023',
  ),
  MS_GT_PRIV: s('https://movilidadsegura.org/en/guatemala-privacy-notice', 'Guatemala | Privacy Notice'),
  CANC_CO: s(
    'https://cancilleria.gov.co/newsroom/news/establecimiento-puntos-movilidad-segura-smo-colombia',
    'Cancillería de Colombia: establecimiento de Puntos de Movilidad Segura (14 Jun 2023)',
  ),
  ESPECT_CO: s(
    'https://elespectador.com/mundo/america/estados-unidos-y-colombia-llegan-a-un-acuerdo-sobre-la-fase-exploratoria-de-movilidad-segura',
    'El Espectador: Estados Unidos y Colombia llegan a un acuerdo sobre la fase exploratoria de Movilidad Segura',
  ),
  PLEDGE_CO: s(
    'https://pledgetimes.com/us-immigration-centers-in-colombia-will-exclude-colombian-citizens/',
    'US immigration centers in Colombia will exclude Colombian citizens',
  ),
  ELTIEMPO_CO: s(
    'https://www.eltiempo.com/politica/gobierno/para-que-sirve-la-aplicacion-para-migrantes-venezolanos-cubanos-y-haitianos-781815',
    'El Tiempo: para qué sirve la aplicación para migrantes venezolanos, cubanos y haitianos',
  ),
  ELSOL_SEP23: s(
    'https://elsolnewsmedia.com/colombia-programa-movilidad-segura',
    'El Sol News Media: SMO Colombia not accepting new applications (Sep 2023)',
  ),
  ELPAIS_OCT23: s(
    'https://english.elpais.com/international/2023-10-02/a-three-month-wait-new-us-immigration-plan-marred-by-secrecy-and-uncertainty.html',
    'El País: A three-month wait: New US immigration plan marred by secrecy and uncertainty (2 Oct 2023)',
  ),
  USAHELLO_AUG24: s(
    'https://usahello.org/vi/immigration/asylum-refugees/safe-mobility-offices/',
    'USAHello: A guide to Safe Mobility Offices (SMOs) and how to get help (updated 2 Aug 2024)',
  ),
  USAHELLO_LATE: s(
    'https://usahello.org/immigration/asylum-refugees/safe-mobility-offices/',
    'USAHello: A guide to Safe Mobility Offices (SMOs) and how to get help (later version)',
  ),
  ETPV_CO: s(
    'https://www.eltiempo.com/politica/gobierno/paso-a-paso-para-regularizacion-de-migrantes-venezolanos-en-colombia-576361',
    'El Tiempo: Paso a paso para regularización de migrantes venezolanos en Colombia',
  ),
  // State Department statements cite state.gov, not the mirror sites the fact sheet read them on (same slug).
  STATE_CR: s(
    'https://www.state.gov/u-s-costa-rica-joint-commitment-to-address-the-hemispheric-challenge-of-irregular-migration/',
    'U.S. Department of State: U.S.-Costa Rica Joint Commitment to Address the Hemispheric Challenge of Irregular Migration (12 Jun 2023)',
  ),
  TELEMUNDO_CR: s(
    'https://www.telemundonuevainglaterra.com/noticias/inmigracion/eeuu-visa-venezolanos-nicaraguenses-refugio-costa-rica/2308102/',
    'Telemundo/AP: Costa Rican officials on who may apply (Jun 2023)',
  ),
  NACION_CR: s(
    'https://nacion.com/sucesos/seguridad/solicitantes-de-refugio-en-costa-rica-tendran/ABLICZL2XRBURL654V3NNCXIUU/story',
    'La Nación: Solicitantes de refugio en Costa Rica tendrán…',
  ),
  NIINV_DEC23: s(
    'https://nicaraguainvestiga.com/nacion/137874-eeuu-amplia-programa-movilidad-segura-nicaraguenses-venezolanos-costa-rica',
    'Nicaragua Investiga: EEUU amplía programa Movilidad Segura…',
  ),
  NIINV_SEP24: s(
    'https://nicaraguainvestiga.com/nacion/154406-eeuu-extiende-el-programa-de-movilidad-segura-para-migrantes-nicaraguenses-en-costa-rica',
    'Nicaragua Investiga: EEUU extiende el programa de Movilidad Segura para migrantes nicaragüenses en Costa Rica',
  ),
  POPULAR_EC: s(
    'https://www.elpopularhoy.com/estados-unidos/e-uu--y-costa-rica-amplian-plan-de-movilidad-segura-para-incluir-a-ecuatorianos_a6661faf598db812fd8b014a5',
    'El Popular: E.U. y Costa Rica amplían plan de movilidad segura para incluir a ecuatorianos',
  ),
  STATE_EC: s(
    'https://www.state.gov/announcement-of-safe-mobility-office-in-ecuador/',
    'U.S. Department of State: Announcement of Safe Mobility Office in Ecuador (Oct 2023)',
  ),
  QUENOT_EC: s(
    'https://quenoticias.com/comunidad/acnur-movilidad-segura-ecuador-requisitos',
    'Qué Noticias: Estados Unidos establece Oficinas de Movilidad Segura en Ecuador: conoce los requisitos',
  ),
  MINEX_GT: s(
    'https://sv.usembassy.gov/united-states-and-guatemala-launch-movilidad-segura-program/',
    "United States and Guatemala launch 'Movilidad Segura' Program",
  ),
  AP_GT: s(
    'https://lahora.gt/internacionales/agencia-ap/2020/07/04/guatemala-migrantes-tramitan-solicitudes-para-participar-en-proyecto-movilidad-segura',
    'La Hora / AP: Guatemala migrants request Movilidad Segura (Jul 2023)',
  ),
  EFE_DEC23: s(
    'https://droptheinfo.com/es/2023/12/19/el-programa-de-movilidad-segura-de-estados-unidos-ha-recibido-3-200-refugiados/amp',
    'El programa de movilidad segura de Estados Unidos ha recibido 3.200 refugiados',
  ),
  BLINEA_JUN23: s(
    'https://bloomberglinea.com/english/how-do-the-new-migrant-processing-centers-in-latin-america-work/',
    'Bloomberg Línea: How Do the New Migrant Processing Centers In Latin America Work?',
  ),
  TICO_JAN25: s(
    'https://ticotimes.net/2025/01/26/u-s-new-immigration-rules-impact-on-costa-rica',
    'Tico Times: U.S. new immigration rules impact on Costa Rica (26 Jan 2025)',
  ),
  UNHCR_ECUADOR_JUL24: s(
    'https://reliefweb.int/report/ecuador/acnur-ecuador-informe-operacional-n7-julio-2024',
    'ACNUR Ecuador: Informe Operacional N.7, julio 2024',
  ),
  UNHCR_HELP_GT: s('https://help.unhcr.org/guatemala/', 'UNHCR Help Guatemala'),
  UNHCR_HELP_CR: s('https://help.unhcr.org/costarica/', 'UNHCR Help Costa Rica'),
  UNHCR_HELP_CO: s('https://help.unhcr.org/colombia/', 'UNHCR Help Colombia'),
  UNHCR_HELP_EC: s('https://help.unhcr.org/ecuador/', 'UNHCR Help Ecuador'),
  MIGNEWS_CO: s('https://migrantesnews.com/?p=29377', 'migrantesnews.com: SMO Colombia opening (Jun/Jul 2023)'),
  LAMEZIA: s(
    'https://www.lameziainstrada.com/in-questo-modo-potrai-iscriverti-al-programma-safe-mobility-e-ottenere-asilo-o-liberta-condizionale-negli-stati-uniti/',
    'Lamezia in Strada: in questo modo potrai iscriverti al programma Safe Mobility (about November 2023)',
  ),
  MRT: s(
    'https://marketresearchtelecast.com/exploring-safe-mobility-offices-for-latin-americans-seeking-entry-into-the-united-states/',
    'Exploring Safe Mobility Offices for Latin Americans Seeking Entry into the United States (undated)',
  ),
  SEMANA_FEB25: s(
    'https://albertonews.com/principales/ultima-hora-gobierno-trump-desactiva-programa-movilidad-segura-para-venezolanos-y-deja-a-cerca-de-150-000-migrantes-varados-en-colombia',
    'Alberto News reprint of Semana: Gobierno Trump desactiva programa Movilidad Segura (Feb 2025)',
  ),
  ETPV_R971: s(
    'http://normograma.legislacionarl.co/arl/compilacion/docs/resolucion_uaemc_0971_2021.htm',
    'Resolución 971 de 2021, Migración Colombia: Estatuto Temporal de Protección para Migrantes Venezolanos (28 Apr 2021)',
  ),
  TNH_DEC24: s(
    'https://www.thenewhumanitarian.org/interview/2024/12/05/',
    'The New Humanitarian: interview with the Mixed Migration Centre on the Safe Mobility Offices (5 Dec 2024)',
  ),
  MS_GT: s(
    'https://movilidadsegura.org/guatemala',
    'Movilidad Segura: Guatemala form (address given by MINEX Guatemala)',
  ),
} as const
