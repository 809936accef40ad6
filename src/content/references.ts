/**
 * The bibliography: one entry per source, used by the references pages, the evidence badges and the
 * citations in the text (`#ref-<id>`). Facts come from ../shared/science.md (section E and the tables it
 * cites); an entry states only what that sheet or the paper itself says.
 */
import { lookupById } from './lookup';

/** Words of our own about a source (not its own title or name), in each language. */
export interface InBothLanguages {
	fr: string;
	en: string;
}

export interface Reference {
	/** stable anchor: /fr/references/#ref-<id> */
	id: string;
	/** as printed in the citation: "Caterina MJ, et al."; in each language where we describe them */
	authors: string | InBothLanguages;
	/** absent where the source gives no date (the two web articles) */
	year?: number;
	/** how a citation names it in the text, when "<first author> <year>" would not do */
	short?: string;
	/**
	 * the article English puts before that name in a sentence, for an organisation's initials: "(claim made by
	 * the SIHP)" under a figure; a person's name has none ("claim made by Fischhoff")
	 */
	article?: { en: string };
	/** as published; in each language where it is our translation of a title in another script */
	title: string | InBothLanguages;
	/** journal with volume and pages, or publisher / institution; in each language where we describe it */
	container: string | InBothLanguages;
	doi?: string;
	pmid?: string;
	pmcid?: string;
	/** what the site uses this source for, in each language */
	supports: { fr: string; en: string };
	/**
	 * What the evidence is, in one line an evidence badge's sheet shows: the kind of study and, where this
	 * entry, ../shared/science.md or the articles state it, how many people (or wrists, hands) it included.
	 * Never more than those say: "Randomised trial, 60 wrists", "Animal study (live pigs)", "Drug label".
	 */
	study?: { fr: string; en: string };
	/**
	 * 'source-article': one of the two articles the site explains, as opposed to the evidence used to check
	 * them; 'label': an official text revised without a dated edition (a medicine's product information, a
	 * billing nomenclature).
	 */
	kind?: 'source-article' | 'label';
	/** language of the work, when it is not English */
	lang?: 'fr';
}

