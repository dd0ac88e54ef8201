/**
 * People a document names, by these rules:
 *
 * - Resolved against the graph ("Mr Jones" = "Martin Jones"), then against the people this document
 *   introduced ("Mr Russell" after "Justin Russell"), or new (`person:<slug>`).
 * - A byline (author, reporter, editor...) is not stored: the document's author is not one of the
 *   people it reports on.
 * - A role is recorded (HELD) only with an organisation in the graph: the Chief Inspector of
 *   Probation's is HM Inspectorate of Probation; otherwise an organisation the role names.
 * - A new person is stored only when the document names them with a role or quotes them, with the
 *   words that name them as evidence. Names and public roles only: never contact details.
 */
import { ids } from '../../../model/ids.ts';
import { isChiefInspectorRole, organisationsIn, personKey, resolvePerson } from '../names.ts';
import { nameKey } from '../../../text/keys.ts';
import type { PlanState } from './state.ts';

export const HMIP_ID = 'organisation:hm-inspectorate-of-probation';
export const CHIEF_INSPECTOR_TITLE = 'Chief Inspector of Probation';
const AUTHOR_ROLE = /\b(?:byline|author|reporter|journalist|correspondent|editor)\b/i;

export class PeopleResolver {
  private readonly byName = new Map<string, string>();
  readonly introduced = new Map<string, { name: string }>();
  readonly authors = new Set<string>();
  private readonly known: Set<string>;

  constructor(private readonly state: PlanState) {
    this.known = new Set(state.world.people.map((p) => p.id));
    for (const p of state.extraction.people) {
      if (p.role && AUTHOR_ROLE.test(p.role) && !isChiefInspectorRole(p.role)) {
        this.authors.add(personKey(p.name));
        state.unplaced(`${p.name} (${p.role}) is the document's author, not stored as a person`);
      }
    }
  }

  isAuthor(name: string): boolean {
    return this.authors.has(personKey(name));
  }

  /** The person's id: in the graph, introduced by this document, or new. */
  personFor(name: string): string {
    const k = personKey(name);
    const known = this.byName.get(k);
    if (known) return known;
    const introduced = [...this.introduced].map(([id, p]) => ({ id, name: p.name, aliases: [] }));
    const id = resolvePerson(name, this.state.world.people) ?? resolvePerson(name, introduced) ?? ids.person(k);
    this.byName.set(k, id);
    if (!this.known.has(id) && !this.introduced.has(id)) this.introduced.set(id, { name: name.trim() });
    return id;
  }
}

/** Rule: people named with a role; the role is recorded with an organisation the graph holds. */
export function planRoles(state: PlanState, people: PeopleResolver): void {
  const organisationIds = new Set(state.world.organisations.map((o) => o.id));
  const added = new Set<string>();
  for (const p of state.extraction.people) {
    if (people.isAuthor(p.name)) continue;
    const id = people.personFor(p.name);
    const chief = isChiefInspectorRole(p.role);
    const role = p.role ? (chief ? CHIEF_INSPECTOR_TITLE : p.role.trim()) : null;
    for (const e of p.evidence) state.evidence.add('Person', id, e, role ? `role: ${role}` : 'name');
    if (!role) continue;
    const orgId = chief ? (organisationIds.has(HMIP_ID) ? HMIP_ID : null) : (organisationsIn(role, state.world.organisations)[0] ?? null);
    if (!orgId) continue;
    const already = state.world.people.find((w) => w.id === id)?.roles.some((r) => r.organisationId === orgId && nameKey(r.title) === nameKey(role));
    const k = `${id}|${orgId}|${nameKey(role)}`;
    if (already || added.has(k)) continue;
    added.add(k);
    state.batch.rel('HELD', ['Person', id], ['Organisation', orgId], { title: role, from: null, until: null }, ['title']);
  }
}

/** Rule: the people this document introduced, with the words that name them. */
export function planNewPeople(state: PlanState, people: PeopleResolver): void {
  for (const [id, p] of people.introduced) {
    if (people.isAuthor(p.name)) continue;
    state.batch.node('Person', id, { name: p.name, aliases: [] });
    state.report.created.people.push(id);
    if (state.evidence.has('Person', id)) continue;
    // Named only as a chief inspector or a speaker: the words that name them.
    const e = state.extraction.inspections.flatMap((i) => i.evidence).find((x) => x.field === 'chiefInspector' && nameKey(x.quote).includes(personKey(p.name)));
    const at = state.text.indexOf(p.name);
    state.evidence.add('Person', id, e ?? (at >= 0 ? { field: 'name', quote: p.name, start: at, end: at + p.name.length } : undefined), 'name');
  }
}
