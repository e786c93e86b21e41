/**
 * Texts written for the tests of the annotator's relevance verdict and of the first-stage gate: chip news that
 * must get through, and pages that must not (reviews naming a chip maker once, menus of firm names, sports,
 * recipes, pages in other languages). All of them made up for these tests. Test-only; nothing here is bundled.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TestText {
  label: string;
  /** The language a reader would say the text is in. */
  lang: 'de' | 'en' | 'other';
  title?: string;
  text: string;
  /** Chip news naming no chip or firm the knowledge base knows: the gate lets it through, the annotator finds nothing. */
  noEntity?: true;
}

const REPEAT = (s: string, n: number) => Array.from({ length: n }, () => s).join(' ');

// ---------------------------------------------------------------------------------------------------------
// Chip news
// ---------------------------------------------------------------------------------------------------------

export const CHIP_TEXTS: TestText[] = [
  { label: 'de headline, H20', lang: 'de', text: 'Nvidia stoppt Produktion des H20' },
  { label: 'en teaser, one chip firm', lang: 'en', text: 'Nvidia stock fell 3% after the latest export news.' },
  { label: 'de teaser, genitive and compound', lang: 'de', text: 'Peking rät von Nvidias H20-Chips ab. Die Aktie gibt nach.' },
  { label: 'de teaser, foundry', lang: 'de', text: 'TSMC hebt die Preise für Wafer im 3-Nanometer-Verfahren an. Auch große Kunden müssen mehr zahlen.' },
  { label: 'en teaser, SMIC and Ascend', lang: 'en', text: "SMIC expands 7nm output for Huawei's Ascend 910C." },
  { label: 'de headline, Cambricon', lang: 'de', text: 'Cambricon-Aktie springt um zehn Prozent nach oben' },
  { label: 'en headline, ASML', lang: 'en', text: 'ASML books record orders for its newest lithography machines' },
  { label: 'de headline, AMD model', lang: 'de', text: 'AMD darf MI308 wieder nach China liefern' },
  { label: 'en teaser, HBM', lang: 'en', text: 'SK Hynix has sold out its HBM supply for next year, the memory maker said.' },
  { label: 'de headline, chip giants', lang: 'de', text: 'Hygon und Cambricon: Chinas Chipriesen legen an der Börse zu' },
  { label: 'en teaser, MI300X', lang: 'en', text: "AMD's MI300X wins a large order from a cloud provider." },
  { label: 'en teaser, Gaudi 3', lang: 'en', text: 'Intel cuts the price of its Gaudi 3 accelerator to win data-centre customers.' },
  { label: 'de teaser, Grafikprozessoren', lang: 'de', noEntity: true, text: 'Die Nachfrage nach Grafikprozessoren für Rechenzentren übertrifft weiter das Angebot.' },
  { label: 'en teaser, AI chip startup', lang: 'en', text: 'Cerebras files for a listing as demand for AI chips keeps rising.' },
  { label: 'de teaser, Halbleiter', lang: 'de', noEntity: true, text: 'Die Bundesregierung fördert ein neues Halbleiterwerk in Sachsen mit Milliarden.' },
  {
    label: 'de paragraph, its one firm named once',
    lang: 'de',
    text:
      'Nvidia hat am Dienstag eine neue Finanzchefin ernannt. Die bisherige Stellvertreterin übernimmt das Amt zum ' +
      'ersten Oktober, teilte der Konzern in einer kurzen Mitteilung mit. Ihr Vorgänger wechselt nach elf Jahren in ' +
      'den Aufsichtsrat eines Autoherstellers. Das Unternehmen betonte, der Wechsel sei seit Langem geplant gewesen ' +
      'und habe mit der Geschäftsentwicklung nichts zu tun.',
  },
  {
    label: 'de long, Chinas KI-Chips',
    lang: 'de',
    text:
      'Chinas Chipentwickler holen auf. Seit die Vereinigten Staaten die Ausfuhr leistungsstarker Grafikprozessoren ' +
      'beschränkt haben, bauen Huawei, Cambricon und Hygon eigene KI-Beschleuniger. Huaweis Ascend 910C gilt als das ' +
      'stärkste Modell aus heimischer Entwicklung; gefertigt wird es bei SMIC in einem 7-Nanometer-Verfahren, das ohne ' +
      'EUV-Lithografie auskommen muss. Die Ausbeute pro Wafer ist nach Einschätzung von Analysten deutlich geringer als ' +
      'bei TSMC. Trotzdem bestellen große Internetkonzerne die Chips in großer Zahl, weil sie sich auf Lieferungen aus ' +
      'den USA nicht mehr verlassen können. Nvidia hatte für den chinesischen Markt eigens den H20 entwickelt, dessen ' +
      'Rechenleistung unter den Grenzwerten der Exportkontrollen liegt. Doch Peking drängt die Unternehmen, heimische ' +
      'Halbleiter zu kaufen. Für die Speicherhersteller ist das ebenfalls ein Thema: Ohne HBM, den schnellen ' +
      'Stapelspeicher, sind moderne Beschleuniger kaum denkbar, und auch hier gelten Ausfuhrregeln.',
  },
  {
    label: 'en long, Blackwell shipments',
    lang: 'en',
    text:
      'Nvidia said on Wednesday that shipments of its Blackwell accelerators had reached every large cloud provider, ' +
      'and that the B200 and the GB200 rack systems now make up most of its data-centre revenue. The company expects ' +
      'supply to remain tight into next year because TSMC is still adding advanced packaging capacity. Each B200 ' +
      'carries 192 GB of HBM3E memory, which is made by SK Hynix, Samsung and Micron. Analysts said the ramp had been ' +
      'slower than planned because of problems with the interposer, but that demand from companies training large ' +
      'language models shows no sign of slowing. AMD hopes to win share with its MI355X, while Google and Amazon are ' +
      'building more of their own chips. Export controls still keep the fastest GPUs out of China, where Nvidia sells ' +
      'a cut-down part instead.',
  },
  {
    label: 'en medium, Intel foundry',
    lang: 'en',
    text:
      'Intel has started volume production on its 18A process at its plant in Arizona, the chipmaker said, a step it ' +
      'needs to win outside customers for its foundry business. The first wafers carry its own laptop processors; a ' +
      'decision by a large external customer is expected later this year. Rival foundries TSMC and Samsung are ' +
      'ramping their own two-nanometre nodes at the same time.',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Not chip news
// ---------------------------------------------------------------------------------------------------------

/** A review of a games console that names the maker of its processor once. */
export const CONSOLE_REVIEW_EN =
  'We spent two weeks with the new console and came away impressed, if not entirely convinced by the price. The ' +
  'box itself is a little larger than its predecessor and runs noticeably quieter, even during long sessions. ' +
  'Inside sits a custom processor designed with AMD, and the extra graphics power shows: racing games hold a steady ' +
  'sixty frames per second at a higher resolution, and loading times are short enough that we rarely saw a loading ' +
  'screen. The new controller has better triggers and a battery that lasted about nine hours in our tests. Storage ' +
  'is the weak point again: after installing six large games the drive was nearly full, and an extra drive costs ' +
  'almost as much as two new releases. The interface is cleaner than before, with a faster store and a simpler way ' +
  'to manage downloads. Backward compatibility works well; older games load quickly and some look sharper thanks to ' +
  'the upscaling. Online play still needs a paid subscription. Families will like the new parental controls, which ' +
  'can limit playing time per day. If you already own the previous model there is little reason to upgrade now, but ' +
  'anyone buying a first console this year gets the best version of it. Verdict: four stars out of five.';

export const CONSOLE_REVIEW_DE =
  'Zwei Wochen lang haben wir die neue Konsole im Wohnzimmer getestet. Das Gehäuse ist etwas größer als beim ' +
  'Vorgänger, der Lüfter bleibt aber auch bei langen Spielrunden angenehm leise. Im Inneren arbeitet ein ' +
  'angepasster Prozessor von AMD, und die zusätzliche Grafikleistung ist deutlich zu sehen: Rennspiele laufen ' +
  'flüssig mit sechzig Bildern pro Sekunde, Ladezeiten fallen kaum noch auf. Der neue Controller liegt gut in der ' +
  'Hand, der Akku hielt in unserem Test rund neun Stunden. Schwachpunkt bleibt der Speicherplatz: Nach sechs großen ' +
  'Spielen war die Festplatte fast voll, und eine Erweiterung kostet viel Geld. Die Bedienoberfläche ist aufgeräumter ' +
  'als früher, ältere Spiele starten schnell und sehen teilweise schärfer aus. Für das Spielen im Netz braucht man ' +
  'weiterhin ein kostenpflichtiges Abonnement. Eltern freuen sich über die neuen Einstellungen zur Spielzeit. Wer ' +
  'das Vorgängermodell besitzt, muss nicht umsteigen; wer zum ersten Mal eine Konsole kauft, bekommt hier die beste ' +
  'Version. Fazit: vier von fünf Sternen.';

/** A phone review that names the maker of the phone and of its processor, once each. */
export const PHONE_REVIEW_EN =
  'The new Samsung flagship feels lighter in the hand than last year’s model, and the flat screen is a welcome ' +
  'change for anyone who found the curved edges annoying. The display is bright enough to read in direct sunlight ' +
  'and scrolls smoothly. Performance is excellent thanks to the latest processor from Qualcomm; apps open instantly ' +
  'and games run without stutter. Battery life is where the phone really shines: we regularly ended a day of heavy ' +
  'use with a third of the charge left. The main camera takes sharp, natural photos in daylight, though night shots ' +
  'can look over-processed, and the zoom camera is only useful up to about ten times. Charging remains slow compared ' +
  'with rivals from China. The software promises seven years of updates, which makes the high price easier to ' +
  'accept. Our verdict: the best all-round phone of the year, if you can live without the fastest charging.';

export const PHONE_REVIEW_DE =
  'Das neue Smartphone liegt angenehm leicht in der Hand, das flache Display ist hell und auch in der Sonne gut ' +
  'ablesbar. Für Tempo sorgt ein Prozessor von Qualcomm: Apps starten sofort, Spiele laufen ohne Ruckler. Der Akku ' +
  'hält bei normaler Nutzung locker zwei Tage, geladen wird allerdings nur mit 45 Watt. Die Hauptkamera liefert ' +
  'tagsüber natürliche Farben, nachts wirken die Bilder manchmal überschärft. Samsung verspricht sieben Jahre lang ' +
  'Updates, was den hohen Preis etwas relativiert. Unser Fazit: ein sehr rundes Gerät ohne große Schwächen.';

/** A news site's menu of company pages: thirty names, several of them chip firms, and no sentence. */
export const COMPANY_MENU =
  'Unternehmen\nApple\nGoogle\nMicrosoft\nAmazon\nMeta\nSamsung\nIntel\nNvidia\nAMD\nQualcomm\nIBM\nOracle\nSony\n' +
  'Tesla\nNetflix\nSpotify\nUber\nAirbnb\nSAP\nSiemens\nTelekom\nVodafone\nXiaomi\nHuawei\nLenovo\nDell\nHP\nCisco\n' +
  'Adobe\nSalesforce';

export const BIG_TECH_MENU_EN = 'Home | News | Apple | Google | Microsoft | Amazon | Samsung | Intel | Meta | Reviews | Deals | Podcasts | Newsletter';
export const BIG_TECH_MENU_DE = 'Startseite Themen Apple Google Microsoft Amazon Samsung Intel Meta Tests Ratgeber Newsletter Abo Anmelden';

/** A web portal changes hands; the search and software giants it once dealt with are named. */
export const PORTAL_SALE_EN =
  'The owner of the web portal has agreed to sell it to a private equity firm for an undisclosed sum, ending a long ' +
  'search for a buyer. The site, once one of the most visited addresses on the internet, lost most of its search ' +
  'traffic after Yahoo handed its search business to Microsoft, and later struggled to compete with Google for ' +
  'advertising. The new owners plan to focus on its e-mail service and its news pages, which still reach millions ' +
  'of readers every month. Staff were told that no job cuts were planned for this year. The deal is expected to ' +
  'close in the spring, subject to approval by regulators.';

export const PORTAL_SALE_DE =
  'Das Webportal wechselt den Besitzer: Ein Finanzinvestor übernimmt die Seite, über den Preis wurde Stillschweigen ' +
  'vereinbart. Das Portal war einst eine der meistbesuchten Adressen im Netz, verlor aber an Bedeutung, nachdem Yahoo ' +
  'seine Suche an Microsoft abgegeben hatte und Google den Werbemarkt übernahm. Die neuen Eigentümer wollen vor allem ' +
  'den E-Mail-Dienst und die Nachrichtenseiten weiterführen. Stellen sollen vorerst nicht abgebaut werden.';

/** An encyclopedia entry on a foundation that hosts open-source software, with the member firms it lists. */
export const FOUNDATION_ENCYCLOPEDIA_EN =
  'The Open Toolchain Foundation is a non-profit organisation that hosts and funds the development of free ' +
  'software compilers, debuggers and build tools. It was founded in 2009 by a group of volunteer developers and ' +
  'incorporated two years later. Its platinum members include Intel, IBM and Google, which each pay an annual fee ' +
  'and hold a seat on the board of directors; other members include universities and smaller software companies. ' +
  'The foundation does not employ the developers of its projects directly but pays for servers, continuous ' +
  'integration and travel to its yearly conference. Its best-known project is a modular compiler framework that is ' +
  'used by several operating systems. The foundation publishes its accounts every year. Critics have argued that ' +
  'the large corporate members have too much influence over the technical direction of the projects; the board ' +
  'has answered by reserving half of its seats for elected community representatives.';

export const FOUNDATION_ENCYCLOPEDIA_DE =
  'Die Freie Werkzeug-Stiftung ist eine gemeinnützige Organisation, die die Entwicklung freier Compiler und ' +
  'Entwicklungswerkzeuge fördert. Sie wurde 2009 von ehrenamtlichen Entwicklern gegründet. Zu ihren Mitgliedern ' +
  'zählen Intel, IBM und Google, die einen Jahresbeitrag zahlen und im Vorstand vertreten sind. Die Stiftung ' +
  'beschäftigt die Entwickler ihrer Projekte nicht selbst, sondern bezahlt Server, Tests und Reisen zur jährlichen ' +
  'Konferenz. Kritiker bemängeln den Einfluss der großen Mitgliedsunternehmen auf die technische Ausrichtung.';

export const NON_CHIP_TEXTS: TestText[] = [
  { label: 'menu of big tech firms (en)', lang: 'en', text: BIG_TECH_MENU_EN },
  { label: 'menu of big tech firms (de)', lang: 'de', text: BIG_TECH_MENU_DE },
  { label: 'menu of thirty company names', lang: 'de', text: COMPANY_MENU },
  { label: 'console review naming AMD once (en)', lang: 'en', title: 'Console review: quieter, faster, still short of storage', text: CONSOLE_REVIEW_EN },
  { label: 'console review naming AMD once (de)', lang: 'de', title: 'Die neue Konsole im Test', text: CONSOLE_REVIEW_DE },
  { label: 'phone review naming Qualcomm once (en)', lang: 'en', title: 'Samsung’s new flagship reviewed', text: PHONE_REVIEW_EN },
  { label: 'phone review naming Qualcomm once (de)', lang: 'de', title: 'Smartphone im Test: rund und ausdauernd', text: PHONE_REVIEW_DE },
  { label: 'web portal sale (en)', lang: 'en', title: 'Web portal sold to private equity firm', text: PORTAL_SALE_EN },
  { label: 'web portal sale (de)', lang: 'de', title: 'Webportal verkauft', text: PORTAL_SALE_DE },
  { label: 'encyclopedia: software foundation (en)', lang: 'en', title: 'Open Toolchain Foundation', text: FOUNDATION_ENCYCLOPEDIA_EN },
  { label: 'encyclopedia: software foundation (de)', lang: 'de', title: 'Freie Werkzeug-Stiftung', text: FOUNDATION_ENCYCLOPEDIA_DE },
  {
    label: 'football report (en)',
    lang: 'en',
    title: 'Late header sends City through',
    text:
      'A header in the ninety-third minute sent the visitors into the quarter-finals after a tense night in which ' +
      'both goalkeepers were outstanding. The home side had taken the lead just before half-time with a low shot from ' +
      'the edge of the area, and they defended deep for most of the second half. The manager said afterwards that his ' +
      'players had shown great character and that the crowd had carried them through the final minutes.',
  },
  {
    label: 'Bundesliga report (de)',
    lang: 'de',
    title: 'Spätes Tor rettet den Punkt',
    text:
      'Mit einem Kopfball in der Nachspielzeit hat der Aufsteiger am Samstag einen Punkt gegen den Tabellenführer ' +
      'geholt. Die Gäste waren nach einer Viertelstunde durch einen Foulelfmeter in Führung gegangen und hatten danach ' +
      'mehrere Chancen, das zweite Tor zu erzielen. Der Trainer lobte nach dem Spiel die Moral seiner Mannschaft, die ' +
      'bis zur letzten Minute an den Ausgleich geglaubt habe.',
  },
  {
    label: 'golf: chip shots (en)',
    lang: 'en',
    title: 'Three drills for better chip shots',
    text:
      'Most amateurs lose more strokes around the green than off the tee. A good chip starts with the ball back in ' +
      'your stance and your weight on the front foot. Practise chipping to a towel placed a few steps onto the green, ' +
      'then vary the club: a chip with a nine iron rolls further than one with a wedge.',
  },
  {
    label: 'recipe: oven chips (en)',
    lang: 'en',
    title: 'Crispy oven chips',
    text:
      'Peel the potatoes and cut them into thick chips. Rinse them in cold water, dry them well and toss them with ' +
      'two tablespoons of oil and a pinch of salt. Bake the chips for forty minutes at 220 degrees, turning them once, ' +
      'until they are golden and crisp. Serve with malt vinegar or a spoonful of mayonnaise.',
  },
  {
    label: 'recipe: Kartoffelchips (de)',
    lang: 'de',
    title: 'Kartoffelchips selbst gemacht',
    text:
      'Die Kartoffeln waschen und mit einem Hobel in sehr dünne Scheiben schneiden. Die Scheiben in kaltem Wasser ' +
      'abspülen und gut trocknen. Das Öl auf 170 Grad erhitzen und die Chips portionsweise goldbraun frittieren. Mit ' +
      'Salz und etwas Paprikapulver bestreuen. Die Chips schmecken am besten am selben Tag.',
  },
  {
    label: 'phone launch, Apple only (en)',
    lang: 'en',
    title: 'Apple unveils new iPhone with bigger battery',
    text:
      'Apple on Tuesday unveiled its new iPhone, with a bigger battery, a brighter screen and a camera that handles ' +
      'low light better. Prices start at the same level as last year. The phone goes on sale next Friday.',
  },
  {
    label: 'software update, Microsoft (de)',
    lang: 'de',
    title: 'Microsoft verteilt großes Windows-Update',
    text:
      'Microsoft hat ein größeres Update für Windows veröffentlicht. Es bringt eine überarbeitete Startseite, neue ' +
      'Einstellungen für den Datenschutz und schließt mehrere Sicherheitslücken. Die Verteilung erfolgt schrittweise.',
  },
  {
    label: 'shopping deals, Amazon (en)',
    lang: 'en',
    title: 'The best early deals',
    text:
      'Amazon’s autumn sale starts on Tuesday, and some of the best deals are already live: noise-cancelling ' +
      'headphones, robot vacuums and a popular air fryer are all cheaper than they were last month. We have checked ' +
      'the price history of every item on this list.',
  },
  {
    label: 'TV review, Samsung (en)',
    lang: 'en',
    title: 'Samsung TV review: bright and thin',
    text:
      'The new Samsung television is remarkably thin and very bright, which makes it a good choice for sunny living ' +
      'rooms. Colours are rich without looking artificial, and the built-in speakers are better than expected. The ' +
      'menus are cluttered with adverts, though, and the remote feels cheap.',
  },
  {
    label: 'French chip news',
    lang: 'other',
    title: 'Nvidia suspend la production de sa puce H20',
    text:
      'Nvidia a demandé à ses fournisseurs de suspendre la production de la puce H20, destinée au marché chinois, ' +
      'après que les autorités de Pékin ont mis en garde les entreprises contre son achat. Les fabricants chinois de ' +
      'semi-conducteurs comme Cambricon et Hygon profitent de cette situation, et leurs actions sont en forte hausse ' +
      'à la bourse de Shanghai. Selon les analystes, la demande pour les puces locales va encore augmenter.',
  },
  {
    label: 'Spanish chip news',
    lang: 'other',
    title: 'TSMC aumenta su producción de chips avanzados',
    text:
      'TSMC anunció que aumentará la producción de chips avanzados en sus fábricas de Taiwán para responder a la ' +
      'demanda de Nvidia y de otros clientes. La empresa espera que los ingresos por inteligencia artificial sigan ' +
      'creciendo durante el próximo año, aunque advirtió de que los controles de exportación de Estados Unidos son ' +
      'una fuente de incertidumbre para el sector de los semiconductores.',
  },
  {
    label: 'Italian chip news',
    lang: 'other',
    title: 'ASML, ordini record per le macchine EUV',
    text:
      'ASML ha registrato ordini record per le sue macchine di litografia nel terzo trimestre, grazie alla forte ' +
      'domanda di chip per l’intelligenza artificiale. Il gruppo olandese prevede che le vendite in Cina diminuiscano ' +
      'il prossimo anno a causa delle restrizioni alle esportazioni, ma gli analisti sono ottimisti per il settore dei ' +
      'semiconduttori.',
  },
  {
    label: 'Dutch chip news',
    lang: 'other',
    title: 'ASML boekt recordaantal orders',
    text:
      'De chipmachinemaker ASML heeft in het derde kwartaal een recordaantal orders binnengehaald. Volgens het bedrijf ' +
      'is de vraag naar machines voor de productie van chips voor kunstmatige intelligentie nog steeds erg groot. De ' +
      'verkoop aan China zal volgend jaar wel dalen, omdat de exportregels strenger worden. Beleggers reageerden ' +
      'positief op de cijfers en het aandeel steeg op de beurs van Amsterdam.',
  },
  {
    label: 'French weather news',
    lang: 'other',
    title: 'Météo : un week-end ensoleillé',
    text:
      'Le soleil sera au rendez-vous sur la majeure partie du pays ce week-end, avec des températures supérieures ' +
      'aux normales de saison. Quelques averses sont toutefois possibles dans le nord-ouest dimanche après-midi.',
  },
  {
    label: 'crisps taste test repeated (en)',
    lang: 'en',
    title: 'Salt and vinegar crisps, tested',
    text: REPEAT('Thick-cut kettle chips keep their crunch; thin crisps go stale fast once the bag is open.', 4),
  },
];

// ---------------------------------------------------------------------------------------------------------
// The project's sample pages and, where present, the shared fixture articles
// ---------------------------------------------------------------------------------------------------------

const here = dirname(fileURLToPath(import.meta.url));
const REPO = join(here, '..', '..');

export interface PageText {
  name: string;
  htmlLang?: string;
  title: string;
  text: string;
}

/** Crude tag stripping, enough for a test: drops script and style, turns tags into spaces. */
function stripTags(html: string): string {
  return html
    .replace(/<(script|style|head|textarea)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The article pages in samples/ (the index page is a table of contents, not an article). */
export function samplePages(): PageText[] {
  const dir = join(REPO, 'samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html') && f !== 'index.html')
    .map((f) => {
      const html = readFileSync(join(dir, f), 'utf8');
      return {
        name: f,
        htmlLang: /<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1],
        title: stripTags(/<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? ''),
        text: stripTags(html),
      };
    });
}

/** The shared fixture articles (plain text), or none when the folder is not there. */
export function sharedArticles(): PageText[] {
  const dir = join(REPO, '..', 'shared', 'fixtures', 'articles');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, title: '', text: readFileSync(join(dir, f), 'utf8') }));
}
