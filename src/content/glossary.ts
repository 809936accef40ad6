/**
 * The glossary: every technical word the articles mark with <Term id="…">, defined in French and English.
 * The glossary pages (/fr/glossaire/, /en/glossary/) list them all, each at #<id>; a <Term> shows its
 * definition in place and links to that anchor. Numbers come from ../shared/science.md.
 */
import { lookupById } from './lookup';

export interface GlossaryEntry {
	/** stable anchor on the glossary page, and the id a <Term> names */
	id: string;
	/** the word as a reader meets it, in each language */
	term: { fr: string; en: string };
	/** one to three plain sentences, in each language */
	definition: { fr: string; en: string };
}

export const glossary: readonly GlossaryEntry[] = [
	{
		id: 'action-potential',
		term: { fr: 'potentiel d’action', en: 'action potential' },
		definition: {
			fr: 'Brève inversion de la tension de la membrane, qui dure d’une à quelques millisecondes (davantage dans les petites fibres de la douleur) et se propage le long de la fibre nerveuse. C’est l’unité du message nerveux.',
			en: 'A brief reversal of the voltage across the membrane, lasting one to a few milliseconds (longer in the small pain fibres), that travels along the nerve fibre. It is the unit of every nerve signal.'
		}
	},
	{
		id: 'allodynia',
		term: { fr: 'allodynie', en: 'allodynia' },
		definition: {
			fr: 'Douleur provoquée par une stimulation qui, d’ordinaire, ne fait pas mal : un effleurement, le contact d’un vêtement, un mouvement banal.',
			en: 'Pain caused by something that does not normally hurt: a light touch, the brush of clothing, an ordinary movement.'
		}
	},
	{
		id: 'atp',
		term: { fr: 'ATP', en: 'ATP' },
		definition: {
			fr: 'Adénosine triphosphate, la « monnaie » d’énergie des cellules. Une molécule de glucose en fournit 2 par la glycolyse seule, sans oxygène, et environ 30 à 32 quand elle est entièrement brûlée avec de l’oxygène.',
			en: 'Adenosine triphosphate, the energy currency of cells. One glucose molecule yields 2 by glycolysis alone, without oxygen, and about 30 to 32 when it is fully burnt with oxygen.'
		}
	},
	{
		id: 'bursa',
		term: { fr: 'bourse séreuse', en: 'bursa' },
		definition: {
			fr: 'Petit sac aplati contenant un peu de liquide, qui aide un tendon à glisser sur un os. La bourse sous-acromiale, sous la pointe osseuse de l’épaule, en est un exemple.',
			en: 'A small flat sac holding a little fluid that helps a tendon glide over a bone. The subacromial bursa, under the bony tip of the shoulder, is one.'
		}
	},
	{
		id: 'capsaicin',
		term: { fr: 'capsaïcine', en: 'capsaicin' },
		definition: {
			fr: 'La molécule qui rend le piment brûlant. Elle ouvre le canal TRPV1 des nerfs de la douleur, à une concentration de l’ordre du micromolaire.',
			en: 'The molecule that makes chilli peppers burn. It opens the TRPV1 channel of pain nerves at concentrations around one micromolar.'
		}
	},
	{
		id: 'carpal-tunnel-syndrome',
		term: { fr: 'syndrome du canal carpien', en: 'carpal tunnel syndrome' },
		definition: {
			fr: 'Compression du nerf médian dans le canal osseux et fibreux du poignet. Elle donne des fourmillements, un engourdissement ou des douleurs du pouce et des doigts voisins, souvent la nuit.',
			en: 'Compression of the median nerve in the bony and fibrous tunnel of the wrist. It causes tingling, numbness or pain in the thumb and neighbouring fingers, often at night.'
		}
	},
	{
		id: 'ccam',
		term: { fr: 'CCAM', en: 'CCAM' },
		definition: {
			fr: 'Classification commune des actes médicaux : la liste française des actes techniques des médecins, chacun avec un code et un tarif. Elle sert à facturer et à rembourser ; y figurer ne prouve pas qu’un acte soit efficace.',
			en: 'The French common classification of medical procedures: a list of doctors’ technical procedures, each with a code and a fee. It exists for billing and reimbursement; being listed in it does not show that a procedure works.'
		}
	},
	{
		id: 'corticosteroid',
		term: { fr: 'corticoïde', en: 'corticosteroid' },
		definition: {
			fr: 'Médicament de la famille de la cortisone, puissant anti-inflammatoire, souvent injecté dans une articulation ou autour d’un nerf. Les injections répétées au même endroit sont limitées à cause de leurs effets indésirables.',
			en: 'A drug of the cortisone family and a strong anti-inflammatory, often injected into a joint or around a nerve. Repeated injections at one site are limited because of their side effects.'
		}
	},
	{
		id: 'cytokine',
		term: { fr: 'cytokine', en: 'cytokine' },
		definition: {
			fr: 'Petite protéine par laquelle les cellules, surtout celles de l’immunité, s’envoient des signaux. Certaines entretiennent l’inflammation, comme le TNF-α et plusieurs interleukines. Les prostaglandines (des lipides) et les métalloprotéases (des enzymes) n’en sont pas.',
			en: 'A small protein that cells, especially immune cells, use to signal to one another. Some keep inflammation going, such as TNF-α and several interleukins. Prostaglandins (lipids) and metalloproteinases (enzymes) are not cytokines.'
		}
	},
	{
		id: 'depolarisation',
		term: { fr: 'dépolarisation', en: 'depolarisation' },
		definition: {
			fr: 'Le nerf se rapproche du point où il envoie un message. En termes précis, la tension de sa membrane devient moins négative, par exemple de −65 à −55 mV ; si elle atteint le seuil, autour de −50 à −55 mV, le neurone émet un potentiel d’action.',
			en: 'The nerve moves closer to sending a signal. In precise terms, the voltage across its membrane becomes less negative, for instance from −65 to −55 mV; if it reaches threshold, around −50 to −55 mV, the neuron fires an action potential.'
		}
	},
	{
		id: 'dextrose',
		term: { fr: 'dextrose', en: 'dextrose' },
		definition: {
			fr: 'Un autre nom du glucose, le sucre qui circule dans le sang. Son nom savant est D-glucose. Une solution à 5 % en contient 5 g pour 100 mL, soit 1 g dans 20 mL. Le dextrose des solutions injectables est souvent tiré de l’amidon de maïs.',
			en: 'Another name for glucose, the sugar carried in the blood. Its chemical name is D-glucose. A 5% solution holds 5 g per 100 mL, so 1 g in 20 mL. The dextrose in injectable solutions is often made from corn starch.'
		}
	},
	{
		id: 'donnan',
		term: { fr: 'équilibre de Donnan', en: 'Donnan equilibrium' },
		definition: {
			fr: 'Répartition inégale des ions de part et d’autre d’une membrane quand, d’un seul côté, se trouvent des molécules chargées qui ne peuvent pas la traverser, comme des protéines. Il explique de petites différences d’ions entre le plasma et le liquide autour des cellules ; ce n’est pas lui qui produit les signes de l’inflammation.',
			en: 'The uneven spread of ions on either side of a membrane when charged molecules that cannot cross it, such as proteins, sit on one side only. It accounts for small differences in ions between plasma and the fluid around cells; it is not what produces the signs of inflammation.'
		}
	},
	{
		id: 'dry-needling',
		term: { fr: 'puncture sèche', en: 'dry needling' },
		definition: {
			fr: 'Une aiguille fine est enfoncée dans un point gâchette musculaire, sans rien injecter.',
			en: 'A fine needle is pushed into a muscle trigger point without injecting anything.'
		}
	},
	{
		id: 'fascia',
		term: { fr: 'fascia', en: 'fascia' },
		definition: {
			fr: 'Fine enveloppe, comme une pellicule, qui entoure chaque muscle et le sépare de ses voisins. Elle est faite de tissu conjonctif ; après une déchirure, des adhérences peuvent s’y former.',
			en: 'A thin wrapping, like a film, around each muscle that separates it from its neighbours. It is made of connective tissue; after a tear, adhesions can form in it.'
		}
	},
	{
		id: 'glucopenia',
		term: { fr: 'glucopénie', en: 'glucopenia' },
		definition: {
			fr: 'Manque de glucose, dans le sang ou dans un tissu.',
			en: 'A lack of glucose, in the blood or in a tissue.'
		}
	},
	{
		id: 'hyaluronidase',
		term: { fr: 'hyaluronidase', en: 'hyaluronidase' },
		definition: {
			fr: 'Enzyme qu’on peut ajouter à une perfusion sous la peau : elle aide le liquide à s’y répandre et à passer plus vite dans le sang.',
			en: 'An enzyme that can be added to an infusion under the skin: it helps the fluid spread and reach the blood sooner.'
		}
	},
	{
		id: 'hydrodilatation',
		term: { fr: 'hydrodilatation', en: 'hydrodilatation' },
		definition: {
			fr: 'Injection d’un volume de liquide dans une cavité, comme une bourse séreuse ou la capsule d’une articulation, pour la distendre et lui rendre de la souplesse.',
			en: 'Injecting a volume of fluid into a space, such as a bursa or a joint capsule, to stretch it and make it supple again.'
		}
	},
	{
		id: 'hydrodissection',
		term: { fr: 'hydrodissection', en: 'hydrodissection' },
		definition: {
			fr: 'Injection de liquide, sous contrôle échographique, autour d’un nerf ou entre deux plans de tissu, pour les séparer l’un de l’autre. On l’utilise par exemple autour du nerf médian dans le canal carpien.',
			en: 'Injecting fluid under ultrasound guidance around a nerve, or between two layers of tissue, to separate them. It is used, for example, around the median nerve in the carpal tunnel.'
		}
	},
	{
		id: 'hyperalgesia',
		term: { fr: 'hyperalgésie', en: 'hyperalgesia' },
		definition: {
			fr: 'Douleur plus forte que la normale pour une stimulation qui fait déjà mal, comme une chaleur vive.',
			en: 'More pain than usual from something that already hurts, such as strong heat.'
		}
	},
	{
		id: 'hyperpolarisation',
		term: { fr: 'hyperpolarisation', en: 'hyperpolarisation' },
		definition: {
			fr: 'Le nerf devient plus difficile à faire réagir : il se calme. En termes précis, la tension de sa membrane devient plus négative qu’au repos, par exemple quand des canaux potassiques s’ouvrent, et s’éloigne du seuil qui déclenche un message nerveux.',
			en: 'The nerve becomes harder to set off: it quietens. In precise terms, the voltage across its membrane becomes more negative than at rest, for instance when potassium channels open, and moves away from the threshold that starts a nerve signal.'
		}
	},
	{
		id: 'hypodermoclysis',
		term: { fr: 'hypodermoclyse', en: 'hypodermoclysis' },
		definition: {
			fr: 'Perfusion lente de liquide, le plus souvent du sérum physiologique, sous la peau plutôt que dans une veine, en continu ou par périodes. Elle est établie pour hydrater, surtout les personnes âgées et en soins palliatifs : environ 1 à 3 mL par minute, jusqu’à environ 3 litres par jour sur deux sites.',
			en: 'A slow infusion of fluid, most often saline, under the skin rather than into a vein, continuously or in spells. It is established for hydration, mainly in older people and in palliative care: about 1 to 3 mL a minute, up to about 3 litres a day over two sites.'
		}
	},
	{
		id: 'interleukin',
		term: { fr: 'interleukine', en: 'interleukin' },
		definition: {
			fr: 'Famille de cytokines (IL-1β, IL-6, etc.) qui règlent l’inflammation et les défenses immunitaires.',
			en: 'A family of cytokines (IL-1β, IL-6 and others) that regulate inflammation and immune defence.'
		}
	},
	{
		id: 'interstitial-fluid',
		term: { fr: 'liquide interstitiel', en: 'interstitial fluid' },
		definition: {
			fr: 'Le liquide qui baigne les cellules, entre elles et les vaisseaux : environ 16 % du poids du corps, soit environ 11 litres chez un adulte de 70 kg.',
			en: 'The fluid that bathes cells, between them and the blood vessels: about 16% of body weight, about 11 litres in a 70 kg adult.'
		}
	},
	{
		id: 'intervertebral-disc',
		term: { fr: 'disque intervertébral', en: 'intervertebral disc' },
		definition: {
			fr: 'Coussin de cartilage placé entre deux vertèbres : un noyau riche en eau entouré d’anneaux de fibres. C’est la plus grande structure du corps sans vaisseaux sanguins ; sa teneur en eau dépend des molécules chargées qu’il contient et de la charge qu’il porte.',
			en: 'A cartilage cushion between two vertebrae: a water-rich core wrapped in rings of fibre. It is the largest structure in the body without blood vessels; how much water it holds depends on the charged molecules inside it and on the load it carries.'
		}
	},
	{
		id: 'ion-channel',
		term: { fr: 'canal ionique', en: 'ion channel' },
		definition: {
			fr: 'Protéine qui traverse la membrane d’une cellule et forme un pore par lequel passent certains ions (sodium, potassium, calcium, chlorure). Ouvert, un seul canal laisse passer des millions d’ions par seconde.',
			en: 'A protein spanning a cell’s membrane that forms a pore for certain ions (sodium, potassium, calcium, chloride). Once open, a single channel lets millions of ions through every second.'
		}
	},
	{
		id: 'isotonic',
		term: { fr: 'isotonique', en: 'isotonic' },
		definition: {
			fr: 'Se dit d’un liquide où les cellules ne gonflent ni ne se ratatinent, comme le sérum physiologique. Dans la poche, le glucose à 5 % a à peu près autant de particules que le sang (environ 250 à 280 mOsm/L) ; dans le corps, les cellules absorbent le glucose et il reste de l’eau, qui les fait gonfler : il s’y comporte en liquide hypotonique. Le glucose à 10 % (environ 505 à 555 mOsm/L) est hypertonique.',
			en: 'Describes a fluid in which cells neither swell nor shrink, such as saline. In the bag, 5% glucose has about as many particles as blood (about 250–280 mOsm/L); in the body, cells take up the glucose and leave water that makes them swell: there it acts as a hypotonic fluid. 10% glucose (about 505–555 mOsm/L) is hypertonic.'
		}
	},
	{
		id: 'k2p',
		term: { fr: 'canaux K2P', en: 'K2P channels' },
		definition: {
			fr: 'Famille de canaux potassiques « de fuite » (TREK-1, TREK-2, TRAAK, TASK, TRESK) qui laissent sortir le potassium même au repos. Plus ils sont ouverts, plus la membrane se rapproche du potentiel d’équilibre du potassium, environ −89 mV, et moins le neurone s’excite.',
			en: 'A family of potassium “leak” channels (TREK-1, TREK-2, TRAAK, TASK, TRESK) that let potassium out even at rest. The more of them are open, the closer the membrane moves to the potassium equilibrium potential, about −89 mV, and the less excitable the neuron becomes.'
		}
	},
	{
		id: 'local-anaesthetic',
		term: { fr: 'anesthésique local', en: 'local anaesthetic' },
		definition: {
			fr: 'Produit qui endort pour un temps une petite partie du corps, là où on le pique. La lidocaïne (ou xylocaïne) et la procaïne en sont. Il bloque pour un temps les canaux sodium des nerfs, donc le message nerveux, à cet endroit.',
			en: 'A medicine that numbs a small part of the body for a while, where it is injected. Lidocaine (sold as Xylocaine) and procaine are two of them. It blocks the sodium channels of nerves there for a while, and with them the nerve signal.'
		}
	},
	{
		id: 'membrane-potential',
		term: { fr: 'potentiel de membrane', en: 'membrane potential' },
		definition: {
			fr: 'La différence de tension électrique entre l’intérieur et l’extérieur d’une cellule, en millivolts (mV). Au repos, l’intérieur d’un neurone est négatif : −60 à −75 mV pour la plupart, −50 à −65 mV pour les petits neurones de la douleur.',
			en: 'The voltage difference between the inside and the outside of a cell, in millivolts (mV). At rest the inside of a neuron is negative: −60 to −75 mV for most, −50 to −65 mV for small pain neurons.'
		}
	},
	{
		id: 'mesotherapy',
		term: { fr: 'mésothérapie', en: 'mesotherapy' },
		definition: {
			fr: 'Technique française, fondée par le Dr Michel Pistor, qui injecte de petites doses de médicaments dans la peau, au plus près de la région à traiter. En 2010, une évaluation faite pour l’Inserm n’a trouvé qu’un seul essai méthodologiquement acceptable sur son efficacité.',
			en: 'A French technique, founded by Dr Michel Pistor, that injects small doses of drugs into the skin close to the area to be treated. In 2010 an assessment made for Inserm, France’s national institute for health and medical research, found only one methodologically acceptable trial of whether it works.'
		}
	},
	{
		id: 'meta-analysis',
		term: { fr: 'méta-analyse', en: 'meta-analysis' },
		definition: {
			fr: 'Étude qui regroupe les résultats de plusieurs essais sur la même question pour en tirer une estimation d’ensemble. Elle ne vaut pas mieux que les essais qu’elle rassemble.',
			en: 'A study that pools the results of several trials on the same question into one overall estimate. It is no better than the trials it pools.'
		}
	},
	{
		id: 'metalloproteinase',
		term: { fr: 'métalloprotéase', en: 'metalloproteinase' },
		definition: {
			fr: 'Enzyme (MMP) qui découpe les protéines de la matrice entourant les cellules, comme le collagène du cartilage. Plusieurs participent à la destruction du cartilage dans l’arthrose.',
			en: 'An enzyme (MMP) that cuts the proteins of the matrix around cells, such as the collagen of cartilage. Several take part in the breakdown of cartilage in osteoarthritis.'
		}
	},
	{
		id: 'millimolar',
		term: { fr: 'mM (millimolaire)', en: 'mM (millimolar)' },
		definition: {
			fr: 'Une unité de concentration : la millimole par litre, la même chose que mmol/L. Les figures et le labo de ce site l’écrivent mM, comme la physiologie ; les analyses de sang écrivent mmol/L.',
			en: 'A unit of concentration: millimoles per litre, the same as mmol/L. This site’s figures and lab write it mM, as physiology does; blood test reports write mmol/L.'
		}
	},
	{
		id: 'modic',
		term: { fr: 'modifications de Modic', en: 'Modic changes' },
		definition: {
			fr: 'Changements du signal IRM dans l’os des vertèbres, juste au-dessus et au-dessous d’un disque (les plateaux vertébraux). On en distingue trois types ; le type 1 correspond à un œdème de l’os.',
			en: 'Changes in the MRI signal of the vertebral bone just above and below a disc (the endplates). There are three types; type 1 corresponds to bone oedema.'
		}
	},
	{
		id: 'na-k-atpase',
		term: { fr: 'pompe Na⁺/K⁺-ATPase', en: 'Na⁺/K⁺-ATPase' },
		definition: {
			fr: 'La pompe sodium-potassium : à chaque cycle, elle fait sortir 3 ions sodium et entrer 2 ions potassium en consommant une molécule d’ATP, au plus cent à trois cents fois par seconde selon les sources (le modèle de ce site la fait tourner à environ 29 cycles par seconde au repos). Elle entretient les différences de concentration dont vit le signal nerveux.',
			en: 'The sodium–potassium pump: each cycle moves 3 sodium ions out and 2 potassium ions in for one molecule of ATP, at most 100 to 300 times a second, depending on the source (the site’s model runs it at about 29 cycles a second at rest). It keeps up the concentration differences that nerve signals depend on.'
		}
	},
	{
		id: 'ngap',
		term: { fr: 'NGAP', en: 'NGAP' },
		definition: {
			fr: 'Nomenclature générale des actes professionnels : la liste française des actes des infirmiers (et d’autres professions), avec leur cotation. « AMI 9 » et « AMI 14 » y sont des forfaits de perfusion infirmière.',
			en: 'The French general nomenclature of professional procedures: the list of nurses’ (and other professions’) procedures with their fee coefficients. “AMI 9” and “AMI 14” in it are flat fees for a nurse’s infusion.'
		}
	},
	{
		id: 'nociceptor',
		term: { fr: 'nocicepteur', en: 'nociceptor' },
		definition: {
			fr: 'Le bout d’un nerf qui capte ce qui menace les tissus : chaleur intense, forte pression, acidité, substances de l’inflammation. C’est la terminaison d’un neurone sensitif ; son message part vers la moelle épinière, et le cerveau peut le ressentir comme une douleur.',
			en: 'The tip of a nerve that senses what threatens the tissues: intense heat, strong pressure, acid, inflammatory substances. It is the ending of a sensory neuron; its signal travels to the spinal cord, and the brain may feel it as pain.'
		}
	},
	{
		id: 'opioid',
		term: { fr: 'opioïde', en: 'opioid' },
		definition: {
			fr: 'Antalgique de la famille de la morphine (codéine, tramadol, morphine, etc.). Efficace contre certaines douleurs, il expose à la tolérance et à la dépendance lorsqu’il est pris longtemps.',
			en: 'A painkiller of the morphine family, such as codeine, tramadol or morphine. It works for some kinds of pain, and taken for a long time it carries a risk of tolerance and dependence.'
		}
	},
	{
		id: 'osmolarity',
		term: { fr: 'osmolarité', en: 'osmolarity' },
		definition: {
			fr: 'La quantité de choses dissoutes dans un liquide, comme le sel ou le sucre. On la compte en particules par litre (milliosmoles par litre, mOsm/L) ; l’eau traverse la paroi des cellules vers le côté qui en a le plus, sauf si ces particules la traversent aussi : le glucose, que les cellules absorbent, ne retient pas l’eau longtemps.',
			en: 'How much is dissolved in a fluid, such as salt or sugar. It is counted in particles per litre (milliosmoles per litre, mOsm/L); water crosses the wall of cells towards the side with more, unless those particles cross too: glucose, which cells take up, does not hold water for long.'
		}
	},
	{
		id: 'osteoarthritis',
		term: { fr: 'arthrose', en: 'osteoarthritis' },
		definition: {
			fr: 'Maladie de toute l’articulation, pas une simple usure : le cartilage s’amincit, l’os voisin se remodèle, la membrane qui tapisse l’articulation (la synoviale) et les ligaments sont touchés, et une inflammation locale, souvent modérée, l’accompagne.',
			en: 'A disease of the whole joint, not simple wear: the cartilage thins, the bone beneath it remodels, the joint lining (the synovium) and the ligaments are affected, and a local, often mild, inflammation goes with it.'
		}
	},
	{
		id: 'percutaneous',
		term: { fr: 'percutané', en: 'percutaneous' },
		definition: {
			fr: 'À travers la peau, avec une aiguille, sans l’ouvrir. Dans l’hydrotomie percutanée, les aiguilles déposent le liquide sous la peau.',
			en: 'Through the skin, with a needle, without cutting it open. In percutaneous hydrotomy, the needles put the fluid under the skin.'
		}
	},
	{
		id: 'placebo',
		term: { fr: 'effet placebo', en: 'placebo effect' },
		definition: {
			fr: 'Amélioration qui tient au contexte du soin (l’attente, le geste, l’attention reçue) plutôt qu’au produit lui-même. Une injection de sérum physiologique sert souvent de placebo dans les essais, mais elle n’est pas forcément inerte.',
			en: 'Improvement that comes from the setting of care (expectation, the procedure, the attention received) rather than from the product itself. A saline injection often serves as the placebo in trials, but it is not necessarily inert.'
		}
	},
	{
		id: 'prolotherapy',
		term: { fr: 'prolothérapie', en: 'prolotherapy' },
		definition: {
			fr: 'Des piqûres d’eau bien plus sucrée que pour la glucopuncture, dans ou autour d’un tendon, d’un ligament ou d’une articulation. Le glucose y est hypertonique, en général de 12,5 à 25 %, pour irriter le tissu et pousser à sa réparation. Aucun seuil officiel ne la sépare de la glucopuncture.',
			en: 'Injections of a much more concentrated glucose solution than in glucopuncture, into or around a tendon, ligament or joint. The glucose is hypertonic, usually 12.5–25%, meant to irritate the tissue and prompt its repair. No official threshold separates it from glucopuncture.'
		}
	},
	{
		id: 'prostaglandin',
		term: { fr: 'prostaglandine', en: 'prostaglandin' },
		definition: {
			fr: 'Petite molécule grasse fabriquée sur place pendant l’inflammation, qui sensibilise les nocicepteurs et ne dure que quelques secondes à quelques minutes. Les anti-inflammatoires comme l’ibuprofène bloquent sa fabrication (enzymes COX-1 et COX-2).',
			en: 'A small fatty molecule made on the spot during inflammation; it sensitises nociceptors and lasts only seconds to minutes. Anti-inflammatory drugs such as ibuprofen block its production (the COX-1 and COX-2 enzymes).'
		}
	},
	{
		id: 'rct',
		term: { fr: 'essai randomisé', en: 'randomised trial' },
		definition: {
			fr: 'Une étude où le hasard, comme à pile ou face, choisit le soin de chaque personne, pour comparer deux soins de façon juste. Un groupe témoin sert de point de comparaison. En double aveugle, ni le patient ni l’évaluateur ne savent ce qui a été donné.',
			en: 'A study in which chance, like tossing a coin, decides which treatment each person gets, so that two treatments are compared fairly. A control group serves for comparison. In a double-blind trial neither the patient nor the assessor knows what was given.'
		}
	},
	{
		id: 'saline',
		term: { fr: 'sérum physiologique', en: 'saline' },
		definition: {
			fr: 'De l’eau salée, celle des perfusions. C’est une solution de chlorure de sodium à 0,9 % dans l’eau (NaCl 0,9 %), à peu près isotonique : on l’utilise pour perfuser, diluer des médicaments et comme placebo.',
			en: 'Salty water, the kind used in drips. It is a solution of 0.9% sodium chloride in water (NaCl 0.9%), close to isotonic: it is used for infusions, for diluting drugs and as a placebo.'
		}
	},
	{
		id: 'sensitisation',
		term: { fr: 'sensibilisation', en: 'sensitisation' },
		definition: {
			fr: 'Le système de la douleur réagit plus fort, ou à des stimulations plus faibles. Elle est dite périphérique quand elle touche les nocicepteurs eux-mêmes, sous l’effet des substances de l’inflammation par exemple, et centrale quand elle touche la moelle épinière et le cerveau.',
			en: 'The pain system responds more strongly, or to weaker stimuli. It is called peripheral when it affects the nociceptors themselves, for example under the influence of inflammatory substances, and central when it affects the spinal cord and brain.'
		}
	},
	{
		id: 'subcutis',
		term: { fr: 'hypoderme', en: 'subcutis' },
		definition: {
			fr: 'Couche de tissu située sous le derme, faite surtout de graisse et traversée de vaisseaux et de nerfs : 10 à 15 mm d’épaisseur en moyenne au bras, au ventre et à la cuisse. C’est là que vont les injections « sous-cutanées ».',
			en: 'The layer of tissue under the dermis, mostly fat, with blood vessels and nerves running through it: 10–15 mm thick on average on the arm, belly and thigh. It is where “subcutaneous” injections go, and the figures label it “fat (subcutis)”.'
		}
	},
	{
		id: 'tnf-alpha',
		term: { fr: 'TNF-α', en: 'TNF-α' },
		definition: {
			fr: 'Facteur de nécrose tumorale alpha, une cytokine majeure de l’inflammation. Injecté dans une veine chez l’humain, il est éliminé en deux temps : demi-vie d’environ 5 minutes, puis d’environ 50 minutes.',
			en: 'Tumour necrosis factor alpha, a major inflammatory cytokine. Injected into a vein in humans it is cleared in two phases: a half-life of about 5 minutes, then of about 50 minutes.'
		}
	},
	{
		id: 'trigger-point',
		term: { fr: 'point gâchette', en: 'trigger point' },
		definition: {
			fr: 'Zone dure et sensible dans un muscle, souvent sur un cordon tendu, dont la pression réveillerait une douleur, parfois ressentie à distance. C’est une notion contestée, pas une constatation établie : elle n’a ni définition ni mécanisme reconnus, et des examinateurs différents s’accordent mal pour trouver les mêmes points. Les zones « cellulalgiques » de la pratique française, des zones sensibles de la peau et du tissu situé dessous, sont une idée du même ordre, pas mieux établie.',
			en: 'A firm, tender spot in a muscle, often in a taut band, where pressure is said to set off pain, sometimes felt elsewhere. It is a contested idea, not an established finding: it has no agreed definition or mechanism, and different examiners agree poorly on finding the same spots. The “cellulalgic” zones of French practice, tender areas of the skin and the tissue beneath it, are an idea of the same kind and no better established.'
		}
	},
	{
		id: 'trpv1',
		term: { fr: 'TRPV1', en: 'TRPV1' },
		definition: {
			fr: 'Canal ionique des terminaisons nerveuses de la douleur. Il s’ouvre au-delà d’environ 43 °C, en milieu acide (pH 5,9 ou moins) ou au contact de la capsaïcine, et laisse alors entrer des ions positifs, surtout du sodium, avec une part de calcium importante pour un canal de ce type, qui excitent le nerf. TRPV1 est lui-même le canal, pas un récepteur posé dessus.',
			en: 'An ion channel of pain nerve endings. It opens above about 43 °C, in acid (pH 5.9 or lower) or with capsaicin, and then lets in positive ions, mostly sodium, with an unusually large share of calcium for such a channel, which excite the nerve. TRPV1 is the channel itself, not a receptor sitting on one.'
		}
	},
	{
		id: 'tumescent-anaesthesia',
		term: { fr: 'anesthésie tumescente', en: 'tumescent anaesthesia' },
		definition: {
			fr: 'Injection sous la peau d’un grand volume de sérum physiologique contenant un anesthésique local très dilué, qui fait gonfler le tissu. Elle est établie pour anesthésier en chirurgie, notamment esthétique.',
			en: 'Injecting under the skin a large volume of saline holding a very dilute local anaesthetic, so that the tissue swells. It is an established way to numb tissue for surgery, cosmetic surgery in particular.'
		}
	},
	{
		id: 'ultrasound',
		term: { fr: 'échographie', en: 'ultrasound' },
		definition: {
			fr: 'Une image de l’intérieur du corps, faite avec des sons trop aigus pour l’oreille (des ultrasons), sans rayons X. On la voit en direct sur un écran.',
			en: 'A picture of the inside of the body made with sound too high for the ear to hear, without X-rays. It is watched live on a screen.'
		}
	},
	{
		id: 'ultrasound-guidance',
		term: { fr: 'échoguidage', en: 'ultrasound guidance' },
		definition: {
			fr: 'La personne qui pique voit l’aiguille sur l’écran d’une échographie pendant qu’elle pique. L’image en direct montre l’aiguille et ce qu’elle vise, un nerf par exemple, pendant toute l’injection.',
			en: 'The person giving the injection watches the needle on an ultrasound screen while injecting. The live picture shows the needle and its target, a nerve for instance, throughout the injection.'
		}
	}
];

/** The entry for an id. */
export const glossaryEntry = lookupById(glossary, 'glossary term', 'src/content/glossary.ts');
