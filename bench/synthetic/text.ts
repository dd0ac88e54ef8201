/**
 * Text templates for synthetic inspections: recommendations and findings per theme (worded so that
 * the taxonomy's phrase rules in seeds/themes.yaml match most of them, and some only by curation),
 * quotes, and place names. `{a|b|c}` picks one alternative; `{pdu}` is the PDU's name.
 */
import type { Random } from './random.ts';

export interface ThemeTexts {
  recommendations: string[];
  strengths: string[];
  concerns: string[];
}

/** Keys are the theme keys of seeds/themes.yaml. */
export const THEME_TEXTS: Record<string, ThemeTexts> = {
  'risk-of-harm': {
    recommendations: [
      '{improve|strengthen} the quality of the assessment of risk of harm, so that practitioners identify {all relevant|the full range of} indicators of risk {at the start of the order|from the outset|before sentence}',
      'make sure that plans to {manage|reduce} the risk of harm set out clear actions for keeping other people safe',
      'review risk {whenever circumstances change|when new information is received} and respond to potential risk factors {promptly|without delay}',
      'develop the {skills|confidence} of practitioners to analyse risk and plan work that will protect the public',
    ],
    strengths: [
      '{Most|Many} practitioners understood the risk of harm posed by the people they supervised',
      'Work to keep other people safe was {sufficient|good} in {most|the majority of} cases inspected',
    ],
    concerns: [
      'Work to keep other people safe was {insufficient|not good enough} in {too many|most} cases inspected',
      'The assessment of risk did not draw on all the available information in {too many|half of the|a third of} cases',
      'Plans did not {address|consider} potential risk factors for {children|partners|other people} in {many|too many} cases',
    ],
  },
  'management-oversight': {
    recommendations: [
      'make sure that management oversight of casework is {effective|consistent} and {recorded|evidenced} on case records',
      'give middle managers the capacity to provide oversight of {complex|high risk|new} cases',
      'improve the quality of oversight by each senior probation officer, {focusing on|with attention to} risk and safeguarding',
      'set clear expectations for {managers|team leaders} and check that {they provide|their teams receive} {regular|timely} supervision',
    ],
    strengths: [
      'Senior probation officers provided {effective|regular} oversight in {most|many} cases',
      'Management oversight was {evident|effective} in cases where it was needed',
    ],
    concerns: [
      'Management oversight was {insufficient|ineffective|absent} in {too many|the majority of} cases where it was needed',
      'Middle managers did not have the capacity to provide oversight of practitioners\' work',
      'The quality of oversight by senior probation officers was {inconsistent|variable}',
    ],
  },
  'learning-and-development': {
    recommendations: [
      'conduct a learning analysis of the skills, knowledge and experience within the practitioner group',
      'provide {targeted|structured} training to address gaps in learning {identified by this inspection|in risk assessment|in safeguarding practice}',
      'implement a system for checking that learning is consolidated into practice',
      'support practitioners with {low|limited} levels of experience {through mentoring|with protected time for development}',
    ],
    strengths: [
      'Staff {valued|appreciated} the training and learning and development opportunities {available to them|on offer}',
      'Newly qualified officers {were well supported|received good induction} and {structured|protected} learning time',
    ],
    concerns: [
      'Many practitioners had been in post for less than three years and lacked {experience|confidence}',
      'Training had not been consolidated into practice, and gaps in learning {remained|persisted}',
      'The levels of experience in the {practitioner group|workforce} were {low|uneven}',
    ],
  },
  'safeguarding-information': {
    recommendations: [
      'make sure that police information and children\'s social care information are {requested|obtained} {at the start of every order|before sentence|in all cases}',
      'strengthen {processes|arrangements} for gathering safeguard information from partners {and acting on it|and recording it}',
      'follow up safeguarding enquiries {that are not answered|promptly} and record the outcome',
      'use all sources of information {to inform assessment|when planning work}',
    ],
    strengths: [
      'Safeguarding enquiries with the police and children\'s services were made in {most|nearly all} cases',
      'Information from partners was {used well|well used} to inform assessments',
    ],
    concerns: [
      'Domestic abuse and safeguarding enquiries were not {made|completed|followed up} in {too many|a third of} cases',
      'Police information was {not requested|not obtained} in {too many|many} cases',
      'Information from other agencies was {not used|rarely used} to inform {assessment|planning}',
    ],
  },
  'professional-curiosity': {
    recommendations: [
      'develop practitioners\' professional curiosity so that they {question|check} what they are told',
      'support practitioners to hold challenging conversations {with people on probation|about risk|about compliance}',
      'make sure that practitioners are professionally curious and make follow-up enquiries {where information is missing|when accounts change}',
    ],
    strengths: [
      'Practitioners were professionally curious {in most cases|and checked what they were told}',
      'Practitioners held challenging conversations {where needed|with confidence}',
    ],
    concerns: [
      'Practitioners {lacked|showed too little} professional curiosity and {accepted information at face value|rarely checked what they were told}',
      'Follow-up enquiries were {not made|rarely made} when {new information emerged|accounts changed}',
    ],
  },
  'staffing-and-workload': {
    recommendations: [
      'address staffing {shortfalls|vacancies} so that caseloads are {manageable|sustainable}',
      'reduce workloads {for probation officers|across the practitioner group} to a sustainable level of service',
      'develop a {plan|strategy} to reduce staff turnover and sickness rates',
      'monitor caseloads {weekly|regularly} and {rebalance|redistribute} work {between teams|where needed}',
    ],
    strengths: [
      'Staffing levels had {improved|stabilised} {since the last inspection|over the previous year}',
      'Caseloads were {manageable|reasonable} for {most|many} practitioners',
    ],
    concerns: [
      'Staffing {shortages|shortfalls} and {high|rising} caseloads affected the quality of work',
      'Workloads were {too high|unmanageable} for {many|most} practitioners',
      'Staff turnover and sickness rates were {high|significant} and {affected|undermined} continuity',
    ],
  },
  'mental-health-provision': {
    recommendations: [
      '{increase|improve} the use of mental health treatment requirements {where appropriate|at sentence}',
      'develop {pathways|links} with mental health {services|providers} for people on probation',
    ],
    strengths: ['Mental health provision {was good|had improved} and {referrals were timely|practitioners knew how to refer}'],
    concerns: ['Access to mental health {services|provision} was {limited|poor} and waiting times were long'],
  },
  'partnership-working': {
    recommendations: [
      'strengthen partnership working with {local authorities|the police|health services|community organisations}',
      'build relationships across the partnership {to improve|to support} {information sharing|resettlement|joint work}',
      'develop multi-agency {arrangements|approaches} {for high risk cases|for young adults|for women}',
    ],
    strengths: [
      'Partnerships with {local agencies|the police|health services} were {strong|well established}',
      'Multi-agency {work|arrangements} {were effective|supported good outcomes}',
    ],
    concerns: [
      'Engagement with other agencies was {inconsistent|limited} {in casework|at a strategic level}',
      'Relationships across the partnership were {underdeveloped|fragile}',
    ],
  },
  leadership: {
    recommendations: [
      'make sure leaders have {a clear understanding|a shared view} of the {quality of work|priorities} {in the PDU|across teams}',
      'leaders should {develop|embed} improvement mechanisms {that reach practice|that are monitored}',
      'make sure that the leadership team {communicates|sets out} priorities {clearly|consistently} to staff',
    ],
    strengths: [
      'Leaders had a {clear|strong} vision {for the PDU|for improvement} and {communicated|shared} it well',
      'The leadership team {understood|knew} the needs of staff',
    ],
    concerns: [
      'Leaders {did not have|lacked} a {clear|sufficient} grip on {performance|the quality of work}',
      'Leadership {priorities|plans} had not {reached|improved} practice',
    ],
  },
  'interventions-and-services': {
    recommendations: [
      'make sure that {the right|sufficient} interventions are available {to meet need|for the caseload}',
      '{review|improve} referral pathways to {accommodation|specialist intervention|behavioural support} services',
      'improve service provision {for women|for young adults|for people with complex needs}',
    ],
    strengths: [
      'A range of services and provision {was available|met the needs} of people on probation',
      'Specialist teams {provided|delivered} {effective|good} interventions',
    ],
    concerns: [
      'Access to accommodation {services|support} was {limited|insufficient}',
      'The delivery of sentences was {affected|delayed} by {limited|slow} access to interventions',
    ],
  },
  'domestic-abuse': {
    recommendations: [
      'make sure that domestic abuse {information|enquiries} {are requested|is obtained} and {used|analysed} in every case',
      'improve {work|practice} to address domestic abuse {and protect victims|and keep partners safe}',
    ],
    strengths: ['Work to address domestic abuse was {good|effective} in {most|many} cases'],
    concerns: ['Domestic abuse {enquiries|checks} were {not made|incomplete} in {too many|many} cases'],
  },
  'national-pressures': {
    recommendations: [
      'plan for the effect of {early prison releases|prison capacity measures} on caseloads {and risk|and staff}',
      'balance national priorities with local {needs|priorities} {in planning|when allocating work}',
    ],
    strengths: ['The PDU {responded well|adapted} to early prison releases {and national priorities|under pressure}'],
    concerns: [
      'Prison capacity measures and early prison releases {added to|increased} {pressure on staff|workloads}',
      'National priorities {displaced|crowded out} local {plans|priorities}',
    ],
  },
  desistance: {
    recommendations: [
      'strengthen work on desistance {factors|strengths} {in planning|with people on probation}',
      'focus {sentence plans|work} on reducing reoffending {and desistance|and rehabilitation}',
    ],
    strengths: ['Work to support desistance was {good|strong} in {most|many} cases'],
    concerns: ['Desistance factors were {not analysed|rarely considered} {in assessments|when planning}'],
  },
  'casework-quality': {
    recommendations: [
      'make sure that improvements {reach|lead to better} casework {quality|practice}',
      '{check|audit} the quality of work {regularly|through case audits} and act on the findings',
    ],
    strengths: ['The quality of casework had improved {since the last inspection|in recent months}'],
    concerns: ['The quality of work in casework {was poor|had not improved} {overall|in most areas}'],
  },
};

