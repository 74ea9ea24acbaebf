import { useCatalogue } from '../../catalogue/catalogue-context';

/** The age bands of the catalogue's age codelist, in its order: the participant grid's columns. */
export function useAgeBands(): string[] {
  const catalogue = useCatalogue();
  if (catalogue.state !== 'ready') return [];
  return catalogue.value.overview.codelists.find((list) => list.code === 'age')?.values.map((value) => value.code) ?? [];
}
