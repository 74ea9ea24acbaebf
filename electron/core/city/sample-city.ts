import type { CitySetup } from '../../../shared/domain/city';

/**
 * The sample city a new user can explore before setting up their own. Its names say it is a
 * sample in every language so no figure from it can be mistaken for a real city's.
 */
export const sampleCity: CitySetup = {
  code: 'sample-city',
  names: {
    en: 'Sample city (demonstration)',
    fr: 'Ville exemple (démonstration)',
    ar: 'مدينة نموذجية (للعرض)',
  },
  country: 'TN',
  shore: 'south',
  focalPoint: { name: 'Sample focal point', email: 'focal.point@sample-city.example' },
  languages: ['ar', 'fr', 'en'],
};