export const CHIEF_QUOTES: Record<string, string[]> = {
  INADEQUATE: [
    'I am concerned that {pdu} PDU is not {keeping people safe|delivering a sufficient service}. {Leaders must act quickly|Urgent action is needed} to address our findings.',
    'Staff in {pdu} are working hard under {considerable|intense} pressure, but the quality of work is not good enough and must improve.',
  ],
  REQUIRES_IMPROVEMENT: [
    '{pdu} PDU has {some|clear} strengths, but {work to keep people safe|the quality of casework} needs to improve.',
    'There is {a committed|an experienced} team in {pdu}, and leaders now need to make sure improvements reach practice.',
  ],
  GOOD: [
    '{pdu} PDU is delivering a {good|consistent} service, and I {commend|thank} staff for their {work|commitment}.',
    'Leaders in {pdu} have created a {positive|supportive} culture, and it shows in the quality of work.',
  ],
  OUTSTANDING: ['{pdu} PDU is an {outstanding|exceptional} service and an example to others across the country.'],
};

export const HEAD_QUOTES = [
  'We welcome the inspectorate\'s report and {accept|agree with} its recommendations. {We have already started work on them.|An improvement plan is in place.}',
  'Our staff work hard to keep people safe, and we are {committed|determined} to {act on|address} every recommendation.',
  'We {recognise|accept} the findings and will {work with partners|keep staff informed} as we make the changes the inspectors asked for.',
];

