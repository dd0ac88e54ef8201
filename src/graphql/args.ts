/** zod schemas for the arguments of root fields: the first problem becomes a BAD_USER_INPUT naming the argument. */
import { z } from 'zod';
import { Progress, Rating } from '../model/enums.ts';
import { IsoMonth, PartialDate, endOf } from '../model/dates.ts';
import { PageArgs } from './pagination.ts';
import { RECURRING_SAMPLE } from '../analysis/recurring.ts';
import { THEME_MATRIX_SAMPLE } from '../analysis/timeline.ts';

const idWithPrefix = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[a-z0-9:#-]+$`), `expected an id starting with "${prefix}:"`);

export const PdusArgs = z.object({ ...PageArgs, region: idWithPrefix('region').nullish(), rating: Rating.nullish() });

export const InspectionsArgs = z.object({
  ...PageArgs,
  filter: z
    .object({
      rating: Rating.nullish(),
      region: idWithPrefix('region').nullish(),
      pdu: idWithPrefix('pdu').nullish(),
      policy: z.string().min(1).max(100).nullish(),
      fieldworkFrom: IsoMonth.nullish(),
      fieldworkTo: IsoMonth.nullish(),
      includePossible: z.boolean().nullish(),
    })
    .nullish(),
});

export const PageOnlyArgs = z.object({ ...PageArgs });

const SEARCH_LABELS = ['Recommendation', 'Finding', 'Quote', 'Document'] as const;

export const SearchArgs = z.object({
  text: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
  first: PageArgs.first,
  filter: z
    .object({
      pdu: idWithPrefix('pdu').nullish(),
      region: idWithPrefix('region').nullish(),
      inspection: idWithPrefix('inspection').nullish(),
      labels: z.array(z.enum(SEARCH_LABELS, { message: `expected one of ${SEARCH_LABELS.join(', ')}` })).max(4).nullish(),
      policy: z.string().trim().min(1).max(100).nullish(),
      from: IsoMonth.nullish(),
      to: IsoMonth.nullish(),
      includePossible: z.boolean().nullish(),
    })
    .nullish(),
});

export const NeighbourhoodArgs = z.object({
  id: z.string().min(1).max(300),
  depth: z.number().int().min(1, 'must be 1, 2 or 3').max(3, 'must be 1, 2 or 3').default(1),
  limit: z.number().int().min(1, 'must be at least 1').max(200, 'must be at most 200').default(50),
});

export const RecurringArgs = z.object({
  policy: z.string().trim().min(1).max(100).nullish(),
  minPdus: z.number().int().min(1, 'must be at least 1').max(1000, 'must be at most 1000').default(2),
  region: idWithPrefix('region').nullish(),
  rating: Rating.nullish(),
  from: IsoMonth.nullish(),
  to: IsoMonth.nullish(),
  includePossible: z.boolean().nullish(),
  limit: z.number().int().min(1, 'must be at least 1').max(RECURRING_SAMPLE, `must be at most ${RECURRING_SAMPLE}`).default(20),
});

export const RegionProfileArgs = RecurringArgs.omit({ policy: true }).extend({ region: idWithPrefix('region') });

export const PduChangesArgs = z.object({ pdu: idWithPrefix('pdu') });

/** `dueBy`: a day, or a month meaning its last day ("due by the end of April"). */
export const DueArgs = z.object({
  dueBy: PartialDate.nullish().transform((d) => (d ? endOf(d) : d)),
  status: z.array(Progress).max(4).nullish(),
});

export const SimilarArgs = z.object({
  id: idWithPrefix('recommendation'),
  first: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').default(10),
});

export const ThemeMatrixArgs = z.object({
  policies: z.array(z.string().trim().min(1).max(100)).max(50, 'at most 50 policies').nullish(),
  themes: z.array(z.string().trim().min(1).max(200)).max(100, 'at most 100 themes').nullish(),
  includePossible: z.boolean().nullish(),
  limit: z.number().int().min(1, 'must be at least 1').max(THEME_MATRIX_SAMPLE, `must be at most ${THEME_MATRIX_SAMPLE}`).default(20),
});

export const RatingHistoryArgs = z.object({ pdu: idWithPrefix('pdu') });