export const references: readonly Reference[] = [
	{
		id: 'fischhoff-glucopuncture',
		kind: 'source-article',
		lang: 'fr',
		authors: { fr: 'Fischhoff C (DC, MSc, FRCC en imagerie)', en: 'Fischhoff C (DC, MSc, FRCC imaging)' },
		short: 'Fischhoff',
		title: 'La glucopuncture (dextrose)',
		container: {
			fr: 'Page web d’un chiropracteur spécialisé en échographie musculosquelettique',
			en: 'Web page of a chiropractor specialising in musculoskeletal ultrasound'
		},
		supports: {
			fr: 'Article de départ sur la glucopuncture : indications, mécanismes proposés, technique, glycémie.',
			en: 'Source article on glucopuncture: uses, proposed mechanisms, technique, blood sugar.'
		},
		study: {
			fr: 'Article de départ (page web d’un praticien)',
			en: 'Source article (a practitioner’s web page)'
		}
	},
	{
		id: 'sihp-hydrotomie',
		kind: 'source-article',
		lang: 'fr',
		authors: 'SIHP',
		short: 'SIHP',
		article: { en: 'the' },
		title: 'Hydrotomie percutanée',
		container: {
			fr: 'Page web de la société qui enseigne l’hydrotomie percutanée',
			en: 'Web page of the society that teaches percutaneous hydrotomy'
		},
		supports: {
			fr: 'Article de départ sur l’hydrotomie percutanée : technique, nomenclature, raisonnement de ses promoteurs.',
			en: 'Source article on percutaneous hydrotomy: technique, billing codes, its proponents’ reasoning.'
		},
		study: {
			fr: 'Article de départ (page web de la société qui enseigne la méthode)',
			en: 'Source article (web page of the society that teaches the method)'
		}
	},
	{
		id: 'caterina-1997',
		authors: 'Caterina MJ, et al.',
		year: 1997,
		title: 'The capsaicin receptor: a heat-activated ion channel in the pain pathway',
		container: 'Nature 389:816–824',
		doi: '10.1038/39807',
		supports: {
			fr: 'TRPV1 est lui-même un canal ionique, ouvert par la chaleur (au-delà d’environ 43 °C) et la capsaïcine.',
			en: 'TRPV1 is itself an ion channel, opened by heat (above about 43 °C) and by capsaicin.'
		},
		study: {
			fr: 'Étude de laboratoire sur le canal cloné du rat',
			en: 'Laboratory study of the cloned rat channel'
		}
	},
	{
		id: 'tominaga-1998',
		authors: 'Tominaga M, et al.',
		year: 1998,
		title: 'The cloned capsaicin receptor integrates multiple pain-producing stimuli',
		container: 'Neuron 21:531–543',
		doi: '10.1016/s0896-6273(00)80564-4',
		supports: {
			fr: 'L’acidité ouvre TRPV1 (pH ≤ 5,9) et abaisse son seuil de chaleur : c’est la sensibilisation.',
			en: 'Acid opens TRPV1 (pH ≤ 5.9) and lowers its heat threshold: this is sensitisation.'
		},
		study: {
			fr: 'Étude de laboratoire sur le canal cloné',
			en: 'Laboratory study of the cloned channel'
		}
	},
	{
		id: 'burdakov-2006',
		authors: 'Burdakov D, et al.',
		year: 2006,
		title: 'Tandem-pore K⁺ channels mediate inhibition of orexin neurons by glucose',
		container: 'Neuron 50:711–722',
		doi: '10.1016/j.neuron.2006.04.032',
		supports: {
			fr: 'Origine de l’idée « glucose → canaux K2P » : des neurones de l’hypothalamus, pas des nerfs de la douleur.',
			en: 'Origin of the “glucose → K2P channels” idea: neurons of the hypothalamus, not pain nerves.'
		},
		study: {
			fr: 'Étude de laboratoire sur des neurones de l’hypothalamus',
			en: 'Laboratory study of neurons of the hypothalamus'
		}
	},
	{
		id: 'guyon-2009',
		authors: 'Guyon A, et al.',
		year: 2009,
		title: 'Glucose inhibition persists in hypothalamic neurons lacking tandem-pore K⁺ channels',
		container: 'J Neurosci 29:2528–2533',
		supports: {
			fr: 'Sans canaux K2P (souris privées de ces gènes), le glucose inhibe toujours ces neurones : le rôle des K2P est contesté.',
			en: 'Without K2P channels (knockout mice) glucose still inhibits these neurons: the K2P role is contested.'
		},
		study: {
			fr: 'Étude chez des souris privées de canaux K2P',
			en: 'Study in mice lacking K2P channels'
		}
	},
	{
		id: 'alloui-2006',
		authors: 'Alloui A, et al.',
		year: 2006,
		title: 'TREK-1, a K⁺ channel involved in polymodal pain perception',
		container: 'EMBO J',
		pmcid: 'PMC1478167',
		supports: {
			fr: 'Chez la souris, le canal K2P TREK-1 est présent dans les petits neurones de la douleur, à côté de TRPV1.',
			en: 'In mice, the K2P channel TREK-1 sits in small pain neurons, next to TRPV1.'
		},
		study: {
			fr: 'Étude chez des souris privées de TREK-1',
			en: 'Study in mice lacking TREK-1'
		}
	},
	{
		id: 'bertrand-2015',
		authors: 'Bertrand H, et al.',
		year: 2015,
		title: 'Topical mannitol reduces capsaicin-induced pain: pilot randomized controlled trial',
		container: 'PM&R 7:1111–1117',
		doi: '10.1016/j.pmrj.2015.05.002',
		pmid: '25978942',
		supports: {
			fr: 'Seule donnée humaine, indirecte, d’un effet d’un sucre contre la douleur due à la capsaïcine (mannitol en crème).',
			en: 'The only human data, indirect, for a sugar easing capsaicin pain (a mannitol cream).'
		},
		study: {
			fr: 'Essai randomisé pilote, 25 volontaires sains',
			en: 'Pilot randomised trial, 25 healthy volunteers'
		}
	},
	{
		id: 'dextrose-label',
		kind: 'label',
		authors: 'Pfizer (Hospira)',
		// one label for both languages, which write the percentage differently (5 % in French, 5% in English)
		short: 'Pfizer, dextrose',
		title: 'Dextrose Injection, USP (5%): prescribing information',
		container: {
			fr: 'Notice américaine du glucose à 5 % injectable',
			en: 'US prescribing information of 5% dextrose for injection'
		},
		supports: {
			fr: 'Le glucose à 5 % injectable est souvent tiré du maïs, a un pH d’environ 4,3 (3,2 à 6,5) et une osmolarité d’environ 250 mOsm/L.',
			en: 'Injectable 5% dextrose is often made from corn, has a pH of about 4.3 (3.2 to 6.5) and an osmolarity of about 250 mOsm/L.'
		},
		study: {
			fr: 'Notice du médicament',
			en: 'Drug label'
		}
	},
	{
		id: 'urano-2012',
		authors: 'Urano H, Ara T, Fujinami Y, Hiraoka BY',
		year: 2012,
		title: 'Aberrant TRPV1 expression in heat hyperalgesia associated with trigeminal neuropathic pain',
		container: 'Int J Med Sci 9:690–697',
		pmcid: 'PMC3477677',
		supports: {
			fr: 'Chez l’animal, bloquer TRPV1 supprime l’hypersensibilité à la chaleur après une lésion nerveuse, mais pas la douleur au toucher (allodynie).',
			en: 'In animals, blocking TRPV1 removes the heat hypersensitivity that follows a nerve injury, but not the pain on touch (allodynia).'
		},
		study: {
			fr: 'Étude animale (lésion d’un nerf)',
			en: 'Animal study (nerve injury)'
		}
	},
	{
		id: 'huang-2006',
		authors: 'Huang J, Zhang X, McNaughton PA',
		year: 2006,
		title: 'Inflammatory pain: the cellular basis of heat hyperalgesia',
		container: 'Curr Neuropharmacol 4:197–206',
		pmcid: 'PMC2430694',
		supports: {
			fr: 'Les médiateurs de l’inflammation (bradykinine, prostaglandines, ATP, NGF) sensibilisent TRPV1 ; dans certains modèles, la quantité de TRPV1 à la membrane augmente.',
			en: 'Inflammatory mediators (bradykinin, prostaglandins, ATP, NGF) sensitise TRPV1; in some models the amount of TRPV1 at the membrane rises.'
		},
		study: {
			fr: 'Synthèse d’études sur des cellules et des animaux',
			en: 'Review of cell and animal studies'
		}
	},
	{
		id: 'lam-2018',
		authors: 'Lam D, Momeni Z, Theaker M, et al.',
		year: 2018,
		title: 'RAGE-dependent potentiation of TRPV1 currents in sensory neurons exposed to high glucose',
		container: 'PLoS One 13:e0193312',
		doi: '10.1371/journal.pone.0193312',
		supports: {
			fr: 'Des neurones sensitifs gardés une semaine dans 25 mmol/L de glucose ont des courants TRPV1 plus grands, et non plus petits.',
			en: 'Sensory neurons kept for a week in 25 mmol/L glucose have larger TRPV1 currents, not smaller ones.'
		},
		study: {
			fr: 'Étude de laboratoire sur des neurones sensitifs',
			en: 'Laboratory study of sensory neurons'
		}
	},
	{
		id: 'nasrawi-1990',
		authors: 'Nasrawi CW, Pangborn RM',
		year: 1990,
		title: 'Temporal effectiveness of mouth-rinsing on capsaicin mouth-burn',
		container: 'Physiol Behav 47:617–623',
		supports: {
			fr: 'Un rinçage sucré calme la brûlure du piment sans effet de dose, comme l’eau froide ou le lait : une interaction des sensations, pas un blocage de TRPV1.',
			en: 'A sugar rinse eases chilli burn with no dose effect, as cold water or milk do: an interaction of sensations, not a block of TRPV1.'
		},
		study: {
			fr: 'Étude du goût chez l’humain (rinçages de bouche)',
			en: 'Human taste study (mouth rinses)'
		}
	},
	{
		id: 'stecker-2013',
		authors: 'Stecker M, Wolfe J, Stevenson M',
		year: 2013,
		title: 'Neurophysiologic responses of peripheral nerve to repeated episodes of anoxia',
		container: 'Clin Neurophysiol',
		doi: '10.1016/j.clinph.2012.09.013',
		supports: {
			fr: 'Privé d’oxygène, un nerf isolé de rat voit son signal diminuer de moitié en 14 minutes environ, et le retrouve deux fois plus vite quand l’oxygène revient.',
			en: 'Deprived of oxygen, an isolated rat nerve loses half its signal in about 14 minutes, and regains it twice as fast when oxygen returns.'
		},
		study: {
			fr: 'Étude animale (nerf isolé de rat)',
			en: 'Animal study (isolated rat nerve)'
		}
	},
	{
		id: 'lin-2020',
		authors: 'Lin MT, Liao CL, Hsiao MY, et al.',
		year: 2020,
		title:
			'Volume matters in ultrasound-guided perineural dextrose injection for carpal tunnel syndrome: a randomized, double-blinded, three-arm trial',
		container: 'Front Pharmacol 11:625830',
		doi: '10.3389/fphar.2020.625830',
		supports: {
			fr: 'Dans le canal carpien, 4 mL de glucose à 5 % ont fait mieux que 1 ou 2 mL : un effet du volume, qui cadre avec une action mécanique.',
			en: 'In the carpal tunnel, 4 mL of 5% dextrose did better than 1 or 2 mL: a volume effect, which fits a mechanical action.'
		},
		study: {
			fr: 'Essai randomisé en double aveugle, trois volumes (1, 2 ou 4 mL)',
			en: 'Double-blind randomised trial, three volumes (1, 2 or 4 mL)'
		}
	},
	{
		id: 'yang-2024',
		authors: 'Yang FA, Wang HY, Kuo TY, et al.',
		year: 2024,
		title:
			'Injection therapy for carpal tunnel syndrome: a systematic review and network meta-analysis of randomized controlled trials',
		container: 'PLoS One 19:e0303537',
		doi: '10.1371/journal.pone.0303537',
		supports: {
			fr: 'Comparant toutes les injections du canal carpien, cette méta-analyse range le glucose parmi les options possibles.',
			en: 'Comparing every injection used for carpal tunnel syndrome, this meta-analysis ranks dextrose among the possible options.'
		},
		study: {
			fr: 'Méta-analyse en réseau d’essais randomisés',
			en: 'Network meta-analysis of randomised trials'
		}
	},
	{
		id: 'wu-2021',
		authors: 'Wu YT, Wu CH, Lin JA, et al.',
		year: 2021,
		title: 'Efficacy of 5% dextrose water injection for peripheral entrapment neuropathy: a narrative review',
		container: 'Int J Mol Sci 22:12358',
		supports: {
			fr: 'Pour les nerfs coincés ailleurs qu’au poignet (par exemple le nerf ulnaire au coude), il n’existe que des séries de cas et des revues narratives.',
			en: 'For nerves trapped elsewhere than the wrist (for example, the ulnar nerve at the elbow), there are only case series and narrative reviews.'
		},
		study: {
			fr: 'Revue narrative (séries de cas)',
			en: 'Narrative review (case series)'
		}
	},
	{
		id: 'arias-vazquez-2024',
		authors: 'Arias-Vázquez PI, Arcila-Novelo R, Guzzardo MN, et al.',
		year: 2024,
		title:
			'Subcutaneous injections of dextrose in musculoskeletal pain, a potential therapeutic intervention: scoping review',
		container: 'Pain Manag',
		doi: '10.1080/17581869.2024.2442898',
		supports: {
			fr: 'Une revue dont le titre présente les injections de glucose sous la peau contre les douleurs musculosquelettiques comme « une intervention thérapeutique potentielle » ; nous n’avons trouvé aucun grand essai indépendant.',
			en: 'A review whose title calls dextrose injected under the skin for musculoskeletal pain “a potential therapeutic intervention”; we found no large independent trial.'
		},
		study: {
			fr: 'Revue : petites études très différentes, aucun grand essai',
			en: 'Scoping review: small, very different studies and no large trial'
		}
	},
	{
		id: 'attwell-2001',
		authors: 'Attwell D, Laughlin SB',
		year: 2001,
		title: 'An energy budget for signaling in the grey matter of the brain',
		container: 'J Cereb Blood Flow Metab 21:1133–1145',
		pmid: '11598490',
		supports: {
			fr: 'L’essentiel de l’énergie de la signalisation nerveuse sert à la pompe Na⁺/K⁺.',
			en: 'Most of the energy of nerve signalling goes into the Na⁺/K⁺ pump.'
		},
		study: {
			fr: 'Bilan énergétique calculé (substance grise du cerveau)',
			en: 'Calculated energy budget (grey matter of the brain)'
		}
	},
	{
		id: 'hille-2001',
		authors: 'Hille B',
		year: 2001,
		title: 'Ion channels of excitable membranes, 3rd edition',
		container: 'Sinauer Associates, Sunderland (MA)',
		supports: {
			fr: 'Une pompe Na⁺/K⁺ accomplit de l’ordre de 100 cycles par seconde à 37 °C (souvent cité : 100 à 300) ; comme chaque cycle sort une charge positive, son courant rend le potentiel de repos plus négatif de quelques millivolts.',
			en: 'One Na⁺/K⁺ pump runs on the order of a hundred cycles a second at 37 °C (often quoted as 100 to 300); as each cycle takes one positive charge out, its current makes the resting potential a few millivolts more negative.'
		},
		study: {
			fr: 'Manuel de référence',
			en: 'Reference textbook'
		}
	},
	{
		id: 'berg-2002',
		authors: 'Berg JM, Tymoczko JL, Stryer L',
		year: 2002,
		title: 'Biochemistry, 5th edition',
		container: 'W. H. Freeman, New York',
		supports: {
			fr: 'Les cellules captent le glucose par leurs transporteurs et le brûlent : une molécule donne 2 ATP par la glycolyse seule, et environ 30 à 32 une fois entièrement oxydée avec de l’oxygène (table 18.4, d’après Hinkle 1991) ; les transporteurs du glucose y ont les constantes des manuels, dont le site tire son estimation du captage.',
			en: 'Cells take up glucose through their transporters and burn it: one molecule yields 2 ATP by glycolysis alone, and about 30 to 32 when fully oxidised with oxygen (Table 18.4, after Hinkle 1991); the glucose transporters have their textbook constants, from which the site draws its uptake estimate.'
		},
		study: {
			fr: 'Manuel de biochimie',
			en: 'Biochemistry textbook'
		}
	},
	{
		id: 'hodgkin-katz-1949',
		authors: 'Hodgkin AL, Katz B',
		year: 1949,
		title: 'The effect of sodium ions on the electrical activity of the giant axon of the squid',
		container: 'J Physiol 108:37–77',
		doi: '10.1113/jphysiol.1949.sp004310',
		pmid: '18128147',
		supports: {
			fr: 'Le potentiel de membrane pèse chaque ion selon la perméabilité de la membrane (équation de Goldman–Hodgkin–Katz) ; perméabilités relatives de l’axone de calmar au repos, 1 : 0,04 : 0,45 (K⁺ : Na⁺ : Cl⁻).',
			en: 'The membrane potential weighs each ion by the membrane’s permeability to it (the Goldman–Hodgkin–Katz equation); the squid axon’s relative permeabilities at rest, 1:0.04:0.45 (K⁺:Na⁺:Cl⁻).'
		},
		study: {
			fr: 'Expériences sur l’axone géant de calmar',
			en: 'Experiments on the squid giant axon'
		}
	},
	{
		id: 'wu-2017',
		authors: 'Wu YT, et al.',
		year: 2017,
		title:
			'Six-month efficacy of perineural dextrose for carpal tunnel syndrome: a randomized controlled trial',
		container: 'Mayo Clin Proc 92:1179–1189',
		doi: '10.1016/j.mayocp.2017.05.025',
		pmid: '28778254',
		supports: {
			fr: 'Une injection échoguidée de 5 mL de glucose à 5 % a fait mieux que 5 mL de sérum physiologique dans le canal carpien, jusqu’à 6 mois.',
			en: 'One ultrasound-guided 5 mL injection of 5% dextrose did better than 5 mL of saline in the carpal tunnel, up to 6 months.'
		},
		study: {
			fr: 'Essai randomisé, 60 poignets',
			en: 'Randomised trial, 60 wrists'
		}
	},
	{
		id: 'lam-2023',
		authors: 'Lam KHS, et al.',
		year: 2023,
		title:
			'Ultrasound-guided interventions for carpal tunnel syndrome: a systematic review and meta-analyses',
		container: 'Diagnostics 13:1138',
		doi: '10.3390/diagnostics13061138',
		supports: {
			fr: 'Le glucose à 5 % fait mieux que des injections témoins, et un grand volume mieux qu’un petit ; le guidage échographique aide. Coécrite par des auteurs des essais qu’elle regroupe.',
			en: '5% dextrose beats control injections, a high volume beats a low one, and ultrasound guidance helps. Co-written by authors of the trials it pools.'
		},
		study: {
			fr: 'Revue systématique et méta-analyses d’essais',
			en: 'Systematic review and meta-analyses of trials'
		}
	},
	{
		id: 'oh-2025',
		authors: 'Oh MW, et al.',
		year: 2025,
		title: '5% dextrose versus corticosteroid injections in carpal tunnel syndrome: a meta-analysis',
		container: 'Arch Phys Med Rehabil 106:300',
		doi: '10.1016/j.apmr.2024.07.005',
		pmid: '39032850',
		supports: {
			fr: 'Glucose à 5 % et corticoïde font jeu égal sur la douleur (220 mains), avec moins d’effets indésirables pour le glucose.',
			en: '5% dextrose and corticosteroid are on a par for pain (220 hands), with fewer adverse events for dextrose.'
		},
		study: {
			fr: '5 essais regroupés (220 mains), dont 4 tirés au sort',
			en: '5 trials pooled (220 hands), 4 with groups drawn by chance'
		}
	},
	{
		id: 'maniquis-smigel-2017',
		authors: 'Maniquis-Smigel L, et al.',
		year: 2017,
		title:
			'Short-term analgesic effects of 5% dextrose epidural injections for chronic low back pain: a randomized controlled trial',
		container: 'Anesth Pain Med 7:e42550',
		doi: '10.5812/aapm.42550',
		supports: {
			fr: 'Seules données contrôlées sur un effet rapide (15 min à 48 h), sans différence à 2 semaines ; le groupe sérum physiologique s’améliorait aussi.',
			en: 'The only controlled data on a fast effect (15 min to 48 h), gone at 2 weeks; the saline group improved too.'
		},
		study: {
			fr: 'Essai randomisé, 35 patients',
			en: 'Randomised trial, 35 patients'
		}
	},
	{
		id: 'rabago-2013',
		authors: 'Rabago D, et al.',
		year: 2013,
		title: 'Dextrose prolotherapy for knee osteoarthritis: a randomized controlled trial',
		container: 'Ann Fam Med 11:229–237',
		doi: '10.1370/afm.1504',
		supports: {
			fr: 'Le glucose hypertonique (prolothérapie, 15 à 25 %) a un effet modeste dans l’arthrose du genou.',
			en: 'Hypertonic dextrose (prolotherapy, 15–25%) has a modest effect in knee osteoarthritis.'
		},
		study: {
			fr: 'Essai randomisé, 90 patients',
			en: 'Randomised trial, 90 patients'
		}
	},
	{
		id: 'dagenais-2007',
		authors: 'Dagenais S, et al.',
		year: 2007,
		title: 'Prolotherapy injections for chronic low-back pain',
		container: 'Cochrane Database Syst Rev, CD004059.pub3',
		supports: {
			fr: 'Seule, la prolothérapie ne fait pas mieux que des injections témoins dans la lombalgie chronique.',
			en: 'On its own, prolotherapy does no better than control injections for chronic low back pain.'
		},
		study: {
			fr: 'Revue systématique Cochrane',
			en: 'Cochrane systematic review'
		}
	},
	{
		id: 'reichenbach-2010',
		authors: 'Reichenbach S, et al.',
		year: 2010,
		title: 'Joint lavage for osteoarthritis of the knee',
		container: 'Cochrane Database Syst Rev, CD007320',
		supports: {
			fr: 'Même laver directement l’intérieur du genou n’apporte pas de bénéfice utile face à un simulacre.',
			en: 'Even washing out the inside of the knee brings no useful benefit over a sham.'
		},
		study: {
			fr: 'Revue systématique Cochrane',
			en: 'Cochrane systematic review'
		}
	},
	{
		id: 'danielsen-2022',
		authors: 'Danielsen MB, et al.',
		year: 2022,
		title: 'Absorption rate of subcutaneously infused fluid in ill multimorbid older patients',
		container: 'PLoS One 17:e0275783',
		doi: '10.1371/journal.pone.0275783',
		supports: {
			fr: 'Chez 6 patients âgés et fragiles, du sérum physiologique (pas du glucose) perfusé sous la peau est passé dans la circulation en une à deux heures (demi-vie d’environ 30 min par ajustement).',
			en: 'In 6 frail older patients, saline (not glucose) infused under the skin passed into the circulation within one to two hours (a fitted half-life of about 30 min).'
		},
		study: {
			fr: 'Étude de mesures, 6 patients âgés',
			en: 'Measurement study, 6 older patients'
		}
	},
	{
		id: 'broadhurst-2020',
		authors: 'Broadhurst D, et al.',
		year: 2020,
		title: 'Subcutaneous hydration and medications infusions: a systematic review of systematic reviews',
		container: 'PLoS One',
		doi: '10.1371/journal.pone.0237572',
		supports: {
			fr: 'L’hypodermoclyse est établie pour hydrater, notamment les personnes âgées et en soins palliatifs.',
			en: 'Hypodermoclysis is established for hydration, notably in older people and palliative care.'
		},
		study: {
			fr: 'Revue de revues systématiques',
			en: 'Review of systematic reviews'
		}
	},
	{
		id: 'sasson-2001',
		authors: 'Sasson M, Shvartzman P',
		year: 2001,
		title: 'Hypodermoclysis: an alternative infusion technique',
		container: 'Am Fam Physician 64:1575–1578',
		supports: {
			fr: 'L’hypodermoclyse hydrate sans danger sérieux : environ 3 litres par 24 heures sur deux sites, avec de la hyaluronidase si besoin.',
			en: 'Hypodermoclysis hydrates without serious danger: about 3 litres in 24 hours over two sites, with hyaluronidase if needed.'
		},
		study: {
			fr: 'Article de synthèse pour médecins de famille',
			en: 'Review article for family doctors'
		}
	},
	{
		id: 'copeland-2005',
		authors: 'Copeland S, Warren HS, Lowry SF, et al.',
		year: 2005,
		title: 'Acute inflammatory response to endotoxin in mice and humans',
		container: 'Clin Diagn Lab Immunol 12:60–67',
		pmcid: 'PMC540200',
		supports: {
			fr: 'Après une stimulation inflammatoire, le TNF-α et l’IL-6 du sang culminent vers 2 heures et reviennent à leur niveau de base en 4 à 6 heures.',
			en: 'After an inflammatory trigger, blood TNF-α and IL-6 peak at about 2 hours and are back to baseline within 4 to 6 hours.'
		},
		study: {
			fr: 'Étude chez la souris et chez l’humain (endotoxine)',
			en: 'Study in mice and humans (endotoxin)'
		}
	},
	{
		id: 'orita-2011',
		authors: 'Orita S, Koshi T, Mitsuka T, et al.',
		year: 2011,
		title:
			'Associations between proinflammatory cytokines in the synovial fluid and radiographic grading and pain-related scores in 47 consecutive patients with osteoarthritis of the knee',
		container: 'BMC Musculoskelet Disord 12:144',
		supports: {
			fr: 'Dans l’arthrose du genou, le TNF-α et l’IL-6 sont présents dans le liquide articulaire ; le TNF-α suit la douleur et la gêne.',
			en: 'In knee osteoarthritis, TNF-α and IL-6 are present in the joint fluid; TNF-α tracks pain and disability.'
		},
		study: {
			fr: 'Étude de 47 patients atteints d’arthrose du genou',
			en: 'Study of 47 patients with knee osteoarthritis'
		}
	},
	{
		id: 'urban-roberts-2003',
		authors: 'Urban JPG, Roberts S',
		year: 2003,
		title: 'Degeneration of the intervertebral disc',
		container: 'Arthritis Res Ther 5:120–130',
		supports: {
			fr: 'Le disque est la plus grande structure du corps sans vaisseaux ; son eau dépend de ses protéoglycanes et de la charge, pas d’un apport d’eau voisin.',
			en: 'The disc is the largest structure in the body without blood vessels; its water depends on its proteoglycans and on load, not on water supplied nearby.'
		},
		study: {
			fr: 'Article de synthèse',
			en: 'Review article'
		}
	},
	{
		id: 'koulakis-2020',
		authors: 'Koulakis JP, et al.',
		year: 2020,
		title:
			'Tumescent injections in subcutaneous pig tissue disperse fluids volumetrically and maintain elevated local concentrations of additives for several hours',
		container: 'Pharm Res',
		doi: '10.1007/s11095-020-2769-2',
		supports: {
			fr: 'Chez le porc, un bolus sous la peau gonfle le tissu, s’étale en quelques minutes et reste plusieurs heures avant d’être résorbé.',
			en: 'In pigs, a bolus under the skin swells the tissue, spreads within minutes and stays several hours before it is absorbed.'
		},
		study: {
			fr: 'Étude animale (porcs vivants)',
			en: 'Animal study (live pigs)'
		}
	},
	{
		id: 'ordre-paca-2023',
		lang: 'fr',
		authors: 'Chambre disciplinaire de première instance PACA-Corse de l’Ordre des médecins',
		short: 'Ordre des médecins PACA-Corse 2023',
		year: 2023,
		title: 'Communiqué sur les décisions du 27 juin 2023 relatives à l’hydrotomie percutanée',
		container: 'Ordre des médecins, conseil régional PACA',
		supports: {
			fr: 'La chambre a jugé la méthode insuffisamment éprouvée, radié son fondateur et sanctionné d’autres médecins.',
			en: 'The chamber found the method insufficiently proven, struck off its founder and disciplined other doctors.'
		},
		study: {
			fr: 'Décisions des juges de l’Ordre des médecins (communiqué)',
			en: 'Decisions of the French medical council’s judges (press release)'
		}
	},
	{
		id: 'conseil-etat-2024',
		lang: 'fr',
		authors: 'Conseil d’État',
		short: 'Conseil d’État 2024',
		year: 2024,
		title: 'Décision n° 475857 du 11 octobre 2024',
		container: 'Conseil d’État',
		supports: {
			fr: 'Dans l’affaire des infirmiers, seule l’injonction faite à leur Ordre a été annulée.',
			en: 'In the nurses’ case, only the injunction addressed to their professional regulator (the Ordre national des infirmiers) was annulled.'
		},
		study: {
			fr: 'Décision de justice',
			en: 'Court decision'
		}
	},
	{
		id: 'barry-falissard-2010',
		lang: 'fr',
		authors: 'Barry C, Falissard B',
		year: 2010,
		title: 'Évaluation de l’efficacité de la pratique de la mésothérapie à visée thérapeutique',
		container: 'Inserm U669',
		supports: {
			fr: 'Un seul essai méthodologiquement acceptable sur la mésothérapie ; l’acte ANLB003 n’est pas remboursé.',
			en: 'Only one methodologically acceptable trial of mesotherapy; the procedure ANLB003 is not reimbursed.'
		},
		study: {
			fr: 'Évaluation pour l’Inserm : un seul essai acceptable',
			en: 'Assessment for Inserm (French health research): one acceptable trial'
		}
	},
	{
		id: 'gibney-2010',
		authors: 'Gibney MA, et al.',
		year: 2010,
		title:
			'Skin and subcutaneous adipose layer thickness in adults with diabetes at sites used for insulin injections: implications for needle length recommendations',
		container: 'Curr Med Res Opin 26:1519–1530',
		doi: '10.1185/03007995.2010.481203',
		supports: {
			fr: 'Au bras, au ventre et à la cuisse, la peau mesure 1,9 à 2,4 mm et la graisse sous-cutanée 10 à 15 mm en moyenne : une aiguille de 4 mm enfoncée droit y dépasse le derme.',
			en: 'On the arm, abdomen and thigh, skin is 1.9–2.4 mm thick and the fat beneath it 10–15 mm on average: a 4 mm needle pushed straight in goes past the dermis there.'
		},
		study: {
			fr: 'Mesures de la peau chez des adultes diabétiques',
			en: 'Skin measurements in adults with diabetes'
		}
	},
	{
		id: 'akita-2019',
		authors: {
			fr: 'Une équipe de l’Indiana University School of Medicine (auteurs non précisés dans nos sources)',
			en: 'A team at Indiana University School of Medicine (authors not named in our sources)'
		},
		short: 'Molecules 2019',
		year: 2019,
		title:
			'Long-term diabetic microenvironment augments the decay rate of capsaicin-induced currents in mouse dorsal root ganglion neurons',
		container: 'Molecules 24:775',
		doi: '10.3390/molecules24040775',
		pmid: '30795543',
		supports: {
			fr: 'Chez des souris diabétiques, les neurones sensitifs répondaient à la capsaïcine par des signaux calciques plus faibles et des courants qui décroissaient plus vite : l’inverse de Lam 2018. Un excès chronique de glucose, pas une injection.',
			en: 'In diabetic mice, sensory neurons answered capsaicin with smaller calcium signals and currents that decayed faster: the opposite direction to Lam 2018. Chronic high glucose, not an injection.'
		},
		study: {
			fr: 'Étude chez des souris diabétiques',
			en: 'Study in diabetic mice'
		}
	},
	{
		id: 'orthosis-d5w-2026',
		authors: { fr: 'Auteurs non précisés dans nos sources', en: 'Authors not named in our sources' },
		short: 'J Back Musculoskelet Rehabil 2026',
		year: 2026,
		title: {
			fr: '[Essai randomisé : orthèse de poignet avec ou sans hydrodissection échoguidée au glucose à 5 % dans le syndrome du canal carpien léger à modéré]',
			en: '[Randomised trial: wrist orthosis with or without an ultrasound-guided 5% dextrose hydrodissection in mild to moderate carpal tunnel syndrome]'
		},
		container: 'J Back Musculoskelet Rehabil',
		doi: '10.1177/10538127261420591',
		supports: {
			fr: 'Essai tiré au sort : ajouter le glucose à 5 % à l’attelle n’a changé ni la douleur, ni la taille du nerf ; seule la gêne fonctionnelle a un peu plus baissé.',
			en: 'A randomised trial: adding 5% dextrose to a wrist splint changed neither pain nor the size of the nerve; only everyday function improved a little more.'
		},
		study: {
			fr: 'Essai tiré au sort : attelle, avec ou sans glucose',
			en: 'Randomised trial: a splint, with or without glucose'
		}
	},
	{
		id: 'stepan-2014',
		authors: 'Stepan JG, London DA, Boyer MI, Calfee RP',
		year: 2014,
		title:
			'Blood glucose levels in diabetic patients following corticosteroid injections into the hand and wrist',
		container: 'J Hand Surg Am 39:706–712',
		doi: '10.1016/j.jhsa.2014.01.014',
		pmid: '24679910',
		supports: {
			fr: 'Chez des personnes diabétiques, une injection de corticoïde à la main élève la glycémie à jeun le premier et le deuxième jour, pas au-delà.',
			en: 'In people with diabetes, a corticosteroid injection in the hand raises fasting blood glucose on the first and second days, not after.'
		},
		study: {
			fr: 'Étude de personnes diabétiques après une injection à la main',
			en: 'Study of people with diabetes after a hand injection'
		}
	},
	{
		id: 'aaos-2016',
		authors: 'American Academy of Orthopaedic Surgeons',
		short: 'AAOS 2016',
		year: 2016,
		title: 'Management of carpal tunnel syndrome: evidence-based clinical practice guideline',
		container: 'American Academy of Orthopaedic Surgeons',
		supports: {
			fr: 'Les traitements établis du canal carpien : attelle, injection de corticoïde, chirurgie de libération du nerf.',
			en: 'The established treatments of carpal tunnel syndrome: splinting, corticosteroid injection, surgical release of the nerve.'
		},
		study: {
			fr: 'Recommandation de pratique clinique',
			en: 'Clinical practice guideline'
		}
	},
	{
		id: 'woolf-2011',
		authors: 'Woolf CJ',
		year: 2011,
		title: 'Central sensitization: implications for the diagnosis and treatment of pain',
		container: 'Pain 152(3 Suppl):S2–S15',
		doi: '10.1016/j.pain.2010.09.030',
		supports: {
			fr: 'Une forte activation des fibres à TRPV1 (la capsaïcine, par exemple) sensibilise la moelle épinière : le simple toucher peut alors faire mal autour de la zone.',
			en: 'Strong activation of TRPV1 fibres (capsaicin, for example) sensitises the spinal cord: light touch can then hurt around the area.'
		},
		study: {
			fr: 'Article de synthèse',
			en: 'Review article'
		}
	},
	{
		id: 'quintner-2015',
		authors: 'Quintner JL, Bove GM, Cohen ML',
		year: 2015,
		title: 'A critical evaluation of the trigger point phenomenon',
		container: 'Rheumatology (Oxford) 54:392–399',
		doi: '10.1093/rheumatology/keu471',
		supports: {
			fr: 'Les « points gâchettes » n’ont ni définition ni mécanisme établis, et les examinateurs s’accordent mal pour les trouver.',
			en: '“Trigger points” have no established definition or mechanism, and examiners agree poorly on finding them.'
		},
		study: {
			fr: 'Revue critique',
			en: 'Critical review'
		}
	},
	{
		id: 'loeser-2012',
		authors: 'Loeser RF, Goldring SR, Scanzello CR, Goldring MB',
		year: 2012,
		title: 'Osteoarthritis: a disease of the joint as an organ',
		container: 'Arthritis Rheum 64:1697–1707',
		doi: '10.1002/art.34453',
		supports: {
			fr: 'L’arthrose est une maladie de toute l’articulation (cartilage, os, synoviale, ligaments), pas une simple usure.',
			en: 'Osteoarthritis is a disease of the whole joint (cartilage, bone, synovium, ligaments), not simple wear.'
		},
		study: {
			fr: 'Article de synthèse',
			en: 'Review article'
		}
	},
	{
		id: 'medzhitov-2008',
		authors: 'Medzhitov R',
		year: 2008,
		title: 'Origin and physiological roles of inflammation',
		container: 'Nature 454:428–435',
		doi: '10.1038/nature07201',
		supports: {
			fr: 'Les signes de l’inflammation (rougeur, chaleur, gonflement, douleur) viennent des vaisseaux dilatés et plus perméables, et des médiateurs qui agissent sur les tissus et les nerfs.',
			en: 'The signs of inflammation (redness, heat, swelling, pain) come from widened, leakier vessels and from mediators acting on tissues and nerves.'
		},
		study: {
			fr: 'Article de synthèse',
			en: 'Review article'
		}
	},
	{
		id: 'tnf-kinetics-1994',
		authors: { fr: 'Auteurs non précisés dans nos sources', en: 'Authors not named in our sources' },
		short: 'Clin Sci 1994',
		year: 1994,
		title: 'Model for whole-body production of tumour necrosis factor-α in experimental endotoxaemia',
		container: 'Clin Sci 87:459',
		supports: {
			fr: 'Injecté dans une veine chez l’humain, le TNF-α disparaît du sang en deux temps : demi-vies de 5 et 49 minutes.',
			en: 'Injected into a vein in humans, TNF-α leaves the blood in two phases: half-lives of 5 and 49 minutes.'
		},
		study: {
			fr: 'Étude chez l’humain (TNF-α injecté dans une veine)',
			en: 'Study in humans (TNF-α injected into a vein)'
		}
	},
	{
		id: 'klein-1990',
		authors: 'Klein JA',
		year: 1990,
		title: 'Tumescent technique for regional anesthesia permits lidocaine doses of 35 mg/kg for liposuction',
		container: 'J Dermatol Surg Oncol 16:248–263',
		supports: {
			fr: 'L’anesthésie locale par tumescence (un grand volume de sérum contenant très peu de lidocaïne) est une technique établie pour opérer sous la peau.',
			en: 'Tumescent local anaesthesia (a large volume of saline holding very little lidocaine) is an established technique for surgery under the skin.'
		},
		study: {
			fr: 'Étude clinique (liposuccion)',
			en: 'Clinical study (liposuction)'
		}
	},
	{
		id: 'has-2014',
		lang: 'fr',
		authors: 'Haute Autorité de santé',
		short: 'HAS 2014',
		year: 2014,
		title: 'Évaluation des risques liés aux pratiques de mésothérapie à visée esthétique',
		container: {
			fr: 'Rapport d’évaluation technologique, HAS',
			en: 'Technology assessment report, HAS (the French health authority)'
		},
		supports: {
			fr: 'La mésothérapie repose sur « des bases mal connues ou incertaines » ; ses injections multiples comportent un risque d’infection.',
			en: 'Mesotherapy rests on “poorly known or uncertain foundations”; its many injections carry a risk of infection.'
		},
		study: {
			fr: 'Rapport d’évaluation de la HAS',
			en: 'Health technology assessment report'
		}
	},
	{
		id: 'ccam',
		kind: 'label',
		lang: 'fr',
		authors: 'Assurance Maladie',
		short: 'CCAM',
		title: 'Classification commune des actes médicaux (CCAM)',
		container: 'ameli.fr',
		supports: {
			fr: 'La CCAM est la liste qui sert à coder et facturer les actes médicaux ; y figurer ne dit rien de l’efficacité d’un acte.',
			en: 'The CCAM is the list used to code and bill medical procedures; being in it says nothing of whether a procedure works.'
		},
		study: {
			fr: 'Nomenclature de facturation',
			en: 'Billing nomenclature'
		}
	},
	{
		id: 'omedit-centre-2013',
		lang: 'fr',
		authors: 'OMéDIT Centre, commission gériatrie-gérontologie',
		short: 'OMéDIT Centre 2013',
		year: 2013,
		title: 'Hydratation par perfusion sous-cutanée',
		container: {
			fr: 'Fiche de bonnes pratiques, omedit-centre.fr',
			en: 'Good-practice sheet, omedit-centre.fr'
		},
		supports: {
			fr: 'Perfusion sous-cutanée continue ou discontinue, 1 à 3 mL par minute, au plus 1 à 1,5 L par jour et par site ; avec des électrolytes (sans eux, risque d’œdème et de choc) ; prudence sous anticoagulants.',
			en: 'Subcutaneous infusion, continuous or intermittent, 1 to 3 mL a minute, at most 1 to 1.5 L a day per site; with electrolytes (without them, a risk of oedema and shock); caution with anticoagulants.'
		},
		study: {
			fr: 'Fiche de bonnes pratiques',
			en: 'Good-practice sheet'
		}
	},
	{
		id: 'finnerup-2015',
		authors: 'Finnerup NB, Attal N, Haroutounian S, et al.',
		year: 2015,
		title: 'Pharmacotherapy for neuropathic pain in adults: a systematic review and meta-analysis',
		container: 'Lancet Neurol 14:162–173',
		doi: '10.1016/S1474-4422(14)70251-0',
		supports: {
			fr: 'Certains antiépileptiques (gabapentine, prégabaline) soulagent modestement une partie des douleurs neuropathiques, avec des effets indésirables fréquents.',
			en: 'Some antiepileptics (gabapentin, pregabalin) modestly relieve part of neuropathic pain, with frequent side effects.'
		},
		study: {
			fr: 'Revue systématique et méta-analyse',
			en: 'Systematic review and meta-analysis'
		}
	},
	{
		id: 'lidocaine-label',
		kind: 'label',
		lang: 'fr',
		authors: 'ANSM, base de données publique des médicaments',
		short: 'ANSM lidocaïne',
		title: 'Xylocaïne (lidocaïne) solution injectable : résumé des caractéristiques du produit',
		container: 'base-donnees-publique.medicaments.gouv.fr',
		supports: {
			fr: 'Au-delà de certaines doses, la lidocaïne est toxique pour le cerveau et le cœur (engourdissement des lèvres, convulsions, troubles du rythme) ; l’allergie est rare.',
			en: 'Beyond certain doses lidocaine is toxic to the brain and heart (numb lips, seizures, heart rhythm problems); allergy is rare.'
		},
		study: {
			fr: 'Notice du médicament',
			en: 'Drug label, from France’s medicines regulator (ANSM)'
		}
	},
	{
		id: 'procaine-label',
		kind: 'label',
		lang: 'fr',
		authors: 'ANSM, base de données publique des médicaments',
		short: 'ANSM procaïne',
		title: 'Procaïne solution injectable : résumé des caractéristiques du produit',
		container: 'base-donnees-publique.medicaments.gouv.fr',
		supports: {
			fr: 'La procaïne a les mêmes risques de toxicité que la lidocaïne, et les allergies y sont plus fréquentes (famille des esters).',
			en: 'Procaine carries the same toxicity risks as lidocaine, and allergies to it are more frequent (the ester family).'
		},
		study: {
			fr: 'Notice du médicament',
			en: 'Drug label, from France’s medicines regulator (ANSM)'
		}
	},
	{
		id: 'gerritsen-2002',
		authors: 'Gerritsen AAM, de Vet HCW, Scholten RJPM, Bertelsmann FW, de Krom MCTFM, Bouter LM',
		year: 2002,
		title: 'Splinting vs surgery in the treatment of carpal tunnel syndrome: a randomized controlled trial',
		container: 'JAMA 288:1245–1251',
		pmid: '12215131',
		supports: {
			fr: 'Canal carpien, patients tirés au sort entre attelle de nuit et opération : à 3 mois, plus d’opérés que de porteurs d’attelle allaient mieux ; plus tard, l’écart était plus petit, mais une partie du groupe attelle avait aussi été opérée.',
			en: 'Carpal tunnel, patients randomised to a night splint or an operation: at 3 months, more operated than splinted patients were better; later the gap was smaller, but some in the splint group had had the operation too.'
		},
		study: {
			fr: 'Essai randomisé, 176 patients',
			en: 'Randomised trial, 176 patients'
		}
	},
	{
		id: 'padua-2001',
		authors: 'Padua L, Padua R, Aprile I, Pasqualetti P, Tonali P',
		year: 2001,
		title: 'Multiperspective follow-up of untreated carpal tunnel syndrome: a multicenter study',
		container: 'Neurology 56:1459–1466',
		supports: {
			fr: 'Sans traitement, suivis 10 à 15 mois, certains patients atteints du canal carpien vont mieux d’eux-mêmes, surtout quand les troubles sont récents et la personne jeune ; d’autres s’aggravent.',
			en: 'Left untreated and followed for 10 to 15 months, some people with carpal tunnel syndrome get better on their own, above all when symptoms are recent and the person young; others get worse.'
		},
		study: {
			fr: 'Étude de suivi sans groupe témoin, 196 patients (274 mains)',
			en: 'Follow-up study without a control group, 196 patients (274 hands)'
		}
	},
	{
		id: 'aaos-2024',
		authors: 'American Academy of Orthopaedic Surgeons, American Society for Surgery of the Hand',
		short: 'AAOS 2024',
		year: 2024,
		title:
			'Management of carpal tunnel syndrome: evidence-based clinical practice guideline (update of the 2016 guideline)',
		container: 'American Academy of Orthopaedic Surgeons; summary in J Am Acad Orthop Surg',
		doi: '10.5435/JAAOS-D-24-01179',
		supports: {
			fr: 'Une injection de corticoïde peut soulager le canal carpien à court terme, mais n’apporte pas d’amélioration durable.',
			en: 'A corticosteroid injection may ease carpal tunnel syndrome in the short term, but brings no lasting improvement.'
		},
		study: {
			fr: 'Recommandation de pratique clinique',
			en: 'Clinical practice guideline'
		}
	},
	{
		id: 'coombes-2010',
		authors: 'Coombes BK, Bisset L, Vicenzino B',
		year: 2010,
		title:
			'Efficacy and safety of corticosteroid injections and other injections for management of tendinopathy: a systematic review of randomised controlled trials',
		container: 'Lancet 376:1751–1767',
		doi: '10.1016/S0140-6736(10)61160-9',
		supports: {
			fr: 'Dans les tendinopathies, une injection de corticoïde soulage la douleur à court terme mieux que d’autres traitements, mais cet avantage s’inverse à moyen et à long terme (coude du joueur de tennis surtout).',
			en: 'In tendon pain, a corticosteroid injection eases pain in the short term better than other treatments, but the advantage reverses in the medium and long term (tennis elbow above all).'
		},
		study: {
			fr: 'Revue systématique de 41 essais randomisés, 2672 participants',
			en: 'Systematic review of 41 randomised trials, 2672 participants'
		}
	},
	{
		id: 'nice-ng59',
		authors: 'National Institute for Health and Care Excellence (NICE)',
		short: 'NICE NG59',
		year: 2016,
		title: 'Low back pain and sciatica in over 16s: assessment and management (NG59, updated 2020)',
		container: 'NICE guideline NG59',
		supports: {
			fr: 'Mal de dos : chercher d’abord les signes d’une cause grave (fracture, infection, cancer, atteinte de la queue de cheval) ; l’exercice est le cœur du traitement ; un anti-inflammatoire peut être proposé peu de temps ; pas de paracétamol seul, pas d’opioïdes pour une douleur chronique.',
			en: 'Low back pain: first look for signs of a serious cause (fracture, infection, cancer, cauda equina syndrome); exercise is the core of treatment; an anti-inflammatory may be offered for a short time; no paracetamol alone, no opioids for long-lasting pain.'
		},
		study: {
			fr: 'Recommandation de pratique clinique',
			en: 'Clinical practice guideline'
		}
	},
	{
		id: 'menezes-costa-2012',
		authors: 'Menezes Costa LC, Maher CG, Hancock MJ, McAuley JH, Herbert RD, Costa LOP',
		year: 2012,
		title: 'The prognosis of acute and persistent low-back pain: a meta-analysis',
		container: 'CMAJ 184:E613–E624',
		doi: '10.1503/cmaj.111271',
		pmid: '22586331',
		supports: {
			fr: 'Le mal de dos s’améliore nettement au cours des premières semaines, puis plus lentement ; quand il dure déjà depuis des mois, il s’améliore moins.',
			en: 'Low back pain improves markedly in the first weeks, then more slowly; when it has already lasted for months, it improves less.'
		},
		study: {
			fr: 'Méta-analyse de 33 cohortes, 11 166 participants',
			en: 'Meta-analysis of 33 cohorts, 11,166 participants'
		}
	}
];

/** The entry for an id. */
export const reference = lookupById(references, 'reference', 'src/content/references.ts');

/** A source's own words as they are; ours about it, in `lang`. */
export const inLanguage = (text: string | InBothLanguages, lang: 'fr' | 'en'): string =>
	typeof text === 'string' ? text : text[lang];

/** "Caterina 1997": how a citation names its source in the text. */
export function shortCitation(ref: Reference): string {
	if (ref.short) return ref.short;
	// a first author's name is the same in both languages
	const authors = inLanguage(ref.authors, 'en');
	const firstAuthor = authors.split(/[ ,]/)[0] ?? authors;
	return ref.year ? `${firstAuthor} ${ref.year}` : firstAuthor;
}