export const POLICY_SENTENCES = [
  'Fieldwork took place while {code} was in force, which {added to|increased} the pressure on staff.',
  'Inspectors noted the effect of {code} on caseloads during fieldwork.',
];

const NAME_START = ['Ash', 'Brad', 'Brook', 'Chester', 'Dun', 'Fair', 'Green', 'Hal', 'Kings', 'Lang', 'Mill', 'Nor', 'Oak', 'Pen', 'Ridge', 'Stan', 'Thorn', 'Wal', 'Whit', 'Wood', 'Alder', 'Bex', 'Cal', 'Dar', 'Elm', 'Fen', 'Glen', 'Haw', 'Ick', 'Lynd', 'March', 'Ned', 'Ox', 'Rush', 'Sal', 'Tam', 'Ux', 'Wen', 'Yar', 'Carl'];
const NAME_END = ['ford', 'bury', 'field', 'ham', 'ley', 'ton', 'wick', 'worth', 'mouth', 'gate', 'stead', 'by', 'den', 'well', 'combe', 'minster', 'port', 'hurst'];
const NAME_PREFIX = ['North', 'South', 'East', 'West', 'Central', 'Greater', 'Mid'];
const FIRST_NAMES = ['Amelia', 'Ben', 'Chloe', 'David', 'Emma', 'Farid', 'Grace', 'Harry', 'Imran', 'Jane', 'Kwame', 'Laura', 'Mohammed', 'Nadia', 'Owen', 'Priya', 'Rachel', 'Sam', 'Tom', 'Yasmin'];
const LAST_NAMES = ['Ahmed', 'Baker', 'Clarke', 'Davies', 'Evans', 'Fletcher', 'Green', 'Hughes', 'Iqbal', 'Jones', 'Khan', 'Lewis', 'Morgan', 'Nolan', 'Okafor', 'Patel', 'Roberts', 'Singh', 'Taylor', 'Walker'];

export function placeName(rng: Random): string {
  const one = () => `${rng.pick(NAME_START)}${rng.pick(NAME_END)}`;
  const r = rng.next();
  if (r < 0.45) return one();
  if (r < 0.8) return `${one()} and ${one()}`;
  return `${rng.pick(NAME_PREFIX)} ${one()}`;
}

export function personName(rng: Random): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

/** Expand `{a|b}` alternatives and `{pdu}`/`{code}` slots. */
export function fill(template: string, rng: Random, slots: Record<string, string> = {}): string {
  return template.replace(/\{([^{}]*)\}/g, (_m, body: string) => {
    if (body in slots) return slots[body]!;
    return rng.pick(body.split('|'));
  });
}
