// Small helpers the letter templates share.
import type { OrganisationKind } from '../../../shared/domain';
import type { Bilingual, ComposeContext, TemplateField } from '../types';

export function field(
  key: string,
  label: Bilingual,
  help: Bilingual,
  options: { multiline?: boolean; required?: boolean } = {},
): TemplateField {
  return {
    key,
    label,
    help,
    multiline: options.multiline ?? true,
    required: options.required ?? false,
  };
}

/** Organisations that keep a dossier on the family and answer to a klachtregeling or the AVG. */
export const CARE_ORGANISATIONS: readonly OrganisationKind[] = [
  'certified-institution',
  'care-provider',
  'child-protection-council',
  'veilig-thuis',
  'municipality',
];

/** A kind that must come from one of `kinds`; an unknown sender is given the benefit of the doubt. */
export const senderIs = (senderKind: OrganisationKind | null, kinds: readonly OrganisationKind[]) =>
  senderKind === null || kinds.includes(senderKind);

/** "Mila Jansen en Thijs Jansen" — the children the answered document names. */
export function childrenOf(ctx: ComposeContext): string[] {
  const names: string[] = [];
  for (const p of ctx.doc.persons)
    if (p.role === 'kind' && !names.includes(p.name)) names.push(p.name);
  return names;
}

export function joinNames(names: string[], lang: 'nl' | 'en'): string {
  if (names.length <= 1) return names[0] ?? '';
  const and = lang === 'en' ? 'and' : 'en';
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)!}`;
}

/** "over mij en mijn kinderen Mila Jansen en Thijs Jansen" / "about me and my children …". */
export function aboutFamily(ctx: ComposeContext): string {
  const kids = childrenOf(ctx);
  if (kids.length === 0) return ctx.t('over mij en mijn gezin', 'about me and my family');
  const names = joinNames(kids, ctx.lang);
  return kids.length === 1
    ? ctx.t(`over mij en mijn kind ${names}`, `about me and my child ${names}`)
    : ctx.t(`over mij en mijn kinderen ${names}`, `about me and my children ${names}`);
}

/** A heading line followed by the parent's text: plain Dutch letters read best in short blocks. */
export function section(title: string, text: string): string {
  return `${title}\n${text}`;
}
